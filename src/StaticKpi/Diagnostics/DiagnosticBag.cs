namespace StaticKpi.Diagnostics;

/// <summary>Collects diagnostics from any stage; safe to add to from parallel work.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            _items.Add(diagnostic);
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_gate)
        {
            _items.AddRange(diagnostics);
        }
    }

    public void Error(string ruleId, SourceLocation location, string message, string? fix = null) =>
        Add(new Diagnostic(Severity.Error, ruleId, location, message, fix));

    public void Warning(string ruleId, SourceLocation location, string message, string? fix = null) =>
        Add(new Diagnostic(Severity.Warning, ruleId, location, message, fix));

    public bool HasErrors
    {
        get
        {
            lock (_gate)
            {
                return _items.Exists(d => d.Severity == Severity.Error);
            }
        }
    }

    /// <summary>All diagnostics in the order they were added.</summary>
    public IReadOnlyList<Diagnostic> ToList()
    {
        lock (_gate)
        {
            return _items.Count == 0 ? [] : [.. _items];
        }
    }

    /// <summary>All diagnostics in a stable order (file, line, column, rule) so output is deterministic.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        lock (_gate)
        {
            return [.. _items
                .OrderBy(d => d.Location.File, StringComparer.Ordinal)
                .ThenBy(d => d.Location.Line)
                .ThenBy(d => d.Location.Column)
                .ThenBy(d => d.RuleId, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)];
        }
    }
}

namespace StaticKpi.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>A position in a source file; lines and columns start at 1.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation FileOnly(string file) => new(file, 0, 0);

    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}" : File;
}

/// <summary>
/// One problem found in a site's content, templates or output. Every stage reports problems this way
/// so that a build can list them all at once instead of stopping at the first.
/// </summary>
/// <param name="RuleId">A stable identifier such as <c>SKPI012</c> that editors can search for.</param>
/// <param name="Fix">What the editor should do about it, in plain English.</param>
public sealed record Diagnostic(Severity Severity, string RuleId, SourceLocation Location, string Message, string? Fix = null)
{
    public override string ToString()
    {
        var level = Severity == Severity.Error ? "error" : "warning";
        var fix = Fix is null ? "" : $" {Fix}";
        return $"{Location}: {level} {RuleId}: {Message}{fix}";
    }
}

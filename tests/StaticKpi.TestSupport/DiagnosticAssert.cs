using StaticKpi.Diagnostics;

namespace StaticKpi.TestSupport;

/// <summary>Assertions that pin a diagnostic to its exact rule, severity, file, line and column.</summary>
public static class DiagnosticAssert
{
    /// <summary>
    /// Asserts there is exactly one diagnostic with <paramref name="ruleId"/> and that it has the given severity and
    /// location; returns it so the caller can check the message or fix.
    /// </summary>
    public static Diagnostic Single(IEnumerable<Diagnostic> diagnostics, string ruleId, Severity severity, string file, int line, int column)
    {
        var all = diagnostics.ToList();
        var matching = all.Where(d => d.RuleId == ruleId).ToList();
        Assert.True(matching.Count == 1,
            $"Expected exactly one {ruleId}, found {matching.Count}. All diagnostics:\n{Describe(all)}");
        var diagnostic = matching[0];
        Assert.Equal(severity, diagnostic.Severity);
        Assert.Equal(new SourceLocation(file, line, column), diagnostic.Location);
        return diagnostic;
    }

    /// <summary>Asserts a diagnostic with this rule, severity and location exists (others with the same rule may too).</summary>
    public static Diagnostic Has(IEnumerable<Diagnostic> diagnostics, string ruleId, Severity severity, string file, int line, int column)
    {
        var all = diagnostics.ToList();
        var expected = new SourceLocation(file, line, column);
        var found = all.Find(d => d.RuleId == ruleId && d.Location == expected);
        Assert.True(found is not null, $"Expected {ruleId} at {expected}. All diagnostics:\n{Describe(all)}");
        Assert.Equal(severity, found!.Severity);
        return found;
    }

    /// <summary>Asserts the errors are exactly these (rule, file, line, column), in any order.</summary>
    public static void ErrorsAre(IEnumerable<Diagnostic> diagnostics, params (string RuleId, string File, int Line, int Column)[] expected)
    {
        var all = diagnostics.ToList();
        var actual = all.Where(d => d.Severity == Severity.Error)
            .Select(d => (d.RuleId, d.Location.File, d.Location.Line, d.Location.Column))
            .Order()
            .ToList();
        Assert.True(expected.Order().SequenceEqual(actual),
            $"Expected errors:\n{string.Join("\n", expected.Order())}\nAll diagnostics:\n{Describe(all)}");
    }

    public static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(d => "  " + d));
}

using StaticKpi.Diagnostics;

namespace StaticKpi.Build;

/// <summary>
/// What a strict run refuses: text left half-written. A strict <c>build</c> publishes nothing while any is left
/// (the old site stays) and a strict <c>validate</c> fails, each with the same message it gives as a warning
/// otherwise. A run is strict with <c>--strict</c> or in continuous integration (<c>CI=true</c>), where nobody
/// reads the warnings before the site goes live; a local build stays lenient so an editor can preview a quarter
/// before every sentence is written.
/// </summary>
public static class Strictness
{
    /// <summary>The rules whose warnings a strict run treats as errors.</summary>
    public static readonly IReadOnlySet<string> StrictRules =
        new HashSet<string>(StringComparer.Ordinal) { RuleIds.PlaceholderText, RuleIds.MissingTranslation };

    /// <summary>
    /// Whether the environment says this is a CI run: <c>CI</c> is <c>true</c> (any case) or <c>1</c>, as GitHub
    /// Actions, GitLab CI, Azure Pipelines and most others set it.
    /// </summary>
    public static bool IsContinuousIntegration(Func<string, string?> environment) =>
        environment("CI")?.Trim() is { } value && (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value == "1");

    /// <summary>The diagnostics as a strict run reports them: each warning of a <see cref="StrictRules"/> rule made an error.</summary>
    public static IEnumerable<Diagnostic> Apply(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => d.Severity == Severity.Warning && StrictRules.Contains(d.RuleId) ? d with { Severity = Severity.Error } : d);
}

namespace StaticKpi.Checks;

/// <summary>
/// One problem the checker found in the written site.
/// </summary>
/// <param name="Page">The file, relative to the output folder with '/' separators (an HTML page or a stylesheet).</param>
/// <param name="Selector">A CSS selector that finds the element on the page (or the rule in a stylesheet).</param>
/// <param name="RuleId">A stable identifier such as <c>A11Y004</c> or <c>LINK001</c>.</param>
/// <param name="SuccessCriterion">The WCAG 2.2 success criterion the problem fails, or "not a WCAG criterion".</param>
/// <param name="Fix">What to change, in plain English.</param>
public sealed record Finding(string Page, string Selector, string RuleId, string SuccessCriterion, string Message, string Fix)
{
    /// <summary>The line <c>statickpi check</c> prints: <c>page selector: RULE (criterion): message Fix: fix</c>.</summary>
    public override string ToString() => $"{Page} {Selector}: {RuleId} ({SuccessCriterion}): {Message} Fix: {Fix}";

    /// <summary>The order findings are reported in: page, selector, rule, then message.</summary>
    public static IComparer<Finding> Order { get; } = Comparer<Finding>.Create(static (a, b) =>
    {
        var result = string.CompareOrdinal(a.Page, b.Page);
        if (result == 0)
        {
            result = string.CompareOrdinal(a.Selector, b.Selector);
        }

        if (result == 0)
        {
            result = string.CompareOrdinal(a.RuleId, b.RuleId);
        }

        return result != 0 ? result : string.CompareOrdinal(a.Message, b.Message);
    });
}

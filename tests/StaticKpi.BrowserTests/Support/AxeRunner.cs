using System.Text;
using System.Text.Json;
using Deque.AxeCore.Commons;

namespace StaticKpi.BrowserTests.Support;

/// <summary>One failing node of an axe rule on one page.</summary>
public sealed record AxeViolation(string Page, string RuleId, string Impact, string Help, string HelpUrl, IReadOnlyList<string> Targets,
    string Summary)
{
    /// <summary>
    /// A report grouped by rule, then by page, listing every target selector: rule id, impact and help once,
    /// the first failure summary of each rule as an example.
    /// </summary>
    public static string Report(IReadOnlyList<AxeViolation> violations)
    {
        var text = new StringBuilder();
        text.Append($"{violations.Count} axe violation(s) on {violations.Select(v => v.Page).Distinct().Count()} page(s):").AppendLine();
        foreach (var rule in violations.GroupBy(v => v.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var first = rule.First();
            text.AppendLine();
            text.Append($"{first.RuleId} ({first.Impact}): {first.Help} - {rule.Count()} node(s) on {rule.Select(v => v.Page).Distinct().Count()} " +
                $"page(s)").AppendLine();
            text.Append($"  {first.HelpUrl}").AppendLine();
            text.Append("  first failure:").AppendLine();
            foreach (var line in first.Summary.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                text.Append($"    {line}").AppendLine();
            }

            foreach (var page in rule.GroupBy(v => v.Page))
            {
                text.Append($"  {page.Key}").AppendLine();
                foreach (var violation in page)
                {
                    text.Append($"    {violation.Impact} {string.Join(" ", violation.Targets)}").AppendLine();
                }
            }
        }

        return text.ToString();
    }
}

/// <summary>
/// Runs axe-core in one reused tab. The bundled axe script (Deque.AxeCore.Commons) is registered once as
/// an init script, so every page the tab opens already has <c>axe</c>; one <c>axe.run</c> per page then
/// costs a fraction of Deque's per-call <c>RunAxe()</c>, which injects and configures axe every time.
/// </summary>
public sealed class AxeRunner : IAsyncDisposable
{
    /// <summary>WCAG 2.0, 2.1 and 2.2 A and AA rules (axe has no wcag22a tag; its 2.2 A rules are tagged 2.0/2.1).</summary>
    public static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private static readonly string RunScript =
        "async (tags) => {" +
        "  const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });" +
        "  return result.violations.map(v => ({ id: v.id, impact: v.impact || '', help: v.help, helpUrl: v.helpUrl," +
        "    nodes: v.nodes.map(n => ({ target: n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : String(t)), summary: n.failureSummary || " +
        "'' })) }));" +
        "}";

    private readonly BrowserTab _tab;

    private AxeRunner(BrowserTab tab) => _tab = tab;

    /// <param name="scheme">The colour scheme the tab reports to the pages (<c>prefers-color-scheme</c>); light unless given.</param>
    public static async Task<AxeRunner> StartAsync(BrowserSiteFixture fixture, Microsoft.Playwright.ColorScheme? scheme = null)
    {
        var tab = await fixture.NewTabAsync();
        if (scheme is { } colorScheme)
        {
            await tab.Page.EmulateMediaAsync(new Microsoft.Playwright.PageEmulateMediaOptions { ColorScheme = colorScheme });
        }

        await tab.Context.AddInitScriptAsync(new BundledAxeScriptProvider().GetScript());
        return new AxeRunner(tab);
    }

    public Task<IReadOnlyList<AxeViolation>> CheckAsync(BrowserSiteFixture fixture, SitePage page) =>
        CheckAsync(fixture.Server, page);

    /// <summary>Checks a page of any served site, such as a fixture site served beside the example.</summary>
    public async Task<IReadOnlyList<AxeViolation>> CheckAsync(StaticSiteServer server, SitePage page)
    {
        var response = await _tab.Page.GotoAsync(server.Url(page),
            new Microsoft.Playwright.PageGotoOptions { WaitUntil = Microsoft.Playwright.WaitUntilState.Load });
        Assert.True(response is { Status: 200 }, $"{page.Path} answered {response?.Status.ToString() ?? "nothing"}");
        var violations = await _tab.Page.EvaluateAsync<JsonElement>(RunScript, Tags);
        var found = new List<AxeViolation>();
        foreach (var rule in violations.EnumerateArray())
        {
            foreach (var node in rule.GetProperty("nodes").EnumerateArray())
            {
                found.Add(new AxeViolation(
                    page.Path,
                    rule.GetProperty("id").GetString()!,
                    rule.GetProperty("impact").GetString()!,
                    rule.GetProperty("help").GetString()!,
                    rule.GetProperty("helpUrl").GetString()!,
                    [.. node.GetProperty("target").EnumerateArray().Select(t => t.GetString()!)],
                    node.GetProperty("summary").GetString()!));
            }
        }

        return found;
    }

    public ValueTask DisposeAsync() => _tab.DisposeAsync();
}

using Microsoft.Playwright;
using StaticKpi.BrowserTests.Support;
using Xunit.Abstractions;

namespace StaticKpi.BrowserTests;

/// <summary>
/// The bilingual example (examples/welsh-county): axe finds no WCAG A or AA violation on any page of either language,
/// in the light or the dark scheme (issue 16).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WelshSiteAxeTests(BrowserSiteFixture fixture, ITestOutputHelper output)
{
    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Every_page_of_both_languages_has_no_wcag_a_or_aa_violations(string scheme)
    {
        using var site = new ExampleSite(Path.Combine(RepoPaths.Root, "examples", "welsh-county"));
        await using var server = await StaticSiteServer.StartAsync(site.Output, site.SitePath);
        var colours = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light;

        var violations = new List<AxeViolation>();
        await using (var axe = await AxeRunner.StartAsync(fixture, colours))
        {
            foreach (var page in site.Pages)
            {
                violations.AddRange(await axe.CheckAsync(server, page));
            }
        }

        var welsh = site.Pages.Count(p => p.Path.StartsWith("cy/", StringComparison.Ordinal));
        output.WriteLine($"axe checked {site.Pages.Count} pages ({welsh} in Welsh) in the {scheme} scheme.");
        Assert.Equal(site.Pages.Count - welsh, welsh);
        Assert.True(violations.Count == 0, AxeViolation.Report(violations));
    }
}

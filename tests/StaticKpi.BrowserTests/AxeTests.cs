using System.Diagnostics;
using StaticKpi.BrowserTests.Support;
using Xunit.Abstractions;

namespace StaticKpi.BrowserTests;

/// <summary>axe-core's WCAG 2.2 A and AA rules over every page the example site generates.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AxeTests(BrowserSiteFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Every_generated_page_has_no_wcag_a_or_aa_violations()
    {
        var pages = fixture.Site.Pages;
        Assert.Contains(pages, p => p.Kind == "home");
        Assert.Contains(pages, p => p.Kind == "report");
        Assert.Contains(pages, p => p.Kind == "indicator");

        var clock = Stopwatch.StartNew();
        var violations = new List<AxeViolation>();
        await using (var axe = await AxeRunner.StartAsync(fixture))
        {
            foreach (var page in pages)
            {
                violations.AddRange(await axe.CheckAsync(fixture, page));
            }
        }

        output.WriteLine($"axe ({string.Join(", ", AxeRunner.Tags)}) checked {pages.Count} pages in {clock.Elapsed.TotalSeconds:0.0} s (site set " +
            $"up in {fixture.SetUpTime.TotalSeconds:0.0} s).");
        Assert.True(violations.Count == 0, AxeViolation.Report(violations));
    }

    /// <summary>
    /// The fixture written from a real report has what the example site does not: provisional figures, a withheld
    /// rating, periods with no target, baselines and explained gaps, each with its own badge, note and chart trace.
    /// </summary>
    [Fact]
    public async Task Every_page_of_the_real_report_fixture_has_no_wcag_a_or_aa_violations()
    {
        using var site = new ExampleSite(Path.Combine(RepoPaths.Root, "tests", "fixtures", "real-report"));
        await using var server = await StaticSiteServer.StartAsync(site.Output, site.SitePath);
        Assert.Contains(site.Pages, p => p.Path == "2024-25-q1/strategy-resources-performance/183-subject-access-requests/index.html");

        var violations = new List<AxeViolation>();
        await using (var axe = await AxeRunner.StartAsync(fixture))
        {
            foreach (var page in site.Pages)
            {
                violations.AddRange(await axe.CheckAsync(server, page));
            }
        }

        output.WriteLine($"axe checked {site.Pages.Count} pages of the real-report fixture.");
        Assert.True(violations.Count == 0, AxeViolation.Report(violations));
    }
}

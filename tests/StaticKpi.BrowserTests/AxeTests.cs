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

        output.WriteLine($"axe ({string.Join(", ", AxeRunner.Tags)}) checked {pages.Count} pages in {clock.Elapsed.TotalSeconds:0.0} s (site set up in {fixture.SetUpTime.TotalSeconds:0.0} s).");
        Assert.True(violations.Count == 0, AxeViolation.Report(violations));
    }
}

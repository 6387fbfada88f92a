using StaticKpi.Charts;
using StaticKpi.Content;
using StaticKpi.Diagnostics;
using StaticKpi.Pages;
using StaticKpi.Scoring;
using StaticKpi.Tests.Support;

namespace StaticKpi.Tests.Content;

/// <summary>The link check's list of pages must be exactly the pages a build writes, or it would report good links.</summary>
public sealed class PagePathsTests
{
    [Fact]
    public void The_pages_the_link_check_expects_are_exactly_the_pages_the_page_builder_makes_for_the_example_site()
    {
        var site = ContentLoader.Load(RepoPaths.Root, new DiagnosticBag());
        Assert.NotNull(site);
        ChartDefaults.Configure();
        var pages = new PageBuilder(site, ReportScorer.ScoreAll(site), new ChartBuilder(site.Config)).BuildAll();

        var expected = pages.Select(p => p.OutputPath).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, PagePaths.Of(site).Order(StringComparer.Ordinal).ToList());
        Assert.Equal(73, expected.Count);
    }
}

using StaticKpi.Content;
using StaticKpi.Diagnostics;
using StaticKpi.Pages;

namespace StaticKpi.Tests.Pages;

/// <summary>
/// The plan of pages is what the link checks and the sitemap rely on, so it must be exactly the pages a build writes,
/// or a good link would be reported as broken (or a broken one let through).
/// </summary>
public sealed class PagePathsTests
{
    [Fact]
    public void The_planned_pages_are_exactly_the_html_files_the_build_writes_for_the_example_site()
    {
        var site = ContentLoader.Load(RepoPaths.Root, new DiagnosticBag());
        Assert.NotNull(site);
        var planned = SitePlan.Create(site).Pages.Select(p => p.OutputPath).Order(StringComparer.Ordinal).ToList();

        using var built = new BuiltSite(RepoPaths.Root);
        Assert.True(built.Result.Succeeded);
        Assert.Equal(built.HtmlPages(), planned);
        Assert.Equal(107, planned.Count);
        Assert.Equal(planned.Count, planned.Distinct().Count());
    }
}

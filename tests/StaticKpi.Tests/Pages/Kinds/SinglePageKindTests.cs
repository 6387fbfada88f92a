using StaticKpi.Content;
using StaticKpi.Diagnostics;
using StaticKpi.Pages;
using StaticKpi.Pages.Kinds;

namespace StaticKpi.Tests.Pages.Kinds;

/// <summary>
/// A single-page kind is its layout, its path and its Build: <see cref="SinglePageKind"/> plans the one page, dated by
/// the newest report only for a kind that changes with every report.
/// </summary>
public sealed class SinglePageKindTests
{
    [Fact]
    public void A_single_page_kind_plans_one_page_at_its_path_dated_by_the_newest_report_only_when_it_changes_with_it()
    {
        var site = ContentLoader.Load(RepoPaths.Fixture("minimal"), new DiagnosticBag());
        Assert.NotNull(site);
        var plan = new PlanContext(site, site.Reports);

        Assert.Equal(["dated dated/index.html 2025-02-18"], Planned(new DatedKind(), plan));
        Assert.Equal(["undated undated/index.html "], Planned(new UndatedKind(), plan));
    }

    [Fact]
    public void Every_registered_site_wide_kind_with_one_fixed_page_is_a_single_page_kind()
    {
        var single = PageKinds.All.OfType<SinglePageKind>().Select(k => k.GetType().Name);

        Assert.Equal(
            ["HomePageKind", "KeyPageKind", "AccessibilityPageKind", "SearchPageKind", "IndicatorsPageKind", "DataPageKind", "NotFoundPageKind"],
            single);
    }

    private static IEnumerable<string> Planned(SinglePageKind kind, PlanContext plan) =>
        kind.Plan(plan).Select(p => $"{p.Kind.Layout} {p.OutputPath} {p.LastModified:yyyy-MM-dd}");

    private sealed class DatedKind() : SinglePageKind("dated", "dated/index.html", changesWithEveryReport: true)
    {
        public override PageModel Build(PlannedPage page, PageContext context, IReadOnlyList<PageModel> reprinted) =>
            throw new NotSupportedException();
    }

    private sealed class UndatedKind() : SinglePageKind("undated", "undated/index.html")
    {
        public override PageModel Build(PlannedPage page, PageContext context, IReadOnlyList<PageModel> reprinted) =>
            throw new NotSupportedException();
    }
}

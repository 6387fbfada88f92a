using StaticKpi.Model;

namespace StaticKpi.Pages.Kinds;

/// <summary>
/// One kind of page: which pages of it a site has (<see cref="SiteWidePageKind"/> or <see cref="PerReportPageKind"/>),
/// the layout that renders them, which commentary they show and how each page's model is built. Every kind is
/// registered once in <see cref="PageKinds.All"/>; nothing else names the kinds.
/// </summary>
/// <param name="layout">The layout that renders the kind's pages.</param>
public abstract class PageKind(string layout)
{
    /// <summary>The layout that renders the kind's pages: <c>layouts/&lt;layout&gt;.html</c> in the theme.</summary>
    public string Layout => layout;

    /// <summary>Whether the kind's pages are their own canonical address, and so belong in the sitemap.</summary>
    public virtual bool IsCanonical => true;

    /// <summary>
    /// Whether the page shows the commentary of this indicator and period, so that the preview rebuilds it when that
    /// commentary is edited.
    /// </summary>
    public virtual bool Shows(PlannedPage page, int indicatorId, Period period) => false;

    /// <summary>
    /// What the page is made from, for the build cache (<c>Build/Cache/PageGroupKeys</c>), which keeps a group of pages
    /// unbuilt while the files of what they are made from are unchanged: null (the default) for a page that shows
    /// something of every report, which is then built every time. Declaring too little would keep a page stale.
    /// </summary>
    public virtual PageSource? MadeFrom(PlannedPage page) => null;

    /// <summary>The pages of its group, planned before it, whose models the page reprints (and so must be built first).</summary>
    public virtual IEnumerable<PlannedPage> Reprints(PlannedPage page, PageGroup group) => [];

    /// <summary>The page's model.</summary>
    /// <param name="reprinted">The models of the pages <see cref="Reprints"/> named, in plan order.</param>
    public abstract PageModel Build(PlannedPage page, PageContext context, IReadOnlyList<PageModel> reprinted);

    public override string ToString() => Layout;
}

/// <summary>A kind whose pages belong to the whole site; each of its pages is built on its own.</summary>
public abstract class SiteWidePageKind(string layout) : PageKind(layout)
{
    /// <summary>The kind's pages, with their paths and sitemap dates.</summary>
    public abstract IEnumerable<PlannedPage> Plan(PlanContext plan);
}

/// <summary>A kind with pages under each report; a report's pages of every such kind are built together, as one group.</summary>
public abstract class PerReportPageKind(string layout) : PageKind(layout)
{
    /// <summary>A report's pages show the report and its indicators, and nothing of other committees' reports.</summary>
    public sealed override PageSource? MadeFrom(PlannedPage page) => PageSource.OfReport(page.Report!);

    /// <summary>The kind's pages under one report, with their paths and sitemap dates.</summary>
    public abstract IEnumerable<PlannedPage> Plan(PlanContext plan, Report report);
}

/// <summary>
/// A site-wide kind with exactly one page at a fixed address (the home page, the key, the search page...): it plans
/// itself, so the kind needs only its <see cref="PageKind.Build"/>.
/// </summary>
/// <param name="path">The page's output path, one of <see cref="Shared.SitePaths"/>.</param>
/// <param name="changesWithEveryReport">Whether the sitemap dates the page by the newest report; otherwise it has no date.</param>
public abstract class SinglePageKind(string layout, string path, bool changesWithEveryReport = false) : SiteWidePageKind(layout)
{
    public sealed override IEnumerable<PlannedPage> Plan(PlanContext plan) => [new(this, path, LastModified(plan))];

    /// <summary>The page's sitemap date, for a kind whose page is dated by something other than the reports.</summary>
    protected virtual DateOnly? LastModified(PlanContext plan) => changesWithEveryReport ? plan.Newest : null;
}

/// <summary>
/// What a page is made from (<see cref="PageKind.MadeFrom"/>): one report, with its committee's other reports, its
/// indicators and their commentary for its period; or one indicator, with every report it is in.
/// </summary>
public sealed record PageSource(Report? Report, Indicator? Indicator)
{
    public static PageSource OfReport(Report report) => new(report, null);

    public static PageSource OfIndicator(Indicator indicator) => new(null, indicator);
}

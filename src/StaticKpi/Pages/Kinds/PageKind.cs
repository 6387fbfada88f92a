using StaticKpi.Model;

namespace StaticKpi.Pages.Kinds;

/// <summary>
/// One kind of page: which pages of it a site has (<see cref="SiteWidePageKind"/> or <see cref="PerReportPageKind"/>),
/// the layout that renders them, which commentary they show and how each page's model is built. Every kind is
/// registered once in <see cref="PageKinds.All"/>; nothing else names the kinds.
/// </summary>
public abstract class PageKind
{
    /// <summary>The layout that renders the kind's pages: <c>layouts/&lt;layout&gt;.html</c> in the theme.</summary>
    public abstract string Layout { get; }

    /// <summary>Whether the kind's pages are their own canonical address, and so belong in the sitemap.</summary>
    public virtual bool IsCanonical => true;

    /// <summary>
    /// Whether the page shows the commentary of this indicator and period, so that the preview rebuilds it when that
    /// commentary is edited.
    /// </summary>
    public virtual bool Shows(PlannedPage page, int indicatorId, Period period) => false;

    /// <summary>The pages of its group, planned before it, whose models the page reprints (and so must be built first).</summary>
    public virtual IEnumerable<PlannedPage> Reprints(PlannedPage page, PageGroup group) => [];

    /// <summary>The page's model.</summary>
    /// <param name="reprinted">The models of the pages <see cref="Reprints"/> named, in plan order.</param>
    public abstract PageModel Build(PlannedPage page, PageContext context, IReadOnlyList<PageModel> reprinted);

    public override string ToString() => Layout;
}

/// <summary>A kind whose pages belong to the whole site; each of its pages is built on its own.</summary>
public abstract class SiteWidePageKind : PageKind
{
    /// <summary>The kind's pages, with their paths and sitemap dates.</summary>
    public abstract IEnumerable<PlannedPage> Plan(PlanContext plan);
}

/// <summary>A kind with pages under each report; a report's pages of every such kind are built together, as one group.</summary>
public abstract class PerReportPageKind : PageKind
{
    /// <summary>The kind's pages under one report, with their paths and sitemap dates.</summary>
    public abstract IEnumerable<PlannedPage> Plan(PlanContext plan, Report report);
}

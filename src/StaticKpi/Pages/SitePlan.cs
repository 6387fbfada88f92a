using StaticKpi.Model;
using StaticKpi.Pages.Kinds;
using StaticKpi.Scoring;

namespace StaticKpi.Pages;

/// <summary>
/// One page a build will write, known before its model is built: where it goes, when its content last changed (for
/// the sitemap) and what it shows. <see cref="Report"/> is set for the pages of a report, <see cref="Indicator"/> for
/// an indicator's pages.
/// </summary>
public sealed record PlannedPage(PageKind Kind, string OutputPath, DateOnly? LastModified, Report? Report = null, Indicator? Indicator = null)
{
    /// <summary>The page's address relative to the site root, as used in links and canonical URLs.</summary>
    public string Url => SiteAddress.RelativeUrlOf(OutputPath);

    /// <summary>Whether the page is its own canonical address, and so belongs in the sitemap (all but the 404 page).</summary>
    public bool IsCanonical => Kind.IsCanonical;

    /// <summary>
    /// Whether the page shows the commentary of this indicator and period (see <see cref="PageKind.Shows"/>): the
    /// search page shows the start of every commentary; a report's indicator page and its printable version show it whole.
    /// </summary>
    public bool Shows(int indicatorId, Period period) => Kind.Shows(this, indicatorId, period);
}

/// <summary>
/// Pages built together because they share their models: a report's page, its indicator pages and its printable
/// version (which reprints the indicator pages); any other page on its own.
/// </summary>
public sealed record PageGroup(IReadOnlyList<PlannedPage> Pages);

/// <summary>
/// Every page of a site, planned from the content alone (no scoring, no charts), so that the link checks, the sitemap
/// and the build agree on one list, and page models can be built group by group in parallel and dropped once written
/// instead of all being held at once.
/// </summary>
public sealed class SitePlan
{
    private SitePlan(IReadOnlyList<PageGroup> groups)
    {
        Groups = groups;
        Pages = [.. groups.SelectMany(g => g.Pages)];
    }

    /// <summary>Every page, in build order: home, key, accessibility, each report's pages, search, then the publishing pages.</summary>
    public IReadOnlyList<PlannedPage> Pages { get; }

    public IReadOnlyList<PageGroup> Groups { get; }

    /// <summary>
    /// The pages of every kind in <see cref="PageKinds.All"/>, in its order: each page of a site-wide kind in a group
    /// of its own; each report's pages of every per-report kind in one group, placed where the first such kind stands.
    /// </summary>
    public static SitePlan Create(Site site)
    {
        var plan = new PlanContext(site, ReportScorer.InScoringOrder(site.Reports));
        var groups = new List<PageGroup>();
        var reportsPlanned = false;
        foreach (var kind in PageKinds.All)
        {
            switch (kind)
            {
                case SiteWidePageKind siteWide:
                    groups.AddRange(siteWide.Plan(plan).Select(page => new PageGroup([page])));
                    break;
                case PerReportPageKind when !reportsPlanned:
                    var perReport = PageKinds.All.OfType<PerReportPageKind>().ToList();
                    groups.AddRange(plan.Reports.Select(report => new PageGroup([.. perReport.SelectMany(k => k.Plan(plan, report))])));
                    reportsPlanned = true;
                    break;
            }
        }

        return new SitePlan(groups);
    }

    /// <summary>The indicators a report shows, each of which gets a page under the report.</summary>
    public static IEnumerable<Indicator> IndicatorsOf(Site site, Report report) =>
        report.IndicatorIds.Select(site.IndicatorById).OfType<Indicator>();

    /// <summary>
    /// Each indicator in at least one report, in id order, with the reports it is in, newest first: newest period,
    /// then latest produced, then committee. The first is the one its own page shows.
    /// </summary>
    public static List<(Indicator Indicator, Report Newest, IReadOnlyList<Report> NewestFirst)> LatestReports(Site site,
        IEnumerable<Report> reports) =>
        [.. reports
            .SelectMany(r => IndicatorsOf(site, r).Select(i => (Report: r, Indicator: i)))
            .GroupBy(x => x.Indicator.Id)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var newestFirst = g.Select(x => x.Report)
                    .OrderByDescending(r => r.Period)
                    .ThenByDescending(r => r.ProducedOn)
                    .ThenBy(r => r.CommitteeKey, StringComparer.Ordinal)
                    .ToList();
                return (g.First().Indicator, newestFirst[0], (IReadOnlyList<Report>)newestFirst);
            })];
}

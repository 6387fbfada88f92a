using StaticKpi.Model;
using StaticKpi.Shared;

namespace StaticKpi.Pages;

/// <summary>The kinds of page a site has; each is rendered by the layout of the same name.</summary>
public enum PageKind
{
    Home,
    Key,
    Accessibility,
    Report,
    Indicator,
    PrintReport,
    Search,
    Indicators,
    IndicatorLatest,
    Data,
    NotFound,
}

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
    public bool IsCanonical => Kind != PageKind.NotFound;

    /// <summary>
    /// Whether the page shows the commentary of this indicator and period. The search page shows the start of every
    /// commentary; a report's indicator page and its printable version show it whole.
    /// </summary>
    public bool Shows(int indicatorId, Period period) => Kind switch
    {
        PageKind.Search => true,
        PageKind.Indicator => Indicator!.Id == indicatorId && Report!.Period == period,
        PageKind.PrintReport => Report!.Period == period && Report.IndicatorIds.Contains(indicatorId),
        _ => false,
    };
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

    public static SitePlan Create(Site site)
    {
        var reports = InScoringOrder(site.Reports);
        DateOnly? newest = reports.Count == 0 ? null : reports.Max(r => r.ProducedOn);
        var statement = site.Config.Accessibility ?? AccessibilityStatement.Default;

        var groups = new List<PageGroup>
        {
            Single(PageKind.Home, SitePaths.Home, newest),
            Single(PageKind.Key, SitePaths.Key, null),
            Single(PageKind.Accessibility, SitePaths.Accessibility, statement.LastReviewed ?? statement.Prepared),
        };
        foreach (var report in reports)
        {
            var pages = new List<PlannedPage> { new(PageKind.Report, SitePaths.Report(report), report.ProducedOn, report) };
            pages.AddRange(IndicatorsOf(site, report).Select(indicator =>
                new PlannedPage(PageKind.Indicator, SitePaths.Indicator(report, indicator), report.ProducedOn, report, indicator)));
            pages.Add(new PlannedPage(PageKind.PrintReport, SitePaths.PrintReport(report), null, report));
            groups.Add(new PageGroup(pages));
        }

        groups.Add(Single(PageKind.Search, SitePaths.Search, null));
        var latest = LatestReports(site, reports);
        groups.Add(Single(PageKind.Indicators, SitePaths.Indicators, newest));
        groups.AddRange(latest.Select(x =>
            new PageGroup([new PlannedPage(PageKind.IndicatorLatest, SitePaths.IndicatorLatest(x.Indicator), x.Newest.ProducedOn, x.Newest, x.Indicator)])));
        groups.Add(Single(PageKind.Data, SitePaths.Data, newest));
        groups.Add(Single(PageKind.NotFound, SitePaths.NotFound, null));
        return new SitePlan(groups);
    }

    /// <summary>Reports by committee, then period: the order in which they are scored and their pages are listed.</summary>
    public static List<Report> InScoringOrder(IEnumerable<Report> reports) =>
        [.. reports.OrderBy(r => r.CommitteeKey, StringComparer.Ordinal).ThenBy(r => r.Period)];

    /// <summary>The indicators a report shows, each of which gets a page under the report.</summary>
    public static IEnumerable<Indicator> IndicatorsOf(Site site, Report report) =>
        report.IndicatorIds.Select(site.IndicatorById).OfType<Indicator>();

    /// <summary>
    /// Each indicator in at least one report, in id order, with the reports it is in, newest first: newest period,
    /// then latest produced, then committee. The first is the one its own page shows.
    /// </summary>
    public static List<(Indicator Indicator, Report Newest, IReadOnlyList<Report> NewestFirst)> LatestReports(Site site, IEnumerable<Report> reports) =>
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

    private static PageGroup Single(PageKind kind, string path, DateOnly? lastModified) => new([new PlannedPage(kind, path, lastModified)]);
}

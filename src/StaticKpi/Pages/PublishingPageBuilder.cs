using StaticKpi.Formatting;
using StaticKpi.Model;
using StaticKpi.OpenData;
using StaticKpi.Scoring;
using StaticKpi.Shared;

namespace StaticKpi.Pages;

/// <summary>
/// Builds the pages a published site needs beyond the scorecards: each indicator's own page at a permanent address
/// showing its latest figures, the list of indicators, the open data page and the 404 page. Pure, like
/// <see cref="PageBuilder"/>, and page by page from the <see cref="PlannedPage"/>.
/// </summary>
public sealed class PublishingPageBuilder
{
    private readonly Site _site;
    private readonly PageBuilder _pages;
    private readonly PageDownloads _downloads;
    private readonly SiteAddress _address;

    /// <summary>Each published indicator, in id order, with the reports it is in, newest first.</summary>
    private readonly List<(Indicator Indicator, IReadOnlyList<(ScoredReport Report, ScoredIndicator Scored)> NewestFirst)> _latest;
    private readonly Dictionary<int, IReadOnlyList<(ScoredReport Report, ScoredIndicator Scored)>> _latestById;

    public PublishingPageBuilder(Site site, IReadOnlyList<ScoredReport> reports, PageBuilder pages, PageDownloads downloads)
    {
        _site = site;
        _pages = pages;
        _downloads = downloads;
        _address = new SiteAddress(site.Config.BaseUrl);
        _latest = [.. SitePlan.LatestReports(site, reports.Select(r => r.Report)).Select(x =>
        {
            IReadOnlyList<(ScoredReport, ScoredIndicator)> newestFirst = [.. x.NewestFirst.Select(report =>
            {
                var scored = pages.Scored(report);
                return (scored, scored.Indicators.First(i => i.Indicator.Id == x.Indicator.Id));
            })];
            return (x.Indicator, newestFirst);
        })];
        _latestById = _latest.ToDictionary(x => x.Indicator.Id, x => x.NewestFirst);
    }

    /// <summary>The site facts for templates, with the licence and, when the site has an absolute address, the feed.</summary>
    public static SiteView SiteViewOf(SiteConfig config, bool hasReports) =>
        new SiteView(config.Title, config.Organisation, config.Language, config.ContactEmail, config.BaseUrl)
        {
            Licence = config.DataLicence,
            FeedPath = new SiteAddress(config.BaseUrl).IsAbsolute && hasReports ? SitePaths.Feed : null,
        };

    private static IReadOnlyList<LinkView> Crumbs(string from, params (string Text, string Path)[] trail) =>
        [new LinkView("Home", SitePaths.Link(from, SitePaths.Home)), .. trail.Select(t => new LinkView(t.Text, SitePaths.Link(from, t.Path)))];

    /// <summary>An indicator's own page, showing the newest report that includes it, with a row for every report it is in.</summary>
    public IndicatorLatestPage IndicatorLatest(PlannedPage planned)
    {
        var indicator = planned.Indicator!;
        var newestFirst = _latestById[indicator.Id];
        var path = planned.OutputPath;
        var (report, _) = newestFirst[0];
        var several = newestFirst.Select(x => x.Report.Committee.Key).Distinct().Count() > 1;
        var rows = newestFirst.Select(x => new IndicatorReportRowView(
            several ? $"{x.Report.Committee.Name}: {x.Report.Report.Period.DisplayName}" : x.Report.Report.Period.DisplayName,
            SitePaths.Link(path, SitePaths.Indicator(x.Report.Report, indicator)),
            _pages.Value(indicator, x.Scored.Current),
            _pages.TargetText(x.Scored),
            Labels.Change(x.Scored.Change),
            PageBuilder.Rating(x.Scored, x.Report.Policy))).ToList();

        return new IndicatorLatestPage(path, $"{indicator.Id}: {indicator.Title}", SitePaths.RootFrom(path),
            Crumbs(path, ("Indicators", SitePaths.Indicators)), indicator.Id, indicator.Title, CommitteeOf(indicator, report), indicator.Service,
            indicator.DescriptionHtml is { } html ? new HtmlString(html) : null, Latest(path, indicator, newestFirst[0]), rows)
        {
            LastModified = planned.LastModified,
            Downloads = _downloads.OfIndicator(path, indicator),
        };
    }

    private string CommitteeOf(Indicator indicator, ScoredReport newest) =>
        _site.Config.CommitteeOf(indicator.CommitteeKey)?.Name ?? newest.Committee.Name;

    /// <summary>The figures of an indicator's newest report, as its own page and the list of indicators show them.</summary>
    private LatestView Latest(string from, Indicator indicator, (ScoredReport Report, ScoredIndicator Scored) newest)
    {
        var (report, scored) = newest;
        return new LatestView(
            report.Report.Period.DisplayName,
            _pages.Value(indicator, scored.Current),
            _pages.TargetText(scored),
            Labels.Change(scored.Change),
            PageBuilder.Rating(scored, report.Policy),
            new LinkView($"Indicator {indicator.Id} in the {report.Report.Period.DisplayName} report: trend, commentary and history",
                SitePaths.Link(from, SitePaths.Indicator(report.Report, indicator))));
    }

    public IndicatorsPage Indicators(PlannedPage planned)
    {
        var path = planned.OutputPath;
        var committees = _latest
            .Select(x => (x.Indicator, Committee: CommitteeOf(x.Indicator, x.NewestFirst[0].Report), Latest: Latest(path, x.Indicator, x.NewestFirst[0])))
            .GroupBy(x => x.Committee)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select((g, index) => new IndicatorListGroupView(g.Key, $"committee-{index + 1}",
                [.. g.Select(x => new IndicatorListRowView(x.Indicator.Id, x.Indicator.Title, SitePaths.Link(path, SitePaths.IndicatorLatest(x.Indicator)),
                    x.Latest.Period, x.Latest.Value, x.Latest.Target, x.Latest.Rating))]))
            .ToList();
        return new IndicatorsPage(path, "Indicators", SitePaths.RootFrom(path), Crumbs(path), committees) { LastModified = planned.LastModified };
    }

    public DataPage Data(PlannedPage planned)
    {
        var path = planned.OutputPath;
        var data = _downloads.Data;
        DataRowView Row(string title, string? url, DataFile csv, DataFile json) =>
            new(title, url, PageDownloads.Of(title, path, csv), PageDownloads.Of(title, path, json));

        var reports = data.Data.Reports
            .OrderByDescending(r => r.Report.Period)
            .ThenBy(r => r.Scored.Committee.Key, StringComparer.Ordinal)
            .Select(r => data.ForReport(r.Report) is var (csv, json)
                ? Row(r.Title, SitePaths.Link(path, SitePaths.Report(r.Report)), csv, json)
                : null)
            .OfType<DataRowView>()
            .ToList();
        var indicators = data.Data.Indicators
            .Select(i => data.ForIndicator(i.Indicator.Id) is var (csv, json)
                ? Row($"Indicator {i.Indicator.Id}: {i.Indicator.Title}", SitePaths.Link(path, SitePaths.IndicatorLatest(i.Indicator)), csv, json)
                : null)
            .OfType<DataRowView>()
            .ToList();
        static IReadOnlyList<DataColumnView> Columns(IReadOnlyList<DataField> fields) =>
            [.. fields.Select(f => new DataColumnView(f.Name, f.Type, f.Description))];

        return new DataPage(path, "Open data", SitePaths.RootFrom(path), Crumbs(path), _site.Config.DataLicence,
            PageDownloads.Of("Data package describing every file", path, data.Package),
            Row("Every report and every indicator", null, data.AllCsv, data.AllJson),
            reports, indicators,
            Columns(DataTables.FieldsOf(DataTables.Values)), Columns(DataTables.FieldsOf(DataTables.Report)))
        {
            LastModified = planned.LastModified,
        };
    }

    public NotFoundPage NotFound(PlannedPage planned) => new(planned.OutputPath, "Page not found", _address.Path, _site.Config.ContactEmail);
}

using StaticKpi.Formatting;
using StaticKpi.Model;
using StaticKpi.OpenData;
using StaticKpi.Scoring;

namespace StaticKpi.Pages;

/// <summary>
/// Adds what publishing needs to the pages <see cref="PageBuilder"/> made: each indicator's own page at a
/// permanent address showing its latest figures, the list of indicators, the open data page and the 404 page;
/// and on existing pages their data downloads, the date their content last changed (for the sitemap) and a link
/// from each report's indicator page to the indicator's own page. Pure, like <see cref="PageBuilder"/>.
/// </summary>
public sealed class PublishingPageBuilder
{
    private readonly Site _site;
    private readonly IReadOnlyList<ScoredReport> _reports;
    private readonly PageBuilder _pages;
    private readonly OpenDataFiles _data;
    private readonly SiteAddress _address;

    public PublishingPageBuilder(Site site, IReadOnlyList<ScoredReport> reports, PageBuilder pages, OpenDataFiles data)
    {
        _site = site;
        _reports = reports;
        _pages = pages;
        _data = data;
        _address = new SiteAddress(site.Config.BaseUrl);
    }

    /// <summary>The site facts for templates, with the licence and, when the site has an absolute address, the feed.</summary>
    public SiteView SiteView => _pages.SiteView with
    {
        Licence = _site.Config.DataLicence,
        FeedPath = _address.IsAbsolute && _reports.Count > 0 ? SitePaths.Feed : null,
    };

    public IReadOnlyList<PageModel> Extend(IReadOnlyList<PageModel> pages)
    {
        var reportsByPath = _reports.ToDictionary(r => SitePaths.Report(r.Report), StringComparer.Ordinal);
        var indicatorPages = _reports
            .SelectMany(r => r.Indicators.Select(i => (Path: SitePaths.Indicator(r.Report, i.Indicator), Report: r, i.Indicator)))
            .ToDictionary(x => x.Path, x => (x.Report, x.Indicator), StringComparer.Ordinal);
        DateOnly? newest = _reports.Count == 0 ? null : _reports.Max(r => r.Report.ProducedOn);
        var statement = _site.Config.Accessibility ?? AccessibilityStatement.Default;

        var extended = pages.Select(page => page switch
        {
            HomePage home => home with { LastModified = newest },
            ReportPage report when reportsByPath.TryGetValue(report.OutputPath, out var scored) => report with
            {
                LastModified = scored.Report.ProducedOn,
                Downloads = ReportDownloads(report.OutputPath, scored),
            },
            IndicatorPage indicator when indicatorPages.TryGetValue(indicator.OutputPath, out var shown) => indicator with
            {
                LastModified = shown.Report.Report.ProducedOn,
                Downloads = IndicatorDownloads(indicator.OutputPath, shown.Indicator),
                AllReports = new LinkView($"Indicator {shown.Indicator.Id}: latest figures and every report",
                    SitePaths.Link(indicator.OutputPath, SitePaths.IndicatorLatest(shown.Indicator))),
            },
            AccessibilityPage accessibility => accessibility with { LastModified = statement.LastReviewed ?? statement.Prepared },
            _ => page,
        }).ToList();

        var latest = LatestPages();
        extended.Add(Indicators(latest) with { LastModified = newest });
        extended.AddRange(latest);
        extended.Add(Data() with { LastModified = newest });
        extended.Add(NotFound());
        return extended;
    }

    private static IReadOnlyList<LinkView> Crumbs(string from, params (string Text, string Path)[] trail) =>
        [new LinkView("Home", SitePaths.Link(from, SitePaths.Home)), .. trail.Select(t => new LinkView(t.Text, SitePaths.Link(from, t.Path)))];

    private IReadOnlyList<DownloadView> ReportDownloads(string from, ScoredReport report) =>
        _data.ForReport(report.Report) is var (csv, json)
            ? [Download($"Data for the {report.Report.Period.DisplayName} report", from, csv), Download($"Data for the {report.Report.Period.DisplayName} report", from, json)]
            : [];

    private IReadOnlyList<DownloadView> IndicatorDownloads(string from, Indicator indicator) =>
        _data.ForIndicator(indicator.Id) is var (csv, json)
            ? [Download($"Every value of indicator {indicator.Id}", from, csv), Download($"Every value of indicator {indicator.Id}", from, json)]
            : [];

    private static DownloadView Download(string text, string from, DataFile file) =>
        new(text, SitePaths.Link(from, file.Path), file.Format.ToUpperInvariant(), DownloadView.SizeOf(file.Bytes.Length));

    /// <summary>One page per indicator in at least one report, in id order, showing the newest report's figures.</summary>
    private List<IndicatorLatestPage> LatestPages()
    {
        return [.. _reports
            .SelectMany(r => r.Indicators.Select(i => (Report: r, Scored: i)))
            .GroupBy(x => x.Scored.Indicator.Id)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var newestFirst = g.OrderByDescending(x => x.Report.Report.Period)
                    .ThenByDescending(x => x.Report.Report.ProducedOn)
                    .ThenBy(x => x.Report.Committee.Key, StringComparer.Ordinal)
                    .ToList();
                var indicator = newestFirst[0].Scored.Indicator;
                var path = SitePaths.IndicatorLatest(indicator);
                var (report, scored) = newestFirst[0];
                var committee = _site.Config.CommitteeOf(indicator.CommitteeKey)?.Name ?? report.Committee.Name;
                var several = newestFirst.Select(x => x.Report.Committee.Key).Distinct().Count() > 1;
                var latest = new LatestView(
                    report.Report.Period.DisplayName,
                    _pages.Value(indicator, scored.Current),
                    _pages.TargetText(scored),
                    Labels.Change(scored.Change),
                    PageBuilder.Rating(scored, report.Policy),
                    new LinkView($"Indicator {indicator.Id} in the {report.Report.Period.DisplayName} report: trend, commentary and history",
                        SitePaths.Link(path, SitePaths.Indicator(report.Report, indicator))));
                var rows = newestFirst.Select(x => new IndicatorReportRowView(
                    several ? $"{x.Report.Committee.Name}: {x.Report.Report.Period.DisplayName}" : x.Report.Report.Period.DisplayName,
                    SitePaths.Link(path, SitePaths.Indicator(x.Report.Report, indicator)),
                    _pages.Value(indicator, x.Scored.Current),
                    _pages.TargetText(x.Scored),
                    Labels.Change(x.Scored.Change),
                    PageBuilder.Rating(x.Scored, x.Report.Policy))).ToList();

                return new IndicatorLatestPage(path, $"{indicator.Id}: {indicator.Title}", SitePaths.RootFrom(path),
                    Crumbs(path, ("Indicators", SitePaths.Indicators)), indicator.Id, indicator.Title, committee, indicator.Service,
                    indicator.DescriptionHtml is { } html ? new HtmlString(html) : null, latest, rows)
                {
                    LastModified = report.Report.ProducedOn,
                    Downloads = IndicatorDownloads(path, indicator),
                };
            })];
    }

    private IndicatorsPage Indicators(IReadOnlyList<IndicatorLatestPage> latest)
    {
        var path = SitePaths.Indicators;
        var committees = latest
            .GroupBy(p => p.Committee)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select((g, index) => new IndicatorListGroupView(g.Key, $"committee-{index + 1}",
                [.. g.Select(p => new IndicatorListRowView(p.Id, p.IndicatorTitle, SitePaths.Link(path, p.OutputPath),
                    p.Latest.Period, p.Latest.Value, p.Latest.Target, p.Latest.Rating))]))
            .ToList();
        return new IndicatorsPage(path, "Indicators", SitePaths.RootFrom(path), Crumbs(path), committees);
    }

    private DataPage Data()
    {
        var path = SitePaths.Data;
        DataRowView Row(string title, string? url, DataFile csv, DataFile json) =>
            new(title, url, Download(title, path, csv), Download(title, path, json));

        var reports = _data.Data.Reports
            .OrderByDescending(r => r.Report.Period)
            .ThenBy(r => r.Scored.Committee.Key, StringComparer.Ordinal)
            .Select(r => _data.ForReport(r.Report) is var (csv, json)
                ? Row(r.Title, SitePaths.Link(path, SitePaths.Report(r.Report)), csv, json)
                : null)
            .OfType<DataRowView>()
            .ToList();
        var indicators = _data.Data.Indicators
            .Select(i => _data.ForIndicator(i.Indicator.Id) is var (csv, json)
                ? Row($"Indicator {i.Indicator.Id}: {i.Indicator.Title}", SitePaths.Link(path, SitePaths.IndicatorLatest(i.Indicator)), csv, json)
                : null)
            .OfType<DataRowView>()
            .ToList();
        static IReadOnlyList<DataColumnView> Columns(IReadOnlyList<DataField> fields) =>
            [.. fields.Select(f => new DataColumnView(f.Name, f.Type, f.Description))];

        return new DataPage(path, "Open data", SitePaths.RootFrom(path), Crumbs(path), _site.Config.DataLicence,
            Download("Data package describing every file", path, _data.Package),
            Row("Every report and every indicator", null, _data.AllCsv, _data.AllJson),
            reports, indicators,
            Columns(DataTables.FieldsOf(DataTables.Values)), Columns(DataTables.FieldsOf(DataTables.Report)));
    }

    private NotFoundPage NotFound() => new(SitePaths.NotFound, "Page not found", _address.Path, _site.Config.ContactEmail);
}

using System.Globalization;
using StaticKpi.Formatting;
using StaticKpi.Localisation;
using StaticKpi.Model;
using StaticKpi.Scoring;
using StaticKpi.Shared;

namespace StaticKpi.Pages;

/// <summary>
/// Each published indicator's reports, newest first, and the figures of its newest report, as the indicator's own page
/// and the list of indicators show them.
/// </summary>
public sealed class LatestFigures
{
    private readonly Site _site;
    private readonly ScorecardViews _views;
    private readonly SiteStrings _strings;

    public LatestFigures(Site site, IReadOnlyList<ScoredReport> reports, ScoredReportIndex index, ScorecardViews views, SiteStrings strings)
    {
        _strings = strings;
        _site = site;
        _views = views;
        Indicators = [.. SitePlan.LatestReports(site, reports.Select(r => r.Report)).Select(x =>
        {
            IReadOnlyList<(ScoredReport, ScoredIndicator)> newestFirst = [.. x.NewestFirst.Select(report =>
            {
                var scored = index.Scored(report);
                return (scored, scored.Indicators.First(i => i.Indicator.Id == x.Indicator.Id));
            })];
            return (x.Indicator, newestFirst);
        })];
        _byId = Indicators.ToDictionary(x => x.Indicator.Id, x => x.NewestFirst);
    }

    private readonly Dictionary<int, IReadOnlyList<(ScoredReport Report, ScoredIndicator Scored)>> _byId;

    /// <summary>Each published indicator, in id order, with the reports it is in, newest first.</summary>
    public List<(Indicator Indicator, IReadOnlyList<(ScoredReport Report, ScoredIndicator Scored)> NewestFirst)> Indicators { get; }

    public IReadOnlyList<(ScoredReport Report, ScoredIndicator Scored)> NewestFirst(Indicator indicator) => _byId[indicator.Id];

    public string CommitteeOf(Indicator indicator, ScoredReport newest) =>
        _site.Config.CommitteeOf(indicator.CommitteeKey)?.Name ?? newest.Committee.Name;

    /// <summary>The language of <see cref="CommitteeOf"/>'s name when it fell back to the default language's; else null.</summary>
    public string? CommitteeLanguageOf(Indicator indicator, ScoredReport newest) =>
        (_site.Config.CommitteeOf(indicator.CommitteeKey) ?? newest.Committee).Language;

    /// <summary>The figures of an indicator's newest report, as its own page and the list of indicators show them.</summary>
    public LatestView Latest(string from, Indicator indicator, (ScoredReport Report, ScoredIndicator Scored) newest)
    {
        var (report, scored) = newest;
        var period = _strings.PeriodName(report.Report.Period);
        return new LatestView(
            period,
            _views.Value(indicator, scored.Current),
            _views.TargetText(scored),
            Labels.Change(_strings, scored.Change),
            _views.Rating(scored, report.Policy),
            new LinkView(_strings.Format("indicator_latest.report_link", ("id", indicator.Id.ToString(CultureInfo.InvariantCulture)),
                    ("period", period)),
                SitePaths.Link(from, SitePaths.Indicator(report.Report, indicator))));
    }
}

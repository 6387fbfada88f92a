using StaticKpi.Formatting;
using StaticKpi.Localisation;
using StaticKpi.Model;
using StaticKpi.Scoring;
using StaticKpi.Shared;

namespace StaticKpi.OpenData;

/// <summary>One value of an indicator as published: its target, status and rating under the policy of its own period.</summary>
/// <param name="Rating">The rating shown (an editor's override, else the computed one); null when no rating policy covers the period.</param>
public sealed record PublishedValue(DataPoint Point, Target? Target, IndicatorStatus? Status, Rating? Rating, Rating? ComputedRating,
    RagPolicy? Policy)
{
    public string? OverrideReason => Rating is null ? null : Point.Override?.Reason;
}

/// <summary>An indicator in at least one report, with its values up to the newest report it is in.</summary>
public sealed record PublishedIndicator(Indicator Indicator, Committee Committee, string Url, IReadOnlyList<PublishedValue> Values);

/// <summary>An indicator as one report shows it.</summary>
public sealed record PublishedReportIndicator(ScoredIndicator Scored, string Url, IndicatorStatus? Status)
{
    public Indicator Indicator => Scored.Indicator;
}

public sealed record PublishedReport(ScoredReport Scored, string Title, string Url, IReadOnlyList<PublishedReportIndicator> Indicators)
{
    public Report Report => Scored.Report;
}

/// <summary>
/// What the open data holds, in a stable order: every report, and every indicator that is in at least one report
/// with its values up to the end of the newest report it is in. Figures entered for later periods are not
/// published until a report includes them, as on the pages.
/// </summary>
/// <param name="Licence">The data's licence as the language names it (<see cref="Labels.DataLicence"/>), as the pages state it.</param>
public sealed record PublishedData(SiteConfig Config, SiteAddress Address, IReadOnlyList<PublishedIndicator> Indicators,
    IReadOnlyList<PublishedReport> Reports, Licence Licence)
{
    /// <param name="strings">The words of the reports' titles and the licence's; the default theme's for the site's language when not given.</param>
    public static PublishedData From(Site site, IReadOnlyList<ScoredReport> reports, SiteStrings? strings = null)
    {
        strings ??= SiteStrings.Default(site.Config.Language);
        var config = site.Config;
        var address = new SiteAddress(config.BaseUrl);
        var publishedReports = reports
            .Select(report => new PublishedReport(
                report,
                Labels.ReportTitle(strings, report.Report, report.Committee),
                address.OfPage(SitePaths.Report(report.Report)),
                [.. report.Indicators.Select(i => new PublishedReportIndicator(
                    i,
                    address.OfPage(SitePaths.Indicator(report.Report, i.Indicator)),
                    i.Current is null ? i.Indicator.Status : i.Indicator.StatusFor(i.Current)))]))
            .ToList();

        var indicators = reports
            .SelectMany(r => r.Indicators.Select(i => (i.Indicator, r.Report.Period)))
            .GroupBy(x => x.Indicator.Id)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var indicator = g.First().Indicator;
                var newest = g.Max(x => x.Period)!;
                var committee = config.CommitteeOf(indicator.CommitteeKey) ?? new Committee(indicator.CommitteeKey, indicator.CommitteeKey);
                return new PublishedIndicator(
                    indicator,
                    committee,
                    address.OfPage(SitePaths.IndicatorLatest(indicator)),
                    [.. indicator.Series.Where(p => p.Period.Start <= newest.End).Select(p => Value(config, indicator, p))]);
            })
            .ToList();

        return new PublishedData(config, address, indicators, publishedReports, Labels.DataLicence(strings, config));
    }

    private static PublishedValue Value(SiteConfig config, Indicator indicator, DataPoint point)
    {
        var policy = config.PolicyFor(point.Period);
        var target = indicator.TargetFor(point);
        var status = indicator.StatusFor(point);
        if (policy is null)
        {
            return new PublishedValue(point, target, status, null, null, null);
        }

        var computed = ReportScorer.RateValue(indicator, point, policy);
        return new PublishedValue(point, target, status, point.Override?.Rating ?? computed, computed, policy);
    }
}

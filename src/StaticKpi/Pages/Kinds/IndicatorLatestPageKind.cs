using StaticKpi.Formatting;
using StaticKpi.Shared;

namespace StaticKpi.Pages.Kinds;

/// <summary>
/// An indicator's own page at a permanent address, showing the newest report that includes it, with a row for every
/// report it is in.
/// </summary>
public sealed class IndicatorLatestPageKind() : SiteWidePageKind("indicator-latest")
{
    public override IEnumerable<PlannedPage> Plan(PlanContext plan) =>
        SitePlan.LatestReports(plan.Site, plan.Reports).Select(x =>
            new PlannedPage(this, SitePaths.IndicatorLatest(x.Indicator), x.Newest.ProducedOn, x.Newest, x.Indicator));

    /// <summary>The indicator's own page shows it across every report it is in, and nothing else.</summary>
    public override PageSource? MadeFrom(PlannedPage page) => PageSource.OfIndicator(page.Indicator!);

    public override PageModel Build(PlannedPage page, PageContext context, IReadOnlyList<PageModel> reprinted)
    {
        var views = context.Views;
        var indicator = page.Indicator!;
        var newestFirst = context.Latest.NewestFirst(indicator);
        var path = page.OutputPath;
        var (report, _) = newestFirst[0];
        var several = newestFirst.Select(x => x.Report.Committee.Key).Distinct().Count() > 1;
        var rows = newestFirst.Select(x => new IndicatorReportRowView(
            several
                ? context.Strings.Format("indicator_latest.committee_report", ("committee", x.Report.Committee.Name),
                    ("period", context.Strings.PeriodName(x.Report.Report.Period)))
                : context.Strings.PeriodName(x.Report.Report.Period),
            SitePaths.Link(path, SitePaths.Indicator(x.Report.Report, indicator)),
            views.Value(indicator, x.Scored.Current),
            views.TargetText(x.Scored),
            Labels.Change(context.Strings, x.Scored.Change),
            context.Views.Rating(x.Scored, x.Report.Policy))
        {
            ReportHtml = several
                ? MarkedText.Format(context.Strings, "indicator_latest.committee_report",
                    ("committee", x.Report.Committee.Name, x.Report.Committee.Language),
                    ("period", context.Strings.PeriodName(x.Report.Report.Period), null))
                : null,
        }).ToList();

        return new IndicatorLatestPage(path, $"{indicator.Id}: {indicator.Title}", SitePaths.RootFrom(path),
            PageParts.Crumbs(context.Strings, path, (context.Strings.Text("nav.indicators"), SitePaths.Indicators)), indicator.Id, indicator.Title,
            context.Latest.CommitteeOf(indicator, report), indicator.Service,
            indicator.DescriptionHtml is { } html ? new HtmlString(html) : null, context.Latest.Latest(path, indicator, newestFirst[0]), rows)
        {
            LastModified = page.LastModified,
            TitleLanguage = indicator.TitleLanguage,
            CommitteeLanguage = context.Latest.CommitteeLanguageOf(indicator, report),
            Downloads = context.Downloads.OfIndicator(path, indicator),
        };
    }
}

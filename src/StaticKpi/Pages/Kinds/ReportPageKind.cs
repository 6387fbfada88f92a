using StaticKpi.Formatting;
using StaticKpi.Localisation;
using StaticKpi.Model;
using StaticKpi.Scoring;
using StaticKpi.Shared;

namespace StaticKpi.Pages.Kinds;

/// <summary>A report's page: its summary, a row per indicator, highlights, movements and the rating chart.</summary>
public sealed class ReportPageKind() : PerReportPageKind("report")
{
    public override IEnumerable<PlannedPage> Plan(PlanContext plan, Report report) =>
        [new(this, SitePaths.Report(report), report.ProducedOn, report)];

    public override PageModel Build(PlannedPage page, PageContext context, IReadOnlyList<PageModel> reprinted)
    {
        var views = context.Views;
        var report = context.Index.Scored(page.Report!);
        var path = page.OutputPath;
        var rows = report.Indicators.Select(i => Row(context, path, report, i)).ToList();
        var highlights = report.Report.HighlightIds
            .Select(id => rows.FirstOrDefault(r => r.Id == id))
            .OfType<IndicatorRowView>()
            .ToList();
        var movements = report.Movements.Select(m => new MovementView(
            m.Indicator.Id,
            m.Indicator.Title,
            SitePaths.Link(path, SitePaths.Indicator(report.Report, m.Indicator)),
            context.Views.Rating(m.From, report.Policy),
            context.Views.Rating(m.To, report.Policy),
            context.Strings.Text(EnumKeys<MovementKind>.Of("movement", m.Kind)))).ToList();
        var unchanged = report.PreviousReport is null
            ? 0
            : report.Indicators.Count(i => report.PreviousReport.IndicatorIds.Contains(i.Indicator.Id)) - movements.Count;
        var (previous, next) = context.Index.Neighbours(report);

        return new ReportPage(
            path,
            Labels.ReportTitle(context.Strings, report.Report, report.Committee),
            SitePaths.RootFrom(path),
            PageParts.Crumbs(context.Strings, path),
            report.Committee.Name,
            context.Strings.PeriodName(report.Report.Period),
            context.Views.Format.Date(report.Report.ProducedOn),
            ValueFormatter.IsoDate(report.Report.ProducedOn),
            PageParts.Html(report.Report.IntroductionHtml),
            views.Summary(report),
            report.Summary.Any(s => s.Rating == Rating.Blue),
            rows,
            highlights,
            movements,
            report.PreviousReport is { } before ? context.Strings.PeriodName(before.Period) : null,
            unchanged,
            report.Policy.Name,
            previous is null
                ? null
                : new LinkView(context.Strings.PeriodName(previous.Report.Period), SitePaths.Link(path, SitePaths.Report(previous.Report))),
            next is null ? null : new LinkView(context.Strings.PeriodName(next.Report.Period), SitePaths.Link(path, SitePaths.Report(next.Report))),
            PageParts.Chart(context.Charts.RatingDistribution(report), context.Strings) with
            {
                TitleHtml = MarkedText.Format(context.Strings, "chart.ratings.title", ("committee", report.Committee.Name, report.Committee.Language),
                    ("period", context.Strings.PeriodName(report.Report.Period), null)),
            })
        {
            LastModified = page.LastModified,
            PolicyLanguage = report.Policy.Language,
            CommitteeLanguage = report.Committee.Language,
            TitleHtml = PageParts.ReportTitleHtml(context.Strings, report.Report, report.Committee),
            Downloads = context.Downloads.OfReport(path, report.Report),
        };
    }

    private static IndicatorRowView Row(PageContext context, string from, ScoredReport report, ScoredIndicator scored)
    {
        var views = context.Views;
        var indicator = scored.Indicator;
        return new IndicatorRowView(
            indicator.Id,
            indicator.Title,
            SitePaths.Link(from, SitePaths.Indicator(report.Report, indicator)),
            views.TargetText(scored),
            views.Value(indicator, scored.Current),
            views.PreviousValue(scored),
            context.Views.Direction(indicator.Direction),
            Labels.Change(context.Strings, scored.Change),
            context.Views.Rating(scored, report.Policy),
            ScorecardViews.BaselineInPlaceOfTarget(scored))
        {
            TitleLanguage = indicator.TitleLanguage,
        };
    }
}

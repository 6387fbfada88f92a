using StaticKpi.Formatting;
using StaticKpi.Model;
using StaticKpi.Shared;

namespace StaticKpi.Pages.Kinds;

/// <summary>A report's printable version, which reprints every one of its indicator pages.</summary>
public sealed class PrintReportPageKind() : PerReportPageKind("print")
{
    public override IEnumerable<PlannedPage> Plan(PlanContext plan, Report report) => [new(this, SitePaths.PrintReport(report), null, report)];

    public override bool Shows(PlannedPage page, int indicatorId, Period period) =>
        page.Report!.Period == period && page.Report.IndicatorIds.Contains(indicatorId);

    public override IEnumerable<PlannedPage> Reprints(PlannedPage page, PageGroup group) =>
        group.Pages.Where(p => p.Kind is IndicatorPageKind);

    public override PageModel Build(PlannedPage page, PageContext context, IReadOnlyList<PageModel> reprinted)
    {
        var report = context.Index.Scored(page.Report!);
        var path = page.OutputPath;
        var titleHtml = PageParts.ReportTitleHtml(context.Strings, report.Report, report.Committee);
        return new PrintReportPage(
            path,
            context.Strings.Format("print.title", ("report", Labels.ReportTitle(context.Strings, report.Report, report.Committee))),
            SitePaths.RootFrom(path),
            PageParts.CrumbsUnder(context.Strings, path, report),
            Labels.ReportTitle(context.Strings, report.Report, report.Committee),
            report.Committee.Name,
            context.Strings.PeriodName(report.Report.Period),
            context.Views.Format.Date(report.Report.ProducedOn),
            context.Views.Summary(report),
            [.. reprinted.OfType<IndicatorPage>()],
            PageParts.ReportLink(context.Strings, path, report))
        {
            CommitteeLanguage = report.Committee.Language,
            ReportTitleHtml = titleHtml,
            TitleHtml = MarkedText.Around(context.Strings, "print.title", titleHtml),
        };
    }
}

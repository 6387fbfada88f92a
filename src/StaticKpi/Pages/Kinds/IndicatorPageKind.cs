using StaticKpi.Formatting;
using StaticKpi.Model;
using StaticKpi.Scoring;
using StaticKpi.Shared;

namespace StaticKpi.Pages.Kinds;

/// <summary>
/// An indicator's page under a report: its figures for the report's period, benchmarks, commentary, history and charts.
/// </summary>
public sealed class IndicatorPageKind() : PerReportPageKind("indicator")
{
    public override IEnumerable<PlannedPage> Plan(PlanContext plan, Report report) =>
        SitePlan.IndicatorsOf(plan.Site, report).Select(indicator =>
            new PlannedPage(this, SitePaths.Indicator(report, indicator), report.ProducedOn, report, indicator));

    public override bool Shows(PlannedPage page, int indicatorId, Period period) =>
        page.Indicator!.Id == indicatorId && page.Report!.Period == period;

    public override PageModel Build(PlannedPage page, PageContext context, IReadOnlyList<PageModel> reprinted)
    {
        var views = context.Views;
        var format = views.Format;
        var report = context.Index.Scored(page.Report!);
        var indicator = page.Indicator!;
        var scored = report.Indicators.First(i => i.Indicator.Id == indicator.Id);
        var path = page.OutputPath;
        var commentary = context.Site.CommentaryFor(indicator.Id, report.Report.Period);
        var (previousReport, nextReport) = context.Index.IndicatorNeighbours(report, indicator);

        return new IndicatorPage(
            path,
            $"{indicator.Id}: {indicator.Title} ({report.Report.Period.DisplayName})",
            SitePaths.RootFrom(path),
            PageParts.CrumbsUnder(path, report),
            indicator.Id,
            indicator.Title,
            report.Committee.Name,
            indicator.Service,
            report.Report.Period.DisplayName,
            views.TargetText(scored),
            ScorecardViews.Direction(indicator.Direction),
            views.Value(indicator, scored.Current),
            // The page names a same-period-last-year comparison in the label (PreviousLabel), so the value keeps its own.
            scored.Previous is null ? null : views.Value(indicator, scored.Previous),
            Labels.Change(scored.Change),
            ScorecardViews.Rating(scored, report.Policy),
            Benchmark(format, indicator, indicator.BenchmarkOf(BenchmarkKind.StatisticalNeighbours)),
            Benchmark(format, indicator, indicator.BenchmarkOf(BenchmarkKind.England)),
            [.. indicator.Benchmarks.Where(b => b.Kind == BenchmarkKind.Comparator).Select(b => Benchmark(format, indicator, b)!)],
            PageParts.Html(indicator.DescriptionHtml),
            indicator.DataSource,
            indicator.Frequency is { } f ? Labels.Frequency(f) : null,
            PageParts.Html(commentary?.CommentaryHtml),
            PageParts.Html(commentary?.ActionsHtml),
            PageParts.Html(commentary?.PathToGreenHtml),
            [.. (commentary?.OtherSections ?? []).Select((s, i) => new SectionView(s.Title, $"section-{i + 1}", new HtmlString(s.Html)))],
            [.. indicator.Links.Select(l => new LinkView(l.Title, l.Url) { Lang = l.Language })],
            views.History(indicator, report.Report.Period),
            PageParts.ReportLink(path, report),
            LinkToReport(path, previousReport, indicator),
            LinkToReport(path, nextReport, indicator),
            PageParts.Chart(context.Charts.Trend(indicator, report.Report.Period)),
            [.. context.Charts.Extras(indicator, report.Report.Period).Select(PageParts.Chart)])
        {
            LastModified = page.LastModified,
            TitleLanguage = indicator.TitleLanguage,
            CommentaryLanguage = commentary?.Language,
            Downloads = context.Downloads.OfIndicator(path, indicator),
            AllReports = new LinkView($"Indicator {indicator.Id}: latest figures and every report",
                SitePaths.Link(path, SitePaths.IndicatorLatest(indicator))),
            PreviousLabel = ScorecardViews.IsSamePeriodLastYear(scored)
                ? Capitalised(Labels.SamePeriodLastYear(scored.Previous!.Period))
                : "Previous period",
            Baseline = views.Baseline(indicator),
            BaselineInPlaceOfTarget = ScorecardViews.BaselineInPlaceOfTarget(scored),
            Targets = [.. indicator.Targets.Select(t => new TargetChangeView(t.From.DisplayName,
                format.Target(t.Target, null, indicator.Unit, indicator.Precision)))],
            NoTargetBefore = indicator.Targets is [var first, ..] &&
                             indicator.Series.Any(p => p.Period.Start < first.From.Start && p.Period.Start <= report.Report.Period.End)
                ? first.From.DisplayName
                : null,
        };
    }

    /// <summary>A link to the indicator's page in another report, named by its period; null when there is none.</summary>
    private static LinkView? LinkToReport(string from, ScoredReport? report, Indicator indicator) => report is null
        ? null
        : new LinkView(report.Report.Period.DisplayName, SitePaths.Link(from, SitePaths.Indicator(report.Report, indicator)));

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static BenchmarkView? Benchmark(ValueFormatter format, Indicator indicator, Benchmark? benchmark) => benchmark is null
        ? null
        : new BenchmarkView(benchmark.Label ?? Labels.Benchmark(benchmark.Kind), format.Value(benchmark.Value, indicator.Unit, indicator.Precision),
            benchmark.Period?.DisplayName, benchmark.Note, Labels.FigureKind(indicator.Frequency, benchmark.Cumulative))
        {
            Lang = benchmark.Language,
        };
}

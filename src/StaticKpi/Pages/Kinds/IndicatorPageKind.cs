using System.Globalization;
using StaticKpi.Formatting;
using StaticKpi.Localisation;
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
            context.Strings.Format("indicator.title", ("id", indicator.Id.ToString(CultureInfo.InvariantCulture)), ("title", indicator.Title),
                ("period", context.Strings.PeriodName(report.Report.Period))),
            SitePaths.RootFrom(path),
            PageParts.CrumbsUnder(context.Strings, path, report),
            indicator.Id,
            indicator.Title,
            report.Committee.Name,
            indicator.Service,
            context.Strings.PeriodName(report.Report.Period),
            views.TargetText(scored),
            context.Views.Direction(indicator.Direction),
            views.Value(indicator, scored.Current),
            // The page names a same-period-last-year comparison in the label (PreviousLabel), so the value keeps its own.
            scored.Previous is null ? null : views.Value(indicator, scored.Previous),
            Labels.Change(context.Strings, scored.Change),
            context.Views.Rating(scored, report.Policy),
            Benchmark(context.Strings, format, indicator, indicator.BenchmarkOf(BenchmarkKind.StatisticalNeighbours)),
            Benchmark(context.Strings, format, indicator, indicator.BenchmarkOf(BenchmarkKind.England)),
            [.. indicator.Benchmarks.Where(b => b.Kind == BenchmarkKind.Comparator).Select(b => Benchmark(context.Strings, format, indicator, b)!)],
            PageParts.Html(indicator.DescriptionHtml),
            indicator.DataSource,
            indicator.Frequency is { } f ? Labels.Frequency(context.Strings, f) : null,
            PageParts.Html(commentary?.CommentaryHtml),
            PageParts.Html(commentary?.ActionsHtml),
            PageParts.Html(commentary?.PathToGreenHtml),
            [.. (commentary?.OtherSections ?? []).Select((s, i) => new SectionView(s.Title, $"section-{i + 1}", new HtmlString(s.Html)))],
            [.. indicator.Links.Select(l => new LinkView(l.Title, l.Url) { Lang = l.Language })],
            views.History(indicator, report.Report.Period),
            PageParts.ReportLink(context.Strings, path, report),
            LinkToReport(context.Strings, path, previousReport, indicator),
            LinkToReport(context.Strings, path, nextReport, indicator),
            TrendChart(context, indicator, report.Report.Period),
            [.. context.Charts.Extras(indicator, report.Report.Period).Select(figure => PageParts.Chart(figure, context.Strings))])
        {
            LastModified = page.LastModified,
            TitleLanguage = indicator.TitleLanguage,
            CommitteeLanguage = report.Committee.Language,
            CommentaryLanguage = commentary?.Language,
            DataSourceLanguage = indicator.DataSourceLanguage,
            Downloads = context.Downloads.OfIndicator(path, indicator),
            AllReports = new LinkView(context.Strings.Format("indicator.all_reports", ("id", indicator.Id.ToString(CultureInfo.InvariantCulture))),
                SitePaths.Link(path, SitePaths.IndicatorLatest(indicator))),
            PreviousLabel = ScorecardViews.IsSamePeriodLastYear(scored)
                ? Capitalised(Labels.SamePeriodLastYear(context.Strings, scored.Previous!.Period), context.Strings)
                : context.Strings.Text("indicator.previous_period"),
            Baseline = views.Baseline(indicator),
            BaselineInPlaceOfTarget = ScorecardViews.BaselineInPlaceOfTarget(scored),
            Targets = [.. indicator.Targets.Select(t => new TargetChangeView(context.Strings.PeriodName(t.From),
                format.Target(t.Target, null, indicator.Unit, indicator.Precision)))],
            NoTargetBefore = indicator.Targets is [var first, ..] &&
                             indicator.Series.Any(p => p.Period.Start < first.From.Start && p.Period.Start <= report.Report.Period.End)
                ? context.Strings.PeriodName(first.From)
                : null,
        };
    }

    /// <summary>A link to the indicator's page in another report, named by its period; null when there is none.</summary>
    private static LinkView? LinkToReport(SiteStrings strings, string from, ScoredReport? report, Indicator indicator) => report is null
        ? null
        : new LinkView(strings.PeriodName(report.Report.Period), SitePaths.Link(from, SitePaths.Indicator(report.Report, indicator)));

    /// <summary>The text with its first letter in capitals, as the language writes it at the start of a label.</summary>
    private static string Capitalised(string text, SiteStrings strings) => char.ToUpper(text[0], strings.Culture) + text[1..];

    private static BenchmarkView? Benchmark(SiteStrings strings, ValueFormatter format, Indicator indicator, Benchmark? benchmark) =>
        benchmark is null
            ? null
            : new BenchmarkView(benchmark.Label ?? Labels.Benchmark(strings, benchmark.Kind),
                format.Value(benchmark.Value, indicator.Unit, indicator.Precision),
                benchmark.Period is { } period ? strings.PeriodName(period) : null, benchmark.Note,
                Labels.FigureKind(strings, indicator.Frequency, benchmark.Cumulative))
            {
                Lang = benchmark.Language,
            };

    /// <summary>
    /// The indicator's trend chart; where its title fell back to the default language, the chart's caption, download
    /// link and table caption mark that title inside their sentences (the figure's JSON keeps the plain text).
    /// </summary>
    private static ChartView TrendChart(PageContext context, Indicator indicator, Period period)
    {
        var chart = PageParts.Chart(context.Charts.Trend(indicator, period), context.Strings);
        return indicator.TitleLanguage is not { } language ? chart : chart with
        {
            TitleHtml = MarkedText.Naming(chart.Title, indicator.Title, language),
            Table = chart.Table with { CaptionHtml = MarkedText.Naming(chart.Table.Caption, indicator.Title, language) },
        };
    }
}

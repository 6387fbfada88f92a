using System.Collections.Concurrent;
using System.Text;
using StaticKpi.Charts;
using StaticKpi.Formatting;
using StaticKpi.Model;
using StaticKpi.Scoring;

namespace StaticKpi.Pages;

/// <summary>
/// Turns the scored site into the models of its scorecard pages: the home page, each report's page, its indicator
/// pages and its printable version, the key and the accessibility statement. Pure: no I/O and no HTML beyond what the
/// content held. Each page is built from its <see cref="PlannedPage"/>, so that pages can be built in any order and in
/// parallel; nothing here holds a page once it is returned.
/// </summary>
public sealed class PageBuilder
{
    private readonly Site _site;
    private readonly ValueFormatter _format;
    private readonly ChartBuilder _charts;
    private readonly PageDownloads _downloads;
    private readonly IReadOnlyList<ScoredReport> _reports;
    private readonly Dictionary<Report, ScoredReport> _scored = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, List<ScoredReport>> _byCommittee = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Committee, int Indicator), List<ScoredReport>> _byIndicator = [];
    private readonly PageCaches _caches;

    public PageBuilder(Site site, IReadOnlyList<ScoredReport> reports, ChartBuilder charts, PageDownloads downloads, PageCaches caches)
    {
        _caches = caches;
        _site = site;
        _charts = charts;
        _downloads = downloads;
        _reports = reports;
        _format = new ValueFormatter(site.Config.CurrencySymbol);
        // Neighbouring reports are looked up for every page, so each committee's and each indicator's reports are
        // listed once, in period order, rather than searched for page by page.
        foreach (var report in reports.OrderBy(r => r.Report.Period))
        {
            _scored[report.Report] = report;
            Add(_byCommittee, report.Committee.Key, report);
            foreach (var indicator in report.Indicators)
            {
                Add(_byIndicator, (report.Committee.Key, indicator.Indicator.Id), report);
            }
        }
    }

    private static void Add<TKey>(Dictionary<TKey, List<ScoredReport>> lists, TKey key, ScoredReport report)
        where TKey : notnull
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = [];
        }

        list.Add(report);
    }

    /// <summary>The scores of a planned page's report.</summary>
    public ScoredReport Scored(Report report) => _scored[report];

    internal static IReadOnlyList<LinkView> Crumbs(string from, params (string Text, string Path)[] trail) =>
        [new LinkView("Home", SitePaths.Link(from, SitePaths.Home)), .. trail.Select(t => new LinkView(t.Text, SitePaths.Link(from, t.Path)))];

    public HomePage Home(PlannedPage planned)
    {
        var path = planned.OutputPath;
        var committees = _reports
            .GroupBy(r => r.Committee.Key)
            .Select(group =>
            {
                var ordered = group.OrderByDescending(r => r.Report.Period).ToList();
                var latest = ordered[0];
                var archive = ordered
                    .GroupBy(r => r.Report.Period.FinancialYearText('/'))
                    .Select(year => new ArchiveYearView(year.Key, [.. year.Select(r => ReportLink(path, r))]))
                    .ToList();
                return new CommitteeHomeView(latest.Committee.Name, ReportLink(path, latest), Summary(latest), archive);
            })
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        return new HomePage(path, _site.Config.Title, SitePaths.RootFrom(path), [], committees) { LastModified = planned.LastModified };
    }

    private ReportLinkView ReportLink(string from, ScoredReport report) => new(
        ReportTitle(report),
        SitePaths.Link(from, SitePaths.Report(report.Report)),
        report.Report.Period.DisplayName,
        ValueFormatter.Date(report.Report.ProducedOn),
        report.Committee.Name);

    public static string ReportTitle(ScoredReport report) =>
        report.Report.Title ?? $"{report.Committee.Name}: {report.Report.Period.DisplayName} performance report";

    public ReportPage Report(PlannedPage planned)
    {
        var report = Scored(planned.Report!);
        var path = planned.OutputPath;
        var rows = report.Indicators.Select(i => Row(path, report, i)).ToList();
        var highlights = report.Report.HighlightIds
            .Select(id => rows.FirstOrDefault(r => r.Id == id))
            .OfType<IndicatorRowView>()
            .ToList();
        var movements = report.Movements.Select(m => new MovementView(
            m.Indicator.Id,
            m.Indicator.Title,
            SitePaths.Link(path, SitePaths.Indicator(report.Report, m.Indicator)),
            Rating(m.From, report.Policy),
            Rating(m.To, report.Policy),
            m.Kind.ToString().ToLowerInvariant())).ToList();
        var unchanged = report.PreviousReport is null
            ? 0
            : report.Indicators.Count(i => report.PreviousReport.IndicatorIds.Contains(i.Indicator.Id)) - movements.Count;
        var (previous, next) = Neighbours(report);

        return new ReportPage(
            path,
            ReportTitle(report),
            SitePaths.RootFrom(path),
            Crumbs(path),
            report.Committee.Name,
            report.Report.Period.DisplayName,
            ValueFormatter.Date(report.Report.ProducedOn),
            ValueFormatter.IsoDate(report.Report.ProducedOn),
            Html(report.Report.IntroductionHtml),
            Summary(report),
            report.Summary.Any(s => s.Rating == Model.Rating.Blue),
            rows,
            highlights,
            movements,
            report.PreviousReport?.Period.DisplayName,
            unchanged,
            report.Policy.Name,
            previous is null ? null : new LinkView(previous.Report.Period.DisplayName, SitePaths.Link(path, SitePaths.Report(previous.Report))),
            next is null ? null : new LinkView(next.Report.Period.DisplayName, SitePaths.Link(path, SitePaths.Report(next.Report))),
            Chart(_charts.RatingDistribution(report)))
        {
            LastModified = planned.LastModified,
            Downloads = _downloads.OfReport(path, report.Report),
        };
    }

    /// <summary>Excel opens CSV as UTF-8 only with a byte order mark, so "£" survives the download.</summary>
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public static byte[] CsvBytes(string csv)
    {
        var bytes = new byte[Utf8Bom.Length + Encoding.UTF8.GetByteCount(csv)];
        Utf8Bom.CopyTo(bytes, 0);
        Encoding.UTF8.GetBytes(csv, bytes.AsSpan(Utf8Bom.Length));
        return bytes;
    }

    private static ChartView Chart(ChartFigure figure)
    {
        var sizeText = DownloadView.SizeOf(Utf8Bom.Length + Encoding.UTF8.GetByteCount(figure.Csv));
        return new ChartView(
            figure.Id,
            figure.Title,
            figure.Summary,
            new ChartTableView(figure.Table.Caption, figure.Table.Columns, figure.Table.Rows),
            new HtmlString(figure.Json),
            figure.Id + ".csv",
            sizeText,
            figure.PointCount,
            figure.Csv);
    }

    /// <summary>The CSV downloads of a page's charts, written next to the page.</summary>
    public static IEnumerable<PageFile> FilesOf(PageModel page)
    {
        var folder = page.OutputPath[..(page.OutputPath.LastIndexOf('/') + 1)];
        var charts = page.WritesChartFiles ? page.Charts : [];
        return charts.Select(chart => new PageFile(folder + chart.CsvFileName, CsvBytes(chart.Csv))).Concat(page.ExtraFiles);
    }

    /// <param name="indicators">The report's indicator pages, which the printable version reprints.</param>
    public PrintReportPage PrintReport(PlannedPage planned, IReadOnlyList<IndicatorPage> indicators)
    {
        var report = Scored(planned.Report!);
        var path = planned.OutputPath;
        var reportPath = SitePaths.Report(report.Report);
        return new PrintReportPage(
            path,
            $"{ReportTitle(report)}: printable version",
            SitePaths.RootFrom(path),
            Crumbs(path, ($"{report.Committee.Name} {report.Report.Period.DisplayName}", reportPath)),
            ReportTitle(report),
            report.Committee.Name,
            report.Report.Period.DisplayName,
            ValueFormatter.Date(report.Report.ProducedOn),
            Summary(report),
            indicators,
            new LinkView(ReportTitle(report), SitePaths.Link(path, reportPath)));
    }

    private (ScoredReport? Previous, ScoredReport? Next) Neighbours(ScoredReport report)
    {
        var same = _byCommittee[report.Committee.Key];
        var index = same.IndexOf(report);
        return (index > 0 ? same[index - 1] : null, index < same.Count - 1 ? same[index + 1] : null);
    }

    private IReadOnlyList<SummaryRowView> Summary(ScoredReport report) =>
        [.. report.Summary.Select(s => new SummaryRowView(Rating(s.Rating, report.Policy), s.Count, s.Percent))];

    private IndicatorRowView Row(string from, ScoredReport report, ScoredIndicator scored)
    {
        var indicator = scored.Indicator;
        return new IndicatorRowView(
            indicator.Id,
            indicator.Title,
            SitePaths.Link(from, SitePaths.Indicator(report.Report, indicator)),
            TargetText(scored),
            Value(indicator, scored.Current),
            PreviousValue(scored),
            Direction(indicator.Direction),
            Labels.Change(scored.Change),
            Rating(scored, report.Policy),
            BaselineInPlaceOfTarget(scored));
    }

    /// <summary>
    /// The Target column's text: the target in force for the report's period, else the baseline where the indicator
    /// has one ("Baseline 872 (2022/23)", as the council's reports print it), else why there is no target.
    /// </summary>
    internal string TargetText(ScoredIndicator scored)
    {
        var indicator = scored.Indicator;
        if (BaselineInPlaceOfTarget(scored))
        {
            return _format.Baseline(indicator.Baseline!, indicator.Unit, indicator.Precision);
        }

        return _format.Target(scored.Target, scored.Current is null ? indicator.Status : indicator.StatusFor(scored.Current),
            indicator.Unit, indicator.Precision);
    }

    private static bool BaselineInPlaceOfTarget(ScoredIndicator scored) => scored.Target is null && scored.Indicator.Baseline is not null;

    private BaselineView? Baseline(Indicator indicator) => indicator.Baseline is not { } baseline
        ? null
        : new BaselineView(_format.Value(baseline.Value, indicator.Unit, indicator.Precision), ValueFormatter.BaselinePeriod(baseline),
            Labels.FigureKind(indicator.Frequency, baseline.Cumulative), baseline.Note);

    /// <summary>
    /// The figure the current one is compared with. When that is the same period a year earlier (a year-to-date count
    /// at the start of a year, or an indicator compared with last year) the period is named and called so, whatever
    /// label the editor gave it, so readers see the comparison is like with like.
    /// </summary>
    internal ValueView? PreviousValue(ScoredIndicator scored)
    {
        var (indicator, current, previous) = (scored.Indicator, scored.Current, scored.Previous);
        if (previous is null)
        {
            return null;
        }

        return IsSamePeriodLastYear(scored)
            ? _caches.YearEarlierValues.GetOrAdd(previous, p => Value(indicator, p) with
            {
                PeriodLabel = $"{p.Period.DisplayName}, {Labels.SamePeriodLastYear(p.Period)}",
            })
            : Value(indicator, previous);
    }

    private static bool IsSamePeriodLastYear(ScoredIndicator scored) =>
        scored is { Current: { } current, Previous: { } previous } &&
        current.Period.Kind != PeriodKind.FinancialYear && previous.Period == current.Period.YearEarlier();

    // The views below are shared by every page that shows the same thing (a value, a direction, a rating), so the
    // templates' partials can reuse what they rendered for them (see Render/PartialPurity).

    private static readonly ValueView NoValue = new(ValueFormatter.NoData, "", null);

    internal ValueView Value(Indicator indicator, DataPoint? point) => point is null
        ? NoValue
        : _caches.Values.GetOrAdd(point, p => new ValueView(_format.Value(p.Value, indicator.Unit, indicator.Precision), p.DisplayLabel, p.Note, p.Provisional));

    private static readonly Dictionary<Direction, DirectionView> Directions = Enum.GetValues<Direction>().ToDictionary(
        d => d, d => new DirectionView(Labels.Direction(d), Labels.DirectionSymbol(d), Content.EnumNames.Of(d)));

    private static DirectionView Direction(Direction direction) => Directions[direction];

    /// <summary>
    /// Kept for the process rather than the build: keyed by value (a rating and a policy's thresholds, both values),
    /// so it holds at most one entry per rating for each distinct policy the configuration has ever had.
    /// </summary>
    private static readonly ConcurrentDictionary<(Rating, RagPolicy), RatingView> Ratings = new();

    public static RatingView Rating(Rating rating, RagPolicy policy) => Ratings.GetOrAdd((rating, policy), key => new(
        Labels.Rating(key.Item1), Labels.RatingKey(key.Item1), Labels.RatingSymbol(key.Item1), Labels.RatingDescription(key.Item1, key.Item2), false, null, null));

    internal static RatingView Rating(ScoredIndicator scored, RagPolicy policy) => scored.Override is null
        ? Rating(scored.Rating, policy)
        : Rating(scored.Rating, policy) with
        {
            Overridden = true,
            OverrideReason = scored.Override.Reason,
            ComputedName = Labels.Rating(scored.ComputedRating),
        };

    public IndicatorPage IndicatorPage(PlannedPage planned)
    {
        var report = Scored(planned.Report!);
        var indicator = planned.Indicator!;
        var scored = report.Indicators.First(i => i.Indicator.Id == indicator.Id);
        var path = planned.OutputPath;
        var commentary = _site.CommentaryFor(indicator.Id, report.Report.Period);
        var (previousReport, nextReport) = IndicatorNeighbours(report, indicator);
        var reportPath = SitePaths.Report(report.Report);

        return new IndicatorPage(
            path,
            $"{indicator.Id}: {indicator.Title} ({report.Report.Period.DisplayName})",
            SitePaths.RootFrom(path),
            Crumbs(path, ($"{report.Committee.Name} {report.Report.Period.DisplayName}", reportPath)),
            indicator.Id,
            indicator.Title,
            report.Committee.Name,
            indicator.Service,
            report.Report.Period.DisplayName,
            TargetText(scored),
            Direction(indicator.Direction),
            Value(indicator, scored.Current),
            // The page names a same-period-last-year comparison in the label (PreviousLabel), so the value keeps its own.
            scored.Previous is null ? null : Value(indicator, scored.Previous),
            Labels.Change(scored.Change),
            Rating(scored, report.Policy),
            Benchmark(indicator, indicator.BenchmarkOf(BenchmarkKind.StatisticalNeighbours)),
            Benchmark(indicator, indicator.BenchmarkOf(BenchmarkKind.England)),
            [.. indicator.Benchmarks.Where(b => b.Kind == BenchmarkKind.Comparator).Select(b => Benchmark(indicator, b)!)],
            Html(indicator.DescriptionHtml),
            indicator.DataSource,
            indicator.Frequency is { } f ? Labels.Frequency(f) : null,
            Html(commentary?.CommentaryHtml),
            Html(commentary?.ActionsHtml),
            Html(commentary?.PathToGreenHtml),
            [.. (commentary?.OtherSections ?? []).Select((s, i) => new SectionView(s.Title, $"section-{i + 1}", new HtmlString(s.Html)))],
            [.. indicator.Links.Select(l => new LinkView(l.Title, l.Url))],
            History(indicator, report.Report.Period),
            new LinkView(ReportTitle(report), SitePaths.Link(path, reportPath)),
            previousReport is null ? null : new LinkView(previousReport.Report.Period.DisplayName, SitePaths.Link(path, SitePaths.Indicator(previousReport.Report, indicator))),
            nextReport is null ? null : new LinkView(nextReport.Report.Period.DisplayName, SitePaths.Link(path, SitePaths.Indicator(nextReport.Report, indicator))),
            Chart(_charts.Trend(indicator, report.Report.Period)),
            [.. _charts.Extras(indicator, report.Report.Period).Select(Chart)])
        {
            LastModified = planned.LastModified,
            Downloads = _downloads.OfIndicator(path, indicator),
            AllReports = new LinkView($"Indicator {indicator.Id}: latest figures and every report",
                SitePaths.Link(path, SitePaths.IndicatorLatest(indicator))),
            PreviousLabel = IsSamePeriodLastYear(scored) ? Capitalised(Labels.SamePeriodLastYear(scored.Previous!.Period)) : "Previous period",
            Baseline = Baseline(indicator),
            BaselineInPlaceOfTarget = BaselineInPlaceOfTarget(scored),
            Targets = [.. indicator.Targets.Select(t => new TargetChangeView(t.From.DisplayName,
                _format.Target(t.Target, null, indicator.Unit, indicator.Precision)))],
            NoTargetBefore = indicator.Targets is [var first, ..] &&
                             indicator.Series.Any(p => p.Period.Start < first.From.Start && p.Period.Start <= report.Report.Period.End)
                ? first.From.DisplayName
                : null,
        };
    }

    private (ScoredReport? Previous, ScoredReport? Next) IndicatorNeighbours(ScoredReport report, Indicator indicator)
    {
        var with = _byIndicator[(report.Committee.Key, indicator.Id)];
        var index = with.IndexOf(report);
        return (index > 0 ? with[index - 1] : null, index < with.Count - 1 ? with[index + 1] : null);
    }

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private BenchmarkView? Benchmark(Indicator indicator, Benchmark? benchmark) => benchmark is null
        ? null
        : new BenchmarkView(benchmark.Label ?? Labels.Benchmark(benchmark.Kind), _format.Value(benchmark.Value, indicator.Unit, indicator.Precision),
            benchmark.Period?.DisplayName, benchmark.Note, Labels.FigureKind(indicator.Frequency, benchmark.Cumulative));

    /// <summary>
    /// Every value up to the report's period, newest first, each rated under the policy of its own period. A row
    /// depends only on its data point, and an indicator's pages in later reports repeat the rows of earlier ones, so
    /// each row is made once per build.
    /// </summary>
    private IReadOnlyList<HistoryRowView> History(Indicator indicator, Period reportPeriod) =>
        [.. indicator.Series
            .Where(p => p.Period.Start <= reportPeriod.End)
            .Reverse()
            .Select(point => _caches.HistoryRows.GetOrAdd(point, p => HistoryRow(indicator, p)))];

    private HistoryRowView HistoryRow(Indicator indicator, DataPoint point)
    {
        var policy = _site.Config.PolicyFor(point.Period);
        RatingView? rating = null;
        if (policy is not null)
        {
            var computed = ReportScorer.RateValue(indicator, point, policy);
            rating = point.Override is null
                ? Rating(computed, policy)
                : Rating(point.Override.Rating, policy) with
                {
                    Overridden = true,
                    OverrideReason = point.Override.Reason,
                    ComputedName = Labels.Rating(computed),
                };
        }

        return new HistoryRowView(
            point.DisplayLabel,
            _format.Value(point.Value, indicator.Unit, indicator.Precision),
            _format.Target(indicator.TargetFor(point), indicator.StatusFor(point), indicator.Unit, indicator.Precision),
            rating,
            point.Note,
            point.Provisional);
    }

    public KeyPage Key(PlannedPage planned)
    {
        var path = planned.OutputPath;
        var latest = _site.Config.RagPolicies[^1];
        string[][] terms =
        [
            ["Target", "The level of performance set for the indicator in the reporting period. A target can be a single value or a range; 'To be confirmed' means one is still being set."],
            ["Current period", "The latest figure available for the reporting period. For a monthly measure this is the last month of the quarter."],
            ["Previous period", "The figure it is compared with: usually the period before, sometimes the same period a year earlier."],
            ["Direction for improvement", "Whether good performance is a higher (↑) or a lower (↓) figure."],
            ["Change in performance", "Improving or declining, found by comparing the current figure with the previous one in the direction for improvement. Unchanged when the two are equal as displayed; not applicable when there is no previous figure or no preferred direction."],
            ["Statistical neighbours mean", "The average of similar authorities, given for comparison, from the latest data available."],
            ["England mean", "The average across England, given for comparison, from the latest national data."],
            ["RAG rating", "A rating computed from the current figure and its target under the rating policy below. An editor can replace a computed rating only with a stated reason, which the indicator's page shows."],
            ["Indicator description", "How the measure is calculated, based on a national definition where there is one."],
            ["Commentary", "An explanation of the changes in performance during the period."],
            ["Actions", "What is being done to address under-performance."],
            ["Path to green", "The steps and timescale expected to bring the indicator back on target."],
        ];
        var used = KeyExtras();
        // After "Previous period", beside the terms they qualify.
        terms = [.. terms[..3], .. used.Terms, .. terms[3..]];
        var policies = _site.Config.RagPolicies
            .Select(p => new PolicyView(p.Name, p.EffectiveFrom.DisplayName,
                [.. new[] { Model.Rating.Red, Model.Rating.Amber, Model.Rating.Green, Model.Rating.Blue }
                    .Where(r => r != Model.Rating.Blue || p.UsesBlue)
                    .Select(r => Rating(r, p))]))
            .Reverse()
            .ToList();
        var statuses = new[] { Model.Rating.Baseline, Model.Rating.Contextual, Model.Rating.InDevelopment, Model.Rating.Suspended, Model.Rating.NoData }
            .Concat(used.Ratings)
            .Select(r => Rating(r, latest))
            .ToList();
        return new KeyPage(path, "Key to the scorecards", SitePaths.RootFrom(path), Crumbs(path),
            [.. terms.Select(t => new KeyTermView(t[0], t[1]))], policies, statuses)
        { LastModified = planned.LastModified };
    }

    /// <summary>
    /// The terms and ratings the key explains only when the site's content uses them (a provisional figure, a rating
    /// not given yet, a period before any target, a baseline figure, a year-to-date count), so a site without them
    /// keeps a short key.
    /// </summary>
    private (IReadOnlyList<string[]> Terms, IReadOnlyList<Model.Rating> Ratings) KeyExtras()
    {
        var indicators = _site.Indicators;
        var terms = new List<string[]>();
        var ratings = new List<Model.Rating>();
        if (indicators.Any(i => i.Baseline is not null))
        {
            terms.Add(["Baseline", "The figure an indicator is tracked against, and the period (or span of periods) it was taken from. It is shown where a target would be when the indicator has none."]);
        }

        if (indicators.Any(i => i.Series.Any(p => p.Provisional)))
        {
            terms.Add(["Provisional", "A figure not yet validated, which may change when it is. Its rating may be held back until then."]);
        }

        if (indicators.Any(i => i.Targets.Count > 0))
        {
            terms.Add(["Targets that change", "Each figure is rated against the target in force for its own period, not today's. A figure for a period before any target was set has no target and is not rated."]);
        }

        if (indicators.Any(i => i.IsYearToDate))
        {
            terms.Add(["Year to date", "A running total that starts again at the beginning of each financial year. It is compared with the period before in the same year; the first period of a year is compared with the same period last year, never with the end of the year before."]);
        }

        if (indicators.Any(i => i.Series.Any(p => p.RatingWithheld && p.Override is null)))
        {
            ratings.Add(Model.Rating.Withheld);
        }

        if (indicators.Any(i => i.Series.Any(p => !p.RatingWithheld && p.Override is null && i.HasNoTargetFor(p))))
        {
            ratings.Add(Model.Rating.NoTarget);
        }

        return (terms, ratings);
    }

    public AccessibilityPage Accessibility(PlannedPage planned)
    {
        var path = planned.OutputPath;
        var statement = _site.Config.Accessibility ?? AccessibilityStatement.Default;
        var compliance = statement.Compliance switch
        {
            ComplianceStatus.Full => "fully compliant",
            ComplianceStatus.Partial => "partially compliant",
            _ => "not compliant",
        };
        string? Date(DateOnly? date) => date is { } d ? ValueFormatter.Date(d) : null;
        return new AccessibilityPage(path, $"Accessibility statement for {_site.Config.Title}", SitePaths.RootFrom(path), Crumbs(path),
            statement.ContactEmail, statement.ContactPhone, statement.ResponseDays, compliance, statement.KnownIssues,
            Date(statement.LastTested), statement.TestedBy, Date(statement.Prepared), Date(statement.LastReviewed))
        {
            LastModified = planned.LastModified,
        };
    }

    private static HtmlString? Html(string? html) => html is null ? null : new HtmlString(html);
}

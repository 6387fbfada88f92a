using Plotly.NET;
using Plotly.NET.LayoutObjects;
using Plotly.NET.TraceObjects;
using StaticKpi.Formatting;
using StaticKpi.Model;
using StaticKpi.Scoring;
using StaticKpi.Shared;

namespace StaticKpi.Charts;

/// <summary>
/// Builds every chart of a site: the trend chart of each indicator page, the extra charts editors declare in
/// indicator files, and the rating distribution of each report. Construct one per build, with that build's
/// <see cref="ChartCaches"/>: they are its only mutable state, and thread-safe, so parallel page rendering may share
/// it. Each figure is deterministic: the same content gives the same ids, JSON, summary and CSV on every machine.
/// </summary>
public sealed class ChartBuilder
{
    /// <summary>The name of the projected trend line in the legend.</summary>
    public const string ProjectionName = "Projection (not data)";

    /// <summary>How a baseline or benchmark that is a running total is described.</summary>
    public const string CumulativeWord = "cumulative";

    /// <summary>The legend entry of the hollow rings around provisional values.</summary>
    public const string ProvisionalName = "Provisional (not yet validated)";

    /// <summary>The word after a provisional value in the chart's table and hover.</summary>
    public const string ProvisionalWord = "provisional";

    /// <summary>Used only when a site has no RAG policy at all for a period (the content loader normally prevents it).</summary>
    private static readonly RagPolicy FallbackPolicy = new("Default", Period.Quarter(2000, 1), 10m, false, null, false);

    /// <summary>A series with gaps is drawn with its missing periods only up to this many periods in all.</summary>
    private const int MaxSlots = 400;

    private readonly SiteConfig _config;
    private readonly ValueFormatter _formatter;
    private readonly ChartNarrative _narrative;
    private readonly RagPolicy? _earliestPolicy;
    // A point's table row and hover text are the same in the indicator's chart in every later report, so they are
    // made once per build.
    private readonly ChartCaches _caches;

    /// <param name="caches">The build's caches; a new, empty one when not given (a builder used on its own).</param>
    public ChartBuilder(SiteConfig config, ChartCaches? caches = null)
    {
        _config = config;
        _caches = caches ?? new ChartCaches();
        _formatter = new ValueFormatter(config.CurrencySymbol);
        _narrative = new ChartNarrative(_formatter);
        _earliestPolicy = config.RagPolicies.MinBy(p => p.EffectiveFrom);
    }

    /// <summary>
    /// The indicator's values up to the end of <paramref name="reportPeriod"/>, with each point's rating as its
    /// marker shape (hollow when provisional), each gap explained, the target (a step line, or a shaded band for a
    /// range), the baseline and benchmark lines and, where <see cref="ProjectionRules"/> allow, a projected trend.
    /// A year-to-date series is a line per financial year.
    /// </summary>
    public ChartFigure Trend(Indicator indicator, Period reportPeriod)
    {
        var id = $"chart-{indicator.Id}-{reportPeriod.Slug}-trend";
        var points = indicator.Series.TakeWhile(p => p.Period.Start <= reportPeriod.End).ToList();
        var scored = ReportScorer.ScoreIndicator(indicator, reportPeriod, PolicyFor(reportPeriod));
        (Rating Rating, bool Overridden) RatingAt(DataPoint p) =>
            ReferenceEquals(p, scored.Current) ? (scored.Rating, scored.Override is not null) : (RatingOf(indicator, p), p.Override is not null);

        var slots = Slots(points);
        var lines = TrendSeries.Lines(indicator, slots);
        var gaps = TrendSeries.Gaps(slots, lines);
        var projection = ProjectionRules.Choose(indicator, points, scored, _config.Projections);
        var categories = slots.Select(s => s.Period.DisplayName)
            .Concat(projection?.Periods.Select(p => p.DisplayName) ?? [])
            .ToList();

        var traces = new List<Trace>();
        var annotations = new List<Annotation>();
        if (points.Count > 0)
        {
            var keys = PlotlyText.EscapeAll(categories);
            // A year of a year-to-date series with no figure at all draws nothing; its gap note explains it.
            traces.AddRange(lines
                .Where(line => Enumerable.Range(line.First, line.Last - line.First + 1).Any(i => slots[i].HasValue))
                .Select(line => ActualTrace(indicator, slots, line, RatingAt)));
            traces.AddRange(gaps.Where(g => g.Bridged).Select(g => GapConnector(indicator, slots, g)));
            if (ProvisionalTrace(indicator, slots, RatingAt) is { } provisional)
            {
                traces.Add(provisional);
            }

            traces.AddRange(TargetTraces(indicator, slots, projection));
            if (indicator.Baseline is { } baseline)
            {
                traces.Add(BaselineTrace(indicator, baseline, keys));
            }

            traces.AddRange(BenchmarkTraces(indicator, keys));
            if (projection is not null)
            {
                traces.Add(ProjectionTrace(indicator, projection));
            }

            annotations.AddRange(gaps.Where(g => !g.Bridged).Select(g => GapNote(slots, g)));
        }

        var title = points.Count switch
        {
            0 => $"{indicator.Title}: no figures up to {reportPeriod.DisplayName}",
            1 => $"{indicator.Title}, {points[0].Period.DisplayName}",
            _ => $"{indicator.Title}, {points[0].Period.DisplayName} to {points[^1].Period.DisplayName}",
        };

        var layout = PlotlyObjects.Layout(title)
            .Set("xaxis", PlotlyObjects.CategoryAxis("Reporting period", categories))
            .Set("yaxis", ValueAxis(indicator.Unit))
            .Set("annotations", annotations.Count == 0 ? null : annotations.ToArray());

        var facts = new TrendFacts(
            reportPeriod,
            scored.Current,
            scored.Previous,
            scored.Target,
            scored.Current is null ? indicator.Status : indicator.StatusFor(scored.Current),
            scored.Rating,
            scored.Override is not null,
            projection?.ReachesTargetBy,
            projection?.MovingAway ?? false,
            projection is null ? null : new ProjectionFacts(projection.Basis.Count, projection.Basis[0].Period, projection.Latest.Period, projection.Periods.Count),
            TrendSeries.MissingSpans(slots),
            TrendSeries.MissingCount(slots));

        var table = new ChartTable(
            $"{indicator.Title}: value, target and rating by period",
            ["Period", "Value", "Target", "Rating"],
            [.. TableRows(indicator, slots, RatingAt)]);

        return Figure(id, title, _narrative.Trend(indicator, facts), table, traces, layout, points.Count(p => p.Value is not null));
    }

    /// <summary>
    /// A row per series entry, in order, and one row for each run of periods the series has no entry for
    /// ("2021/22 Q1 to 2022/23 Q4", "No data"), so the table shows the same gaps as the chart.
    /// </summary>
    private IEnumerable<IReadOnlyList<string>> TableRows(Indicator indicator, IReadOnlyList<Slot> slots, Func<DataPoint, (Rating Rating, bool Overridden)> ratingOf)
    {
        for (var i = 0; i < slots.Count; i++)
        {
            if (slots[i].Point is { } point)
            {
                yield return TextsOf(indicator, point, ratingOf(point)).Row;
                continue;
            }

            var last = i;
            while (last + 1 < slots.Count && slots[last + 1].Point is null)
            {
                last++;
            }

            var span = i == last ? slots[i].Period.DisplayName : $"{slots[i].Period.DisplayName} to {slots[last].Period.DisplayName}";
            yield return [span, ValueFormatter.NoData, "", Labels.Rating(Rating.NoData)];
            i = last;
        }
    }

    /// <summary>The target as the chart's table and hover say it: "No target" for a period before any target was set.</summary>
    private string TargetText(Indicator indicator, Target? target, IndicatorStatus? status) =>
        target is null && status is null && indicator.Status is null
            ? Labels.Rating(Rating.NoTarget)
            : _formatter.Target(target, status, indicator.Unit, indicator.Precision);

    /// <summary>
    /// A point's texts in the trend chart. An indicator's chart in each later report repeats the points of the earlier
    /// ones, so they are made once per build and the row shared (the templates then render it once too).
    /// </summary>
    private ChartCaches.PointTexts TextsOf(Indicator indicator, DataPoint point, (Rating Rating, bool Overridden) rating) =>
        _caches.Points.GetOrAdd((point, rating.Rating, rating.Overridden), key =>
        {
            var value = _formatter.Value(point.Value, indicator.Unit, indicator.Precision);
            var target = TargetText(indicator, indicator.TargetFor(point), indicator.StatusFor(point));
            var ratingText = Labels.Rating(key.Rating) + (key.Overridden ? " (overridden)" : "");
            var period = point.Label is null ? point.Period.DisplayName : $"{point.Period.DisplayName} ({point.Label})";
            var shown = point.Provisional && point.Value is not null ? $"{value} ({ProvisionalWord})" : value;
            string[] hover = point.Provisional && point.Value is not null
                ? [$"{point.DisplayLabel}: {shown}", ProvisionalName, $"Rating: {ratingText}", $"Target: {target}"]
                : [$"{point.DisplayLabel}: {shown}", $"Rating: {ratingText}", $"Target: {target}"];
            return new ChartCaches.PointTexts(new SharedRow([period, shown, target, ratingText]), PlotlyText.Lines(hover));
        });

    /// <summary>The extra charts declared in the indicator's file for <paramref name="reportPeriod"/>, in file order.</summary>
    public IReadOnlyList<ChartFigure> Extras(Indicator indicator, Period reportPeriod) =>
        [.. indicator.Charts
            .Where(c => c.Period == reportPeriod)
            .Select((spec, i) => Extra(spec, $"chart-{indicator.Id}-{reportPeriod.Slug}-extra-{i + 1}"))];

    /// <summary>A bar per rating of the report's summary table, labelled with its count and percentage.</summary>
    public ChartFigure RatingDistribution(ScoredReport report)
    {
        var period = report.Report.Period;
        var id = $"chart-report-{Slugs.From(report.Report.CommitteeKey)}-{period.Slug}-ratings";
        var title = $"{report.Committee.Name}: indicators by rating, {period.DisplayName}";
        var rows = report.Summary;
        var names = rows.Select(r => Labels.Rating(r.Rating)).ToArray();
        var largest = rows.Select(r => r.Count).DefaultIfEmpty(0).Max();

        var bar = PlotlyObjects.Bar("Indicators")
            .Set("x", PlotlyText.EscapeAll(names))
            .Set("y", rows.Select(r => (double?)r.Count).ToArray())
            .Set("text", rows.Select(r => PlotlyText.Escape($"{r.Count} ({r.Percent}%)")).ToArray())
            .Set("textposition", "outside")
            .Set("cliponaxis", false)
            .Set("hovertext", rows.Select(r => PlotlyText.Escape($"{Labels.Rating(r.Rating)}: {r.Count} {(r.Count == 1 ? "indicator" : "indicators")} ({r.Percent}%)")).ToArray())
            .Set("hoverinfo", "text")
            .Set("showlegend", false)
            .Set("marker", PlotlyObjects.Marker()
                .Set("color", rows.Select(r => ChartPalette.RatingColour(r.Rating)).ToArray())
                .Set("line", PlotlyObjects.Outline(ChartPalette.Text, 1)));

        var yaxis = PlotlyObjects.Axis("Number of indicators")
            .Set("rangemode", "tozero")
            .Set("range", new double[] { 0, Math.Ceiling(Math.Max(1, largest) * 1.2) })
            .Set("tickformat", ",d")
            .Set("dtick", largest <= 10 ? 1 : null);
        var layout = PlotlyObjects.Layout(title)
            .Set("xaxis", PlotlyObjects.CategoryAxis("Rating", names))
            .Set("yaxis", yaxis)
            .Set("showlegend", false);

        var table = new ChartTable(
            $"Indicators by rating, {period.DisplayName}",
            ["Rating", "Number of indicators", "Percentage"],
            [.. rows.Select(r => (IReadOnlyList<string>)[Labels.Rating(r.Rating), Invariant(r.Count), Invariant(r.Percent) + "%"])]);

        return Figure(id, title, ChartNarrative.RatingDistribution(rows), table, [bar], layout, rows.Count(r => r.Count > 0));
    }

    private ChartFigure Extra(ChartSpec spec, string id)
    {
        var categories = spec.Categories.ToArray();
        // The categories as plotly.js text: the x values of every trace, and the axis's own (see CategoryAxis).
        var keys = PlotlyText.EscapeAll(categories);
        var traces = new List<Trace>();
        var bars = 0;
        var lines = 0;
        var hasSecondary = false;
        for (var s = 0; s < spec.Series.Count; s++)
        {
            var series = spec.Series[s];
            var scale = ChartNumbers.ScaleOf(series.Values);
            var colour = ChartPalette.Cycle(ChartPalette.Series, s);
            var hover = series.Values
                .Select((v, i) => PlotlyText.Lines(series.Name, $"{categories[i]}: {(v is { } d ? ChartNumbers.Format(d, scale) : ValueFormatter.NoData)}"))
                .ToArray();
            var secondary = series.Axis == ChartAxis.Secondary;
            hasSecondary |= secondary;

            Trace trace;
            if (series.Kind == SeriesKind.Bar)
            {
                var marker = PlotlyObjects.Marker().Set("color", colour);
                if (bars > 0)
                {
                    marker.Set("pattern", new Pattern()
                        .Set("shape", ChartPalette.Cycle(ChartPalette.BarPatterns, bars))
                        .Set("fillmode", "overlay")
                        .Set("fgcolor", ChartPalette.Background)
                        .Set("solidity", 0.3));
                }

                trace = PlotlyObjects.Bar(series.Name).Set("marker", marker);
                bars++;
            }
            else
            {
                trace = PlotlyObjects.Scatter(series.Name)
                    .Set("mode", "lines+markers")
                    .Set("connectgaps", false)
                    .Set("line", PlotlyObjects.Line(colour, ChartPalette.Cycle(ChartPalette.Dashes, lines), 3))
                    .Set("marker", PlotlyObjects.Marker()
                        .Set("symbol", ChartPalette.Cycle(ChartPalette.Symbols, lines))
                        .Set("size", 9)
                        .Set("color", colour));
                lines++;
            }

            traces.Add(trace
                .Set("x", keys)
                .Set("y", series.Values.Select(v => (double?)v).ToArray())
                .Set("hovertext", hover)
                .Set("hoverinfo", "text")
                .Set("yaxis", secondary ? "y2" : null));
        }

        var firstScale = ChartNumbers.ScaleOf(spec.Series[0].Values);
        for (var b = 0; b < spec.Benchmarks.Count; b++)
        {
            var benchmark = spec.Benchmarks[b];
            var text = $"{benchmark.Name}: {ChartNumbers.Format(benchmark.Value, Math.Max(firstScale, benchmark.Value.Scale))}";
            traces.Add(ReferenceLine(benchmark.Name, benchmark.Value, keys,
                ChartPalette.Cycle(ChartPalette.ReferenceLines, b), ChartPalette.Cycle(ChartPalette.Dashes, b + 1), text));
        }

        var layout = PlotlyObjects.Layout(spec.Title)
            .Set("barmode", "group")
            .Set("xaxis", PlotlyObjects.CategoryAxis(spec.XTitle, categories, wrapAt: 18))
            .Set("yaxis", PlotlyObjects.Axis(spec.YTitle).Set("rangemode", "tozero").Set("separatethousands", true));
        if (hasSecondary)
        {
            layout.Set("yaxis2", PlotlyObjects.Axis(spec.Y2Title)
                .Set("overlaying", "y")
                .Set("side", "right")
                .Set("showgrid", false)
                .Set("rangemode", "tozero")
                .Set("separatethousands", true));
        }

        var scales = spec.Series.Select(s => ChartNumbers.ScaleOf(s.Values)).ToList();
        var rows = new List<IReadOnlyList<string>>();
        for (var i = 0; i < categories.Length; i++)
        {
            rows.Add([categories[i], .. spec.Series.Select((s, k) => s.Values[i] is { } v ? ChartNumbers.Format(v, scales[k]) : ValueFormatter.NoData)]);
        }

        foreach (var benchmark in spec.Benchmarks)
        {
            rows.Add([benchmark.Name, ChartNumbers.Format(benchmark.Value, Math.Max(firstScale, benchmark.Value.Scale)), .. spec.Series.Skip(1).Select(_ => "")]);
        }

        var caption = spec.Benchmarks.Count switch
        {
            0 => spec.Title,
            1 => $"{spec.Title} (the last row is a reference line)",
            var n => $"{spec.Title} (the last {n} rows are reference lines)",
        };
        var table = new ChartTable(caption, [spec.XTitle ?? "Category", .. spec.Series.Select(s => s.Name)], rows);
        var pointCount = spec.Series.Sum(s => s.Values.Count(v => v is not null));
        return Figure(id, spec.Title, ChartNarrative.Extra(spec), table, traces, layout, pointCount);
    }

    /// <summary>One line of values (the whole series, or one financial year of a year-to-date series).</summary>
    private Trace ActualTrace(Indicator indicator, IReadOnlyList<Slot> slots, SeriesLine line, Func<DataPoint, (Rating Rating, bool Overridden)> ratingOf)
    {
        var shown = slots.Skip(line.First).Take(line.Last - line.First + 1).ToList();
        var ratings = shown.Select(s => s.Point is null ? (Rating: Rating.NoData, Overridden: false) : ratingOf(s.Point)).ToList();
        var hover = shown.Select((s, i) => s.Point is { } p
            ? TextsOf(indicator, p, ratings[i]).Hover
            : PlotlyText.Escape($"{s.Period.DisplayName}: no figure")).ToArray();

        return PlotlyObjects.Scatter(line.Name)
            .Set("mode", "lines+markers")
            .Set("x", shown.Select(s => PlotlyText.Escape(s.Period.DisplayName)).ToArray())
            .Set("y", shown.Select(s => (double?)s.Point?.Value).ToArray())
            .Set("connectgaps", false)
            .Set("hovertext", hover)
            .Set("hoverinfo", "text")
            .Set("line", PlotlyObjects.Line(ChartPalette.Actual, width: 3))
            .Set("marker", PlotlyObjects.Marker()
                .Set("symbol", shown.Select((s, i) => ChartPalette.RatingSymbol(ratings[i].Rating, s.Point?.Provisional ?? false)).ToArray())
                .Set("color", ratings.Select(r => ChartPalette.RatingColour(r.Rating)).ToArray())
                .Set("size", 12)
                .Set("line", PlotlyObjects.Outline(ChartPalette.Background, 1)));
    }

    /// <summary>
    /// A dotted line across a gap between two values of one line, named for the missing periods ("No data for
    /// 2021/22") so the break is explained in the legend; its hover adds the entries' notes. It passes through the
    /// missing periods only so that hovering there explains them.
    /// </summary>
    private static Trace GapConnector(Indicator indicator, IReadOnlyList<Slot> slots, SeriesGap gap)
    {
        var from = slots[gap.First - 1].Point!.Value!.Value;
        var to = slots[gap.Last + 1].Point!.Value!.Value;
        var steps = gap.Last - gap.First + 2;
        var x = new List<string>();
        var y = new List<double?>();
        for (var k = 0; k <= steps; k++)
        {
            x.Add(slots[gap.First - 1 + k].Period.DisplayName);
            y.Add((double)Math.Round(from + ((to - from) * k / steps), indicator.Precision + 1, MidpointRounding.AwayFromZero));
        }

        var hover = PlotlyText.Escape(gap.Explanation);
        return PlotlyObjects.Scatter(gap.Label)
            .Set("mode", "lines")
            .Set("x", PlotlyText.EscapeAll(x))
            .Set("y", y.ToArray())
            .Set("hovertext", x.Select(_ => hover).ToArray())
            .Set("hoverinfo", "text")
            .Set("legendgroup", "gaps")
            .Set("line", PlotlyObjects.Line(ChartPalette.Actual, "dot", 2));
    }

    /// <summary>
    /// "No data" written at the foot of a gap that no line crosses (before a line's first value or after its last),
    /// with the missing periods and the entries' notes in its hover.
    /// </summary>
    private static Annotation GapNote(IReadOnlyList<Slot> slots, SeriesGap gap) =>
        new Annotation()
            .Set("x", PlotlyText.Escape(slots[(gap.First + gap.Last) / 2].Period.DisplayName))
            .Set("xref", "x")
            .Set("y", 0.0)
            .Set("yref", "paper")
            .Set("yanchor", "bottom")
            .Set("text", PlotlyText.Escape(ValueFormatter.NoData))
            .Set("hovertext", PlotlyText.Escape(gap.Explanation))
            .Set("showarrow", false)
            .Set("font", new Font().Set("color", ChartPalette.Text).Set("size", 13));

    /// <summary>
    /// A ring around each provisional value, whose legend entry says what the hollow markers mean; null when the
    /// chart has no provisional value.
    /// </summary>
    private Trace? ProvisionalTrace(Indicator indicator, IReadOnlyList<Slot> slots, Func<DataPoint, (Rating Rating, bool Overridden)> ratingOf)
    {
        var provisional = slots.Select(s => s.Point).OfType<DataPoint>().Where(p => p.Provisional && p.Value is not null).ToList();
        if (provisional.Count == 0)
        {
            return null;
        }

        return PlotlyObjects.Scatter(ProvisionalName)
            .Set("mode", "markers")
            .Set("x", provisional.Select(p => PlotlyText.Escape(p.Period.DisplayName)).ToArray())
            .Set("y", provisional.Select(p => (double?)p.Value).ToArray())
            .Set("hovertext", provisional.Select(p => TextsOf(indicator, p, ratingOf(p)).Hover).ToArray())
            .Set("hoverinfo", "text")
            .Set("marker", PlotlyObjects.Marker()
                .Set("symbol", "circle-open")
                .Set("size", 22)
                .Set("color", ChartPalette.Text)
                .Set("line", PlotlyObjects.Outline(ChartPalette.Text, 2)));
    }

    /// <summary>The target as a step line (it can change between periods), or two bounds with the band between shaded.</summary>
    private IEnumerable<Trace> TargetTraces(Indicator indicator, IReadOnlyList<Slot> slots, Projection? projection)
    {
        // Each period has the target in force for it (none before the first target was set), a period missing
        // from the series included.
        var targets = slots.Select(s => s.Point is { } p ? indicator.TargetFor(p) : indicator.TargetInForce(s.Period)).ToList();
        var x = slots.Select(s => s.Period.DisplayName).ToList();
        if (projection is not null)
        {
            // The target carried on under the projection, so a reader can see where they would meet: the one in force
            // for each period when targets change by period, else the latest.
            var latest = targets.FindLast(t => t is not null);
            foreach (var period in projection.Periods)
            {
                x.Add(period.DisplayName);
                targets.Add(indicator.Targets.Count > 0 ? indicator.TargetInForce(period) : latest);
            }
        }

        var xs = PlotlyText.EscapeAll(x);
        if (targets.Any(t => t is Target.Value))
        {
            var values = targets.Select(t => t is Target.Value v ? (double?)v.Amount : null).ToArray();
            var hover = targets.Select((t, i) => t is Target.Value v ? PlotlyText.Escape($"Target for {x[i]}: {Format(indicator, v.Amount)}") : null).ToArray();
            yield return PlotlyObjects.Scatter("Target")
                .Set("mode", "lines+markers")
                .Set("x", xs)
                .Set("y", values)
                .Set("connectgaps", false)
                .Set("hovertext", hover)
                .Set("hoverinfo", "text")
                .Set("line", PlotlyObjects.Line(ChartPalette.Target).Set("shape", "hv"))
                .Set("marker", PlotlyObjects.Marker()
                    .Set("symbol", "line-ew")
                    .Set("size", 14)
                    .Set("color", ChartPalette.Target)
                    .Set("line", PlotlyObjects.Outline(ChartPalette.Target, 2)));
        }

        if (targets.Any(t => t is Target.Range))
        {
            var hover = targets.Select((t, i) => t is Target.Range r
                ? PlotlyText.Escape($"Target range for {x[i]}: {Format(indicator, r.Min)} to {Format(indicator, r.Max)}")
                : null).ToArray();
            yield return PlotlyObjects.Scatter("Target range (lower bound)")
                .Set("mode", "lines")
                .Set("x", xs)
                .Set("y", targets.Select(t => t is Target.Range r ? (double?)r.Min : null).ToArray())
                .Set("hovertext", hover)
                .Set("hoverinfo", "text")
                .Set("legendgroup", "target-range")
                .Set("showlegend", false)
                .Set("line", PlotlyObjects.Line(ChartPalette.Target, width: 1).Set("shape", "hv"));
            yield return PlotlyObjects.Scatter("Target range")
                .Set("mode", "lines")
                .Set("x", xs)
                .Set("y", targets.Select(t => t is Target.Range r ? (double?)r.Max : null).ToArray())
                .Set("hovertext", hover)
                .Set("hoverinfo", "text")
                .Set("legendgroup", "target-range")
                .Set("fill", "tonexty")
                .Set("fillcolor", ChartPalette.TargetBand)
                .Set("line", PlotlyObjects.Line(ChartPalette.Target, width: 1).Set("shape", "hv"));
        }
    }

    /// <param name="keys">The categories of the axis as plotly.js text.</param>
    private IEnumerable<Trace> BenchmarkTraces(Indicator indicator, IReadOnlyList<string> keys)
    {
        foreach (var benchmark in indicator.Benchmarks)
        {
            string[] about = [.. new[] { benchmark.Period?.DisplayName, benchmark.Cumulative ? CumulativeWord : null }.OfType<string>()];
            var name = (benchmark.Label ?? Labels.Benchmark(benchmark.Kind)) +
                       (about.Length == 0 ? "" : $" ({string.Join(", ", about)})");
            var (colour, dash) = ChartPalette.BenchmarkStyle(benchmark.Kind);
            yield return ReferenceLine(name, benchmark.Value, keys, colour, dash, $"{name}: {Format(indicator, benchmark.Value)}");
        }
    }

    /// <summary>
    /// The baseline as a reference line: "Baseline: 872 (2022/23, cumulative)", with where it was taken from and any
    /// note in its hover.
    /// </summary>
    /// <param name="keys">The categories of the axis as plotly.js text.</param>
    private Trace BaselineTrace(Indicator indicator, Baseline baseline, IReadOnlyList<string> keys)
    {
        var span = baseline.From is not { } from ? null
            : baseline.To is not { } to || to == from ? from.DisplayName
            : $"{from.DisplayName} to {to.DisplayName}";
        string[] about = [.. new[] { span, baseline.Cumulative ? CumulativeWord : null }.OfType<string>()];
        var name = $"Baseline: {Format(indicator, baseline.Value)}" + (about.Length == 0 ? "" : $" ({string.Join(", ", about)})");
        var hover = PlotlyText.Lines([
            $"Baseline: {Format(indicator, baseline.Value)}",
            span is null ? "The period it was taken from is not given" : $"Taken from {span}",
            baseline.Cumulative ? "A cumulative figure (a running total)" : "A figure for one period",
            .. baseline.Note is null ? Array.Empty<string>() : [baseline.Note],
        ]);
        return PlotlyObjects.Scatter(name)
            .Set("mode", "lines")
            .Set("x", new[] { keys[0], keys[^1] })
            .Set("y", new double?[] { (double)baseline.Value, (double)baseline.Value })
            .Set("hovertext", new[] { hover, hover })
            .Set("hoverinfo", "text")
            .Set("line", PlotlyObjects.Line(ChartPalette.Baseline, "longdashdot"));
    }

    /// <summary>A horizontal line across the chart at <paramref name="value"/>: a benchmark. The name and hover are plain text.</summary>
    /// <param name="keys">The categories of the axis as plotly.js text; the line runs from the first to the last.</param>
    private static Trace ReferenceLine(string name, decimal value, IReadOnlyList<string> keys, string colour, string dash, string hover)
    {
        var escapedHover = PlotlyText.Escape(hover);
        return PlotlyObjects.Scatter(name)
            .Set("mode", "lines")
            .Set("x", new[] { keys[0], keys[^1] })
            .Set("y", new double?[] { (double)value, (double)value })
            .Set("hovertext", new[] { escapedHover, escapedHover })
            .Set("hoverinfo", "text")
            .Set("line", PlotlyObjects.Line(colour, dash));
    }

    /// <summary>
    /// The projected values as a dashed line with open markers. It starts from the latest actual value, without a
    /// marker there (the actual point's own marker shows it), so nothing sits on top of the latest figure.
    /// </summary>
    private Trace ProjectionTrace(Indicator indicator, Projection projection)
    {
        var latest = projection.Latest;
        var names = projection.Periods.Prepend(latest.Period).Select(p => p.DisplayName).ToArray();
        var y = projection.Values.Prepend(latest.Value!.Value).ToArray();
        var hover = names.Select((p, k) => PlotlyText.Escape(k == 0
            ? $"Projection starts from the latest figure, {p}: {Format(indicator, y[k])}"
            : $"Projection for {p}: {Format(indicator, y[k])} (not data)")).ToArray();
        return PlotlyObjects.Scatter(ProjectionName)
            .Set("mode", "lines+markers")
            .Set("x", PlotlyText.EscapeAll(names))
            .Set("y", y.Select(v => (double?)v).ToArray())
            .Set("hovertext", hover)
            .Set("hoverinfo", "text")
            .Set("line", PlotlyObjects.Line(ChartPalette.Projection, "dash"))
            .Set("marker", PlotlyObjects.Marker()
                .Set("symbol", "circle-open")
                .Set("size", names.Select((_, k) => k == 0 ? 0.0 : 9.0).ToArray())
                .Set("color", ChartPalette.Projection));
    }

    private Rating RatingOf(Indicator indicator, DataPoint point)
    {
        var computed = ReportScorer.RateValue(indicator, point, PolicyFor(point.Period));
        return point.Override?.Rating ?? computed;
    }

    private RagPolicy PolicyFor(Period period) => _config.PolicyFor(period) ?? _earliestPolicy ?? FallbackPolicy;

    private Plotly.NET.LayoutObjects.LinearAxis ValueAxis(Unit unit)
    {
        var title = unit switch
        {
            Unit.Percent => "Percentage (%)",
            Unit.Currency => $"Amount ({_config.CurrencySymbol})",
            Unit.Days => "Days",
            Unit.Hours => "Hours",
            Unit.Stars => "Stars",
            Unit.Score => "Score",
            Unit.Ratio => "Ratio",
            _ => "Number",
        };
        return PlotlyObjects.Axis(title)
            .Set("separatethousands", true)
            .Set("ticksuffix", unit == Unit.Percent ? "%" : null)
            .Set("tickprefix", unit == Unit.Currency ? PlotlyText.Escape(_config.CurrencySymbol) : null);
    }

    private string Format(Indicator indicator, decimal value) => _formatter.Value(value, indicator.Unit, indicator.Precision);

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static ChartFigure Figure(string id, string title, string summary, ChartTable table, IEnumerable<Trace> traces, Layout layout, int pointCount)
    {
        var json = PlotlyJson.Serialize(PlotlyObjects.Figure(traces, layout));
        return new ChartFigure(id, title, summary, table, json, ChartCsv.Write(table), pointCount);
    }

    /// <summary>
    /// The periods along the time axis: when every point is the same kind of period, every period from the first to
    /// the last, so a missing quarter is a visible gap rather than two quarters drawn side by side.
    /// </summary>
    private static IReadOnlyList<Slot> Slots(IReadOnlyList<DataPoint> points)
    {
        var direct = points.Select(p => new Slot(p.Period, p)).ToList();
        if (points.Count < 2 || points.Any(p => p.Period.Kind != points[0].Period.Kind))
        {
            return direct;
        }

        var span = PeriodSteps.Index(points[0].Period, points[^1].Period)!.Value + 1;
        if (span > MaxSlots)
        {
            return direct;
        }

        var byPeriod = points.ToDictionary(p => p.Period);
        var slots = new List<Slot>(span);
        for (var period = points[0].Period; period.CompareTo(points[^1].Period) <= 0; period = PeriodSteps.Next(period))
        {
            slots.Add(new Slot(period, byPeriod.GetValueOrDefault(period)));
        }

        return slots;
    }

}

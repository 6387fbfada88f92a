using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Plotly.NET;
using Plotly.NET.TraceObjects;
using StaticKpi.Content;
using StaticKpi.Formatting;
using StaticKpi.Model;
using StaticKpi.Scoring;

namespace StaticKpi.Charts;

/// <summary>
/// Builds every chart of a site: the trend chart of each indicator page, the extra charts editors declare in
/// indicator files, and the rating distribution of each report. Construct one per build; it holds no mutable
/// state, so parallel page rendering may share it. Each figure is deterministic: the same content gives the same
/// ids, JSON, summary and CSV on every machine.
/// </summary>
public sealed class ChartBuilder
{
    /// <summary>The name of the projected trend line in the legend.</summary>
    public const string ProjectionName = "Projection (not data)";

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
    private readonly ConcurrentDictionary<(DataPoint Point, Rating Rating, bool Overridden), PointTexts> _pointTexts = new(PointRatingComparer.Instance);

    public ChartBuilder(SiteConfig config)
    {
        _config = config;
        _formatter = new ValueFormatter(config.CurrencySymbol);
        _narrative = new ChartNarrative(_formatter);
        _earliestPolicy = config.RagPolicies.MinBy(p => p.EffectiveFrom);
    }

    /// <summary>
    /// The indicator's values up to the end of <paramref name="reportPeriod"/>, with each point's rating as its
    /// marker shape, the target (a step line, or a shaded band for a range), benchmark lines and a projected trend.
    /// </summary>
    public ChartFigure Trend(Indicator indicator, Period reportPeriod)
    {
        var id = $"chart-{indicator.Id}-{reportPeriod.Slug}-trend";
        var points = indicator.Series.TakeWhile(p => p.Period.Start <= reportPeriod.End).ToList();
        var scored = ReportScorer.ScoreIndicator(indicator, reportPeriod, PolicyFor(reportPeriod));
        (Rating Rating, bool Overridden) RatingAt(DataPoint p) =>
            ReferenceEquals(p, scored.Current) ? (scored.Rating, scored.Override is not null) : (RatingOf(indicator, p), p.Override is not null);
        var ratings = points.Select(RatingAt).ToList();

        var slots = Slots(points);
        var projection = Project(indicator, points, scored);
        var categories = slots.Select(s => s.Period.DisplayName)
            .Concat(projection?.Periods.Select(p => p.DisplayName) ?? [])
            .ToList();

        var traces = new List<Trace>();
        if (points.Count > 0)
        {
            traces.Add(ActualTrace(indicator, slots, RatingAt));
            traces.AddRange(TargetTraces(indicator, slots, projection));
            traces.AddRange(BenchmarkTraces(indicator, PlotlyText.EscapeAll(categories)));
            if (projection is not null)
            {
                traces.Add(ProjectionTrace(indicator, projection));
            }
        }

        var title = points.Count switch
        {
            0 => $"{indicator.Title}: no figures up to {reportPeriod.DisplayName}",
            1 => $"{indicator.Title}, {points[0].Period.DisplayName}",
            _ => $"{indicator.Title}, {points[0].Period.DisplayName} to {points[^1].Period.DisplayName}",
        };

        var layout = PlotlyObjects.Layout(title)
            .Set("xaxis", PlotlyObjects.CategoryAxis("Reporting period", categories))
            .Set("yaxis", ValueAxis(indicator.Unit));

        var facts = new TrendFacts(
            reportPeriod,
            scored.Current,
            scored.Previous,
            scored.Target,
            scored.Current is null ? indicator.Status : indicator.StatusFor(scored.Current),
            scored.Rating,
            scored.Override is not null,
            projection?.ReachesTargetBy,
            projection?.MovingAway ?? false);

        var table = new ChartTable(
            $"{indicator.Title}: value, target and rating by period",
            ["Period", "Value", "Target", "Rating"],
            [.. points.Select((p, i) => TextsOf(indicator, p, ratings[i]).Row)]);

        return Figure(id, title, _narrative.Trend(indicator, facts), table, traces, layout, points.Count(p => p.Value is not null));
    }

    /// <summary>A point's row of the trend chart's data table and its hover text, which say the same things.</summary>
    private sealed record PointTexts(SharedRow Row, string Hover);

    /// <summary>
    /// A point's texts in the trend chart. An indicator's chart in each later report repeats the points of the earlier
    /// ones, so they are made once per build and the row shared (the templates then render it once too).
    /// </summary>
    private PointTexts TextsOf(Indicator indicator, DataPoint point, (Rating Rating, bool Overridden) rating) =>
        _pointTexts.GetOrAdd((point, rating.Rating, rating.Overridden), key =>
        {
            var value = _formatter.Value(point.Value, indicator.Unit, indicator.Precision);
            var target = _formatter.Target(indicator.TargetFor(point), indicator.StatusFor(point), indicator.Unit, indicator.Precision);
            var ratingText = Labels.Rating(key.Rating) + (key.Overridden ? " (overridden)" : "");
            var period = point.Label is null ? point.Period.DisplayName : $"{point.Period.DisplayName} ({point.Label})";
            return new PointTexts(
                new SharedRow([period, value, target, ratingText]),
                PlotlyText.Lines($"{point.DisplayLabel}: {value}", $"Rating: {ratingText}", $"Target: {target}"));
        });

    /// <summary>Compares data points by identity: two indicators' points can hold equal values but belong to different rows.</summary>
    private sealed class PointRatingComparer : IEqualityComparer<(DataPoint Point, Rating Rating, bool Overridden)>
    {
        public static readonly PointRatingComparer Instance = new();

        public bool Equals((DataPoint Point, Rating Rating, bool Overridden) x, (DataPoint Point, Rating Rating, bool Overridden) y) =>
            ReferenceEquals(x.Point, y.Point) && x.Rating == y.Rating && x.Overridden == y.Overridden;

        public int GetHashCode((DataPoint Point, Rating Rating, bool Overridden) key) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(key.Point), key.Rating, key.Overridden);
    }

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

    private Trace ActualTrace(Indicator indicator, IReadOnlyList<Slot> slots, Func<DataPoint, (Rating Rating, bool Overridden)> ratingOf)
    {
        var ratings = slots.Select(s => s.Point is null ? (Rating: Rating.NoData, Overridden: false) : ratingOf(s.Point)).ToList();
        var hover = slots.Select((s, i) => s.Point is { } p
            ? TextsOf(indicator, p, ratings[i]).Hover
            : PlotlyText.Escape($"{s.Period.DisplayName}: no figure")).ToArray();

        return PlotlyObjects.Scatter("Actual")
            .Set("mode", "lines+markers")
            .Set("x", slots.Select(s => PlotlyText.Escape(s.Period.DisplayName)).ToArray())
            .Set("y", slots.Select(s => (double?)s.Point?.Value).ToArray())
            .Set("connectgaps", false)
            .Set("hovertext", hover)
            .Set("hoverinfo", "text")
            .Set("line", PlotlyObjects.Line(ChartPalette.Actual, width: 3))
            .Set("marker", PlotlyObjects.Marker()
                .Set("symbol", ratings.Select(r => ChartPalette.RatingSymbol(r.Rating)).ToArray())
                .Set("color", ratings.Select(r => ChartPalette.RatingColour(r.Rating)).ToArray())
                .Set("size", 12)
                .Set("line", PlotlyObjects.Outline(ChartPalette.Background, 1)));
    }

    /// <summary>The target as a step line (it can change between periods), or two bounds with the band between shaded.</summary>
    private IEnumerable<Trace> TargetTraces(Indicator indicator, IReadOnlyList<Slot> slots, Projected? projection)
    {
        // A period missing from the series has the indicator's default target.
        var targets = slots.Select(s => s.Point is { } p ? indicator.TargetFor(p) : indicator.Target).ToList();
        var x = slots.Select(s => s.Period.DisplayName).ToList();
        if (projection is not null)
        {
            // The current target carried on under the projection, so a reader can see where they would meet.
            var latest = targets.FindLast(t => t is not null);
            foreach (var period in projection.Periods)
            {
                x.Add(period.DisplayName);
                targets.Add(latest);
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
            var name = (benchmark.Label ?? Labels.Benchmark(benchmark.Kind)) +
                       (benchmark.Period is null ? "" : $" ({benchmark.Period.DisplayName})");
            var (colour, dash) = ChartPalette.BenchmarkStyle(benchmark.Kind);
            yield return ReferenceLine(name, benchmark.Value, keys, colour, dash, $"{name}: {Format(indicator, benchmark.Value)}");
        }
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

    private Trace ProjectionTrace(Indicator indicator, Projected projection)
    {
        var names = projection.Periods.Prepend(projection.From).Select(p => p.DisplayName).ToArray();
        var y = Enumerable.Range(0, names.Length)
            .Select(k => Math.Round(projection.Line.ValueAt(projection.FromIndex + k), indicator.Precision + 1, MidpointRounding.AwayFromZero))
            .ToArray();
        var hover = names.Select((p, k) => PlotlyText.Escape(k == 0
            ? $"Projection starts at {p}: {Format(indicator, y[k])} on the recent trend"
            : $"Projection for {p}: {Format(indicator, y[k])} (not data)")).ToArray();
        return PlotlyObjects.Scatter(ProjectionName)
            .Set("mode", "lines+markers")
            .Set("x", PlotlyText.EscapeAll(names))
            .Set("y", y.Select(v => (double?)v).ToArray())
            .Set("hovertext", hover)
            .Set("hoverinfo", "text")
            .Set("line", PlotlyObjects.Line(ChartPalette.Projection, "dash"))
            .Set("marker", PlotlyObjects.Marker().Set("symbol", "circle-open").Set("size", 9).Set("color", ChartPalette.Projection));
    }

    /// <summary>
    /// The least-squares line through the latest values (of the same kind of period as the latest one), drawn
    /// <see cref="TrendProjection.PeriodsAhead"/> periods on, and when the current value misses its target, the
    /// period in which the line would reach it.
    /// </summary>
    private static Projected? Project(Indicator indicator, IReadOnlyList<DataPoint> points, ScoredIndicator scored)
    {
        var latest = points.LastOrDefault(p => p.Value is not null);
        if (latest is null)
        {
            return null;
        }

        var recent = points.Where(p => p.Value is not null && p.Period.Kind == latest.Period.Kind).TakeLast(TrendProjection.MaxPoints).ToList();
        var origin = recent[0].Period;
        var fitted = recent.Select(p => (PeriodSteps.Index(origin, p.Period)!.Value, p.Value!.Value)).ToList();
        if (TrendProjection.Fit(fitted) is not { } line)
        {
            return null;
        }

        var fromIndex = fitted[^1].Item1;
        var periods = new List<Period>();
        var next = latest.Period;
        for (var k = 0; k < TrendProjection.PeriodsAhead; k++)
        {
            next = PeriodSteps.Next(next);
            periods.Add(next);
        }

        Period? reachesBy = null;
        var movingAway = false;
        var offTarget = scored.ComputedRating is Rating.Red or Rating.Amber;
        if (offTarget && ReferenceEquals(scored.Current, latest) && latest.Value is { } current &&
            GoalOf(scored.Target, current) is { } goal)
        {
            if (TrendProjection.PeriodsToReach(line, fromIndex, current, goal) is { } steps and > 0)
            {
                reachesBy = latest.Period;
                for (var k = 0; k < steps; k++)
                {
                    reachesBy = PeriodSteps.Next(reachesBy);
                }
            }
            else
            {
                movingAway = TrendProjection.MovesAway(line, current, goal);
            }
        }

        return new Projected(line, latest.Period, fromIndex, periods, reachesBy, movingAway);
    }

    /// <summary>The value to reach: the target, or the nearer bound of a range the value is outside.</summary>
    private static decimal? GoalOf(Target? target, decimal current) => target switch
    {
        Target.Value v => v.Amount,
        Target.Range r when current < r.Min => r.Min,
        Target.Range r when current > r.Max => r.Max,
        _ => null,
    };

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

    private sealed record Slot(Period Period, DataPoint? Point);

    private sealed record Projected(TrendLine Line, Period From, int FromIndex, IReadOnlyList<Period> Periods, Period? ReachesTargetBy, bool MovingAway);
}

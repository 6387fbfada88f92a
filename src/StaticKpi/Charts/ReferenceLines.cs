using Plotly.NET;
using StaticKpi.Formatting;
using StaticKpi.Localisation;
using StaticKpi.Model;
using static StaticKpi.Charts.PlotlyAttributes;

namespace StaticKpi.Charts;

/// <summary>
/// The lines a trend chart measures the figures against: the target (a step line, or a shaded band for a range), the
/// baseline and the benchmarks. <see cref="Horizontal"/> also draws an extra chart's reference lines.
/// </summary>
internal sealed class ReferenceLines(ValueFormatter formatter)
{
    // Each trace's style, built once with the typed API; a chart copies one and adds its data.
    private static readonly Trace TargetStyle = PlotlyObjects.Named(PlotlyObjects.Scatter(PlotlyTyped.Scatter(
        Mode: StyleParam.Mode.Lines_Markers,
        ConnectGaps: false,
        HoverInfo: StyleParam.HoverInfo.Text,
        Line: PlotlyObjects.Line(ChartPalette.Target, shape: StyleParam.Shape.Hv),
        Marker: PlotlyTyped.Marker(
                Size: 14, Color: Color.fromString(ChartPalette.Target), Outline: PlotlyObjects.Outline(ChartPalette.Target, 2))
            .With(Symbol, "line-ew"))), "Target");

    private static readonly Trace LowerBoundStyle = PlotlyObjects.Named(BoundStyle(showLegend: false), "Target range (lower bound)");

    private static readonly Trace UpperBoundStyle = PlotlyObjects.Named(
        BoundStyle(fill: StyleParam.Fill.ToNext_y, fillColor: Color.fromString(ChartPalette.TargetBand)), "Target range");

    private static readonly Trace BaselineStyle = PlotlyObjects.HorizontalLine(ChartPalette.Baseline, "longdashdot");

    /// <summary>The target as a step line (it can change between periods), or two bounds with the band between shaded.</summary>
    public IEnumerable<Trace> Targets(Indicator indicator, IReadOnlyList<Slot> slots, Projection? projection)
    {
        // Each period has the target in force for it (none before the first target was set), a period missing
        // from the series included.
        var targets = slots.Select(s => s.Point is { } p ? indicator.TargetFor(p) : indicator.TargetInForce(s.Period)).ToList();
        var x = slots.Select(s => Strings.PeriodName(s.Period)).ToList();
        if (projection is not null)
        {
            // The target carried on under the projection, so a reader can see where they would meet: the one in force
            // for each period when targets change by period, else the latest.
            var latest = targets.FindLast(t => t is not null);
            foreach (var period in projection.Periods)
            {
                x.Add(Strings.PeriodName(period));
                targets.Add(indicator.Targets.Count > 0 ? indicator.TargetInForce(period) : latest);
            }
        }

        var xs = PlotlyText.EscapeAll(x);
        if (targets.Any(t => t is Target.Value))
        {
            var values = targets.Select(t => t is Target.Value v ? (double?)v.Amount : null).ToArray();
            var hover = targets
                .Select((t, i) => t is Target.Value v ? PlotlyText.Escape(
                    Strings.Format("chart.trend.target_hover", ("period", x[i]), ("value", Format(indicator, v.Amount)))) : null)
                .ToArray();
            yield return PlotlyObjects.Named(TargetStyle, Strings.Text("chart.trend.target")).With(X, xs).With(Y, values).With(HoverText, hover);
        }

        if (targets.Any(t => t is Target.Range))
        {
            var hover = targets.Select((t, i) => t is Target.Range r
                ? PlotlyText.Escape(Strings.Format("chart.trend.target_range_hover",
                    ("period", x[i]), ("min", Format(indicator, r.Min)), ("max", Format(indicator, r.Max))))
                : null).ToArray();
            double?[] Bound(Func<Target.Range, decimal> bound) =>
                [.. targets.Select(t => t is Target.Range r ? (double?)bound(r) : null)];
            yield return PlotlyObjects.Named(LowerBoundStyle, Strings.Text("chart.trend.target_range_lower"))
                .With(X, xs).With(Y, Bound(r => r.Min)).With(HoverText, hover);
            yield return PlotlyObjects.Named(UpperBoundStyle, Strings.Text("chart.trend.target_range"))
                .With(X, xs).With(Y, Bound(r => r.Max)).With(HoverText, hover);
        }
    }

    /// <summary>
    /// The baseline as a reference line: "Baseline: 872 (2022/23, cumulative)", with where it was taken from and any
    /// note in its hover.
    /// </summary>
    /// <param name="keys">The categories of the axis as plotly.js text.</param>
    public Trace Baseline(Indicator indicator, Baseline baseline, IReadOnlyList<string> keys)
    {
        var span = baseline.From is not { } from ? null : Labels.PeriodSpan(Strings, from, baseline.To ?? from);
        var value = ("value", Format(indicator, baseline.Value));
        var about = About(span, baseline.Cumulative);
        var name = about is null
            ? Strings.Format("chart.trend.baseline", value)
            : Strings.Format("chart.trend.baseline_about", value, ("about", about));
        var hover = PlotlyText.Lines([
            Strings.Format("chart.trend.baseline", value),
            span is null ? Strings.Text("chart.trend.baseline_from_unknown") : Strings.Format("chart.trend.baseline_from", ("period", span)),
            Strings.Text(baseline.Cumulative ? "chart.trend.baseline_cumulative" : "chart.trend.baseline_one_period"),
            .. baseline.Note is null ? Array.Empty<string>() : [baseline.Note],
        ]);
        return PlotlyObjects.Named(BaselineStyle, name)
            .With(X, new[] { keys[0], keys[^1] })
            .With(Y, new double?[] { (double)baseline.Value, (double)baseline.Value })
            .With(HoverText, new[] { hover, hover });
    }

    /// <param name="keys">The categories of the axis as plotly.js text.</param>
    public IEnumerable<Trace> Benchmarks(Indicator indicator, IReadOnlyList<string> keys)
    {
        foreach (var benchmark in indicator.Benchmarks)
        {
            var label = benchmark.Label ?? Labels.Benchmark(Strings, benchmark.Kind);
            var about = About(benchmark.Period is { } period ? Strings.PeriodName(period) : null, benchmark.Cumulative);
            var name = about is null ? label : Strings.Format("chart.trend.reference_about", ("name", label), ("about", about));
            var (colour, dash) = ChartPalette.BenchmarkStyle(benchmark.Kind);
            yield return Horizontal(name, benchmark.Value, keys, colour, dash,
                Strings.Format("chart.trend.reference_hover", ("name", name), ("value", Format(indicator, benchmark.Value))));
        }
    }

    /// <summary>A horizontal line across the chart at <paramref name="value"/>: a benchmark. The name and hover are plain text.</summary>
    /// <param name="keys">The categories of the axis as plotly.js text; the line runs from the first to the last.</param>
    public static Trace Horizontal(string name, decimal value, IReadOnlyList<string> keys, string colour, string dash, string hover)
    {
        var escapedHover = PlotlyText.Escape(hover);
        return PlotlyObjects.Named(PlotlyObjects.HorizontalLine(colour, dash), name)
            .With(X, new[] { keys[0], keys[^1] })
            .With(Y, new double?[] { (double)value, (double)value })
            .With(HoverText, new[] { escapedHover, escapedHover });
    }

    /// <summary>One bound of a target range: the band between the two shares their legend entry and hover.</summary>
    private static Trace BoundStyle(bool? showLegend = null, StyleParam.Fill? fill = null, Color? fillColor = null) =>
        PlotlyObjects.Scatter(PlotlyTyped.Scatter(
            Mode: StyleParam.Mode.Lines,
            HoverInfo: StyleParam.HoverInfo.Text,
            LegendGroup: "target-range",
            ShowLegend: showLegend,
            Fill: fill,
            FillColor: fillColor,
            Line: PlotlyObjects.Line(ChartPalette.Target, width: 1, shape: StyleParam.Shape.Hv)));

    /// <summary>What a reference line's name adds in brackets ("2022/23, cumulative"); null when nothing.</summary>
    private string? About(string? period, bool cumulative)
    {
        string[] about = [.. new[] { period, cumulative ? Strings.Text("chart.trend.cumulative") : null }.OfType<string>()];
        return about.Length == 0 ? null : string.Join(Strings.Text("list.separator"), about);
    }

    private SiteStrings Strings => formatter.Strings;

    private string Format(Indicator indicator, decimal value) => formatter.Value(value, indicator.Unit, indicator.Precision);
}

using Plotly.NET;
using Plotly.NET.LayoutObjects;
using Plotly.NET.TraceObjects;
using StaticKpi.Formatting;
using StaticKpi.Localisation;
using StaticKpi.Model;
using static StaticKpi.Charts.PlotlyAttributes;

namespace StaticKpi.Charts;

/// <summary>
/// The traces of a trend chart drawn from the indicator's own figures: the value lines, the connectors and notes that
/// explain gaps, the rings around provisional values and the projected trend.
/// </summary>
internal sealed class TrendTraces(TrendPointTexts texts, ValueFormatter formatter)
{
    /// <summary>The name of the projected trend line in the legend, in English (chart.trend.projection).</summary>
    public const string ProjectionName = "Projection (not data)";

    // Each trace's style, built once with the typed API; a chart copies one and adds its data.
    private static readonly Trace ActualStyle = PlotlyObjects.Scatter(PlotlyTyped.Scatter(
        Mode: StyleParam.Mode.Lines_Markers,
        ConnectGaps: false,
        HoverInfo: StyleParam.HoverInfo.Text,
        Line: PlotlyObjects.Line(ChartPalette.Actual, width: 3)));

    private static readonly Marker ActualMarker = PlotlyTyped.Marker(Size: 12, Outline: PlotlyObjects.Outline(ChartPalette.Background, 1));

    private static readonly Trace GapStyle = PlotlyObjects.Scatter(PlotlyTyped.Scatter(
        Mode: StyleParam.Mode.Lines,
        HoverInfo: StyleParam.HoverInfo.Text,
        LegendGroup: "gaps",
        Line: PlotlyObjects.Line(ChartPalette.Actual, "dot", 2)));

    private static readonly Annotation GapNoteStyle = PlotlyTyped.Annotation(
        XRef: "x",
        Y: 0.0,
        YRef: "paper",
        YAnchor: StyleParam.YAnchorPosition.Bottom,
        Text: PlotlyText.Escape("No data"),
        ShowArrow: false,
        Font: PlotlyTyped.Font(Color: Color.fromString(ChartPalette.Text), Size: 13));

    private static readonly Trace ProvisionalStyle = PlotlyObjects.Named(PlotlyObjects.Scatter(PlotlyTyped.Scatter(
        Mode: StyleParam.Mode.Markers,
        HoverInfo: StyleParam.HoverInfo.Text,
        Marker: PlotlyTyped.Marker(Size: 22, Color: Color.fromString(ChartPalette.Text), Outline: PlotlyObjects.Outline(ChartPalette.Text, 2))
            .With(Symbol, "circle-open"))), TrendPointTexts.ProvisionalName);

    private static readonly Trace ProjectionStyle = PlotlyObjects.Named(PlotlyObjects.Scatter(PlotlyTyped.Scatter(
        Mode: StyleParam.Mode.Lines_Markers,
        HoverInfo: StyleParam.HoverInfo.Text,
        Line: PlotlyObjects.Line(ChartPalette.Projection, "dash"))), ProjectionName);

    private static readonly Marker ProjectionMarker =
        PlotlyTyped.Marker(Color: Color.fromString(ChartPalette.Projection)).With(Symbol, "circle-open");

    /// <summary>One line of values (the whole series, or one financial year of a year-to-date series).</summary>
    public Trace Actual(
        Indicator indicator, IReadOnlyList<Slot> slots, SeriesLine line, Func<DataPoint, (Rating Rating, bool Overridden)> ratingOf)
    {
        var shown = slots.Skip(line.First).Take(line.Last - line.First + 1).ToList();
        var ratings = shown.Select(s => s.Point is null ? (Rating: Rating.NoData, Overridden: false) : ratingOf(s.Point)).ToList();
        var hover = shown.Select((s, i) => s.Point is { } p
            ? texts.Of(indicator, p, ratings[i]).Hover
            : PlotlyText.Escape(Strings.Format("chart.trend.point_no_figure", ("period", Strings.PeriodName(s.Period))))).ToArray();

        var marker = Copy(ActualMarker)
            .With(Symbol, shown.Select((s, i) => ChartPalette.RatingSymbol(ratings[i].Rating, s.Point?.Provisional ?? false)).ToArray())
            .With(PointColors, ratings.Select(r => ChartPalette.RatingColour(r.Rating)).ToArray());
        return PlotlyObjects.WithMarker(PlotlyObjects.Named(ActualStyle, line.Name), marker)
            .With(X, shown.Select(s => PlotlyText.Escape(Strings.PeriodName(s.Period))).ToArray())
            .With(Y, shown.Select(s => (double?)s.Point?.Value).ToArray())
            .With(HoverText, hover);
    }

    /// <summary>
    /// A dotted line across a gap between two values of one line, named for the missing periods ("No data for
    /// 2021/22") so the break is explained in the legend; its hover adds the entries' notes. It passes through the
    /// missing periods only so that hovering there explains them.
    /// </summary>
    public Trace GapConnector(Indicator indicator, IReadOnlyList<Slot> slots, SeriesGap gap)
    {
        var from = slots[gap.First - 1].Point!.Value!.Value;
        var to = slots[gap.Last + 1].Point!.Value!.Value;
        var steps = gap.Last - gap.First + 2;
        var x = new List<string>();
        var y = new List<double?>();
        for (var k = 0; k <= steps; k++)
        {
            x.Add(Strings.PeriodName(slots[gap.First - 1 + k].Period));
            y.Add((double)Math.Round(from + ((to - from) * k / steps), indicator.Precision + 1, MidpointRounding.AwayFromZero));
        }

        var hover = PlotlyText.Escape(gap.Explanation);
        return PlotlyObjects.Named(GapStyle, gap.Label)
            .With(X, PlotlyText.EscapeAll(x))
            .With(Y, y.ToArray())
            .With(HoverText, x.Select(_ => hover).ToArray());
    }

    /// <summary>
    /// "No data" written at the foot of a gap that no line crosses (before a line's first value or after its last),
    /// with the missing periods and the entries' notes in its hover.
    /// </summary>
    public Annotation GapNote(IReadOnlyList<Slot> slots, SeriesGap gap) =>
        Copy(GapNoteStyle)
            .With(Text, PlotlyText.Escape(Strings.Text("chart.trend.gap")))
            .With(X, PlotlyText.Escape(Strings.PeriodName(slots[(gap.First + gap.Last) / 2].Period)))
            .With(HoverText, PlotlyText.Escape(gap.Explanation));

    /// <summary>
    /// A ring around each provisional value, whose legend entry says what the hollow markers mean; null when the
    /// chart has no provisional value.
    /// </summary>
    public Trace? Provisional(
        Indicator indicator, IReadOnlyList<Slot> slots, Func<DataPoint, (Rating Rating, bool Overridden)> ratingOf)
    {
        var provisional = slots.Select(s => s.Point).OfType<DataPoint>().Where(p => p.Provisional && p.Value is not null).ToList();
        if (provisional.Count == 0)
        {
            return null;
        }

        return PlotlyObjects.Named(ProvisionalStyle, Strings.Text("chart.trend.provisional"))
            .With(X, provisional.Select(p => PlotlyText.Escape(Strings.PeriodName(p.Period))).ToArray())
            .With(Y, provisional.Select(p => (double?)p.Value).ToArray())
            .With(HoverText, provisional.Select(p => texts.Of(indicator, p, ratingOf(p)).Hover).ToArray());
    }

    /// <summary>
    /// The projected values as a dashed line with open markers. It starts from the latest actual value, without a
    /// marker there (the actual point's own marker shows it), so nothing sits on top of the latest figure.
    /// </summary>
    public Trace Projection(Indicator indicator, Projection projection)
    {
        var latest = projection.Latest;
        var names = projection.Periods.Prepend(latest.Period).Select(Strings.PeriodName).ToArray();
        var y = projection.Values.Prepend(latest.Value!.Value).ToArray();
        var hover = names.Select((p, k) => PlotlyText.Escape(Strings.Format(
            k == 0 ? "chart.trend.projection_start" : "chart.trend.projection_point", ("period", p), ("value", Format(indicator, y[k]))))).ToArray();
        var marker = Copy(ProjectionMarker).With(PointSizes, names.Select((_, k) => k == 0 ? 0.0 : 9.0).ToArray());
        return PlotlyObjects.WithMarker(PlotlyObjects.Named(ProjectionStyle, Strings.Text("chart.trend.projection")), marker)
            .With(X, PlotlyText.EscapeAll(names))
            .With(Y, y.Select(v => (double?)v).ToArray())
            .With(HoverText, hover);
    }

    private SiteStrings Strings => formatter.Strings;

    private string Format(Indicator indicator, decimal value) => formatter.Value(value, indicator.Unit, indicator.Precision);
}

using Plotly.NET;
using Plotly.NET.LayoutObjects;
using StaticKpi.Formatting;
using StaticKpi.Model;

namespace StaticKpi.Charts;

/// <summary>
/// The traces of a trend chart drawn from the indicator's own figures: the value lines, the connectors and notes that
/// explain gaps, the rings around provisional values and the projected trend.
/// </summary>
internal sealed class TrendTraces(TrendPointTexts texts, ValueFormatter formatter)
{
    /// <summary>The name of the projected trend line in the legend.</summary>
    public const string ProjectionName = "Projection (not data)";

    /// <summary>One line of values (the whole series, or one financial year of a year-to-date series).</summary>
    public Trace Actual(
        Indicator indicator, IReadOnlyList<Slot> slots, SeriesLine line, Func<DataPoint, (Rating Rating, bool Overridden)> ratingOf)
    {
        var shown = slots.Skip(line.First).Take(line.Last - line.First + 1).ToList();
        var ratings = shown.Select(s => s.Point is null ? (Rating: Rating.NoData, Overridden: false) : ratingOf(s.Point)).ToList();
        var hover = shown.Select((s, i) => s.Point is { } p
            ? texts.Of(indicator, p, ratings[i]).Hover
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
    public static Trace GapConnector(Indicator indicator, IReadOnlyList<Slot> slots, SeriesGap gap)
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
    public static Annotation GapNote(IReadOnlyList<Slot> slots, SeriesGap gap) =>
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
    public Trace? Provisional(
        Indicator indicator, IReadOnlyList<Slot> slots, Func<DataPoint, (Rating Rating, bool Overridden)> ratingOf)
    {
        var provisional = slots.Select(s => s.Point).OfType<DataPoint>().Where(p => p.Provisional && p.Value is not null).ToList();
        if (provisional.Count == 0)
        {
            return null;
        }

        return PlotlyObjects.Scatter(TrendPointTexts.ProvisionalName)
            .Set("mode", "markers")
            .Set("x", provisional.Select(p => PlotlyText.Escape(p.Period.DisplayName)).ToArray())
            .Set("y", provisional.Select(p => (double?)p.Value).ToArray())
            .Set("hovertext", provisional.Select(p => texts.Of(indicator, p, ratingOf(p)).Hover).ToArray())
            .Set("hoverinfo", "text")
            .Set("marker", PlotlyObjects.Marker()
                .Set("symbol", "circle-open")
                .Set("size", 22)
                .Set("color", ChartPalette.Text)
                .Set("line", PlotlyObjects.Outline(ChartPalette.Text, 2)));
    }

    /// <summary>
    /// The projected values as a dashed line with open markers. It starts from the latest actual value, without a
    /// marker there (the actual point's own marker shows it), so nothing sits on top of the latest figure.
    /// </summary>
    public Trace Projection(Indicator indicator, Projection projection)
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

    private string Format(Indicator indicator, decimal value) => formatter.Value(value, indicator.Unit, indicator.Precision);
}

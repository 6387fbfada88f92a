using Plotly.NET;
using Plotly.NET.LayoutObjects;
using StaticKpi.Localisation;
using StaticKpi.Model;

namespace StaticKpi.Charts;

/// <summary>The value axes of each chart kind (category axes are <see cref="PlotlyObjects.CategoryAxis"/>).</summary>
internal static class ChartAxes
{
    private static readonly LinearAxis SmallCounts = CountsTemplate(dtick: 1);

    private static readonly LinearAxis LargeCounts = CountsTemplate(dtick: null);

    private static readonly LinearAxis ExtraValueStyle = PlotlyTyped.LinearAxis(
        RangeMode: StyleParam.RangeMode.ToZero, SeparateThousands: true);

    private static readonly LinearAxis ExtraSecondValueStyle = PlotlyTyped.LinearAxis(
        Overlaying: StyleParam.LinearAxisId.NewY(1),
        Side: StyleParam.Side.Right,
        ShowGrid: false,
        RangeMode: StyleParam.RangeMode.ToZero,
        SeparateThousands: true);

    /// <summary>
    /// A trend chart's value axis, titled for the indicator's unit, with its % or currency symbol on each tick: built
    /// once per build (<paramref name="caches"/>) and shared unchanged by its charts.
    /// </summary>
    /// <remarks>The caches serve one language (a build's), so the axis title's language is not part of the key.</remarks>
    public static LinearAxis Value(Unit unit, string currencySymbol, ChartCaches caches, SiteStrings strings) =>
        caches.ValueAxes.GetOrAdd((unit, currencySymbol), key => ValueAxis(key.Unit, key.CurrencySymbol, strings));

    private static LinearAxis ValueAxis(Unit unit, string currencySymbol, SiteStrings strings)
    {
        var title = unit == Unit.Currency
            ? strings.Format("chart.axis.currency", ("symbol", currencySymbol))
            : strings.Text(EnumKeys<Unit>.Of("chart.axis", unit));
        return PlotlyObjects.AxisTemplate(title, PlotlyTyped.LinearAxis(
            SeparateThousands: true,
            TickSuffix: unit == Unit.Percent ? "%" : null,
            TickPrefix: unit == Unit.Currency ? PlotlyText.Escape(currencySymbol) : null));
    }

    /// <summary>An axis of whole counts from zero to a fifth above <paramref name="largest"/>, a tick per count up to 10.</summary>
    public static LinearAxis Counts(string title, int largest) =>
        PlotlyAttributes.Copy(largest <= 10 ? SmallCounts : LargeCounts)
            .With(PlotlyAttributes.TitleAttribute, PlotlyObjects.Title(title))
            .With(PlotlyAttributes.Range, new double[] { 0, Math.Ceiling(Math.Max(1, largest) * 1.2) });

    /// <summary>An extra chart's (left) value axis, from zero.</summary>
    public static LinearAxis ExtraValues(string? title) => Titled(ExtraValueStyle, title);

    /// <summary>An extra chart's second value axis, on the right, over the first; its grid would clash with the first's.</summary>
    public static LinearAxis ExtraSecondValues(string? title) => Titled(ExtraSecondValueStyle, title);

    private static LinearAxis Titled(LinearAxis style, string? title) => PlotlyObjects.AxisTemplate(title, style);

    private static LinearAxis CountsTemplate(int? dtick) => PlotlyObjects.AxisTemplate(null, PlotlyTyped.LinearAxis(
        RangeMode: StyleParam.RangeMode.ToZero, TickFormat: ",d", DTick: dtick));
}

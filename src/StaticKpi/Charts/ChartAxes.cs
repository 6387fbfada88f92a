using Plotly.NET.LayoutObjects;
using StaticKpi.Model;

namespace StaticKpi.Charts;

/// <summary>The value axes of each chart kind (category axes are <see cref="PlotlyObjects.CategoryAxis"/>).</summary>
internal static class ChartAxes
{
    /// <summary>A trend chart's value axis, titled for the indicator's unit, with its % or currency symbol on each tick.</summary>
    public static LinearAxis Value(Unit unit, string currencySymbol)
    {
        var title = unit switch
        {
            Unit.Percent => "Percentage (%)",
            Unit.Currency => $"Amount ({currencySymbol})",
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
            .Set("tickprefix", unit == Unit.Currency ? PlotlyText.Escape(currencySymbol) : null);
    }

    /// <summary>An axis of whole counts from zero to a fifth above <paramref name="largest"/>, a tick per count up to 10.</summary>
    public static LinearAxis Counts(string title, int largest) =>
        PlotlyObjects.Axis(title)
            .Set("rangemode", "tozero")
            .Set("range", new double[] { 0, Math.Ceiling(Math.Max(1, largest) * 1.2) })
            .Set("tickformat", ",d")
            .Set("dtick", largest <= 10 ? 1 : null);

    /// <summary>An extra chart's (left) value axis, from zero.</summary>
    public static LinearAxis ExtraValues(string? title) =>
        PlotlyObjects.Axis(title).Set("rangemode", "tozero").Set("separatethousands", true);

    /// <summary>An extra chart's second value axis, on the right, over the first; its grid would clash with the first's.</summary>
    public static LinearAxis ExtraSecondValues(string? title) =>
        PlotlyObjects.Axis(title)
            .Set("overlaying", "y")
            .Set("side", "right")
            .Set("showgrid", false)
            .Set("rangemode", "tozero")
            .Set("separatethousands", true);
}

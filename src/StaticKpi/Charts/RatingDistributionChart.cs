using System.Globalization;
using Plotly.NET;
using Plotly.NET.TraceObjects;
using StaticKpi.Formatting;
using StaticKpi.Scoring;
using StaticKpi.Shared;

namespace StaticKpi.Charts;

/// <summary>The rating distribution of a report: how many of its indicators have each rating.</summary>
internal static class RatingDistributionChart
{
    /// <summary>The bars' outline; each chart adds a colour per rating.</summary>
    private static readonly Marker BarOutline = PlotlyTyped.Marker(Outline: PlotlyObjects.Outline(ChartPalette.Text, 1));

    /// <summary>One bar per rating, its count written above it, no legend: built once.</summary>
    private static readonly Trace Bars = PlotlyObjects.Named(PlotlyObjects.Bar(PlotlyTyped.Bar(
        TextPosition: StyleParam.TextPosition.Outside,
        ClipOnAxis: false,
        HoverInfo: StyleParam.HoverInfo.Text,
        ShowLegend: false)), "Indicators");

    /// <summary>A bar per rating of the report's summary table, labelled with its count and percentage.</summary>
    public static ChartFigure Of(ScoredReport report)
    {
        var period = report.Report.Period;
        var id = $"chart-report-{Slugs.From(report.Report.CommitteeKey)}-{period.Slug}-ratings";
        var title = $"{report.Committee.Name}: indicators by rating, {period.DisplayName}";
        var rows = report.Summary;
        var names = rows.Select(r => Labels.Rating(r.Rating)).ToArray();
        var largest = rows.Select(r => r.Count).DefaultIfEmpty(0).Max();

        var bar = PlotlyObjects.WithMarker(PlotlyAttributes.Copy(Bars), PlotlyAttributes.Copy(BarOutline)
                .With(PlotlyAttributes.PointColors, rows.Select(r => ChartPalette.RatingColour(r.Rating)).ToArray()))
            .With(PlotlyAttributes.X, PlotlyText.EscapeAll(names))
            .With(PlotlyAttributes.Y, rows.Select(r => (double?)r.Count).ToArray())
            .With(PlotlyAttributes.Text, rows.Select(r => PlotlyText.Escape($"{r.Count} ({r.Percent}%)")).ToArray())
            .With(PlotlyAttributes.HoverText, rows.Select(r => PlotlyText.Escape(
                $"{Labels.Rating(r.Rating)}: {r.Count} {(r.Count == 1 ? "indicator" : "indicators")} ({r.Percent}%)")).ToArray());

        var layout = PlotlyObjects.Layout(title, legend: false)
            .With(PlotlyAttributes.XAxis, PlotlyObjects.CategoryAxis("Rating", names))
            .With(PlotlyAttributes.YAxis, ChartAxes.Counts("Number of indicators", largest));

        var table = new ChartTable(
            $"Indicators by rating, {period.DisplayName}",
            ["Rating", "Number of indicators", "Percentage"],
            [.. rows.Select(r => (IReadOnlyList<string>)[Labels.Rating(r.Rating), Invariant(r.Count), Invariant(r.Percent) + "%"])]);

        var pointCount = rows.Count(r => r.Count > 0);
        return ChartFigure.Of(id, title, ChartNarrative.RatingDistribution(rows), table, [bar], layout, pointCount);
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}

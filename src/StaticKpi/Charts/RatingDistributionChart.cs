using System.Globalization;
using StaticKpi.Formatting;
using StaticKpi.Scoring;
using StaticKpi.Shared;

namespace StaticKpi.Charts;

/// <summary>The rating distribution of a report: how many of its indicators have each rating.</summary>
internal static class RatingDistributionChart
{
    /// <summary>A bar per rating of the report's summary table, labelled with its count and percentage.</summary>
    public static ChartFigure Of(ScoredReport report)
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
            .Set("hovertext", rows.Select(r => PlotlyText.Escape(
                $"{Labels.Rating(r.Rating)}: {r.Count} {(r.Count == 1 ? "indicator" : "indicators")} ({r.Percent}%)")).ToArray())
            .Set("hoverinfo", "text")
            .Set("showlegend", false)
            .Set("marker", PlotlyObjects.Marker()
                .Set("color", rows.Select(r => ChartPalette.RatingColour(r.Rating)).ToArray())
                .Set("line", PlotlyObjects.Outline(ChartPalette.Text, 1)));

        var layout = PlotlyObjects.Layout(title)
            .Set("xaxis", PlotlyObjects.CategoryAxis("Rating", names))
            .Set("yaxis", ChartAxes.Counts("Number of indicators", largest))
            .Set("showlegend", false);

        var table = new ChartTable(
            $"Indicators by rating, {period.DisplayName}",
            ["Rating", "Number of indicators", "Percentage"],
            [.. rows.Select(r => (IReadOnlyList<string>)[Labels.Rating(r.Rating), Invariant(r.Count), Invariant(r.Percent) + "%"])]);

        var pointCount = rows.Count(r => r.Count > 0);
        return ChartFigure.Of(id, title, ChartNarrative.RatingDistribution(rows), table, [bar], layout, pointCount);
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}

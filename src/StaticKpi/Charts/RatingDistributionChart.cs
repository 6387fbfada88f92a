using System.Globalization;
using Plotly.NET;
using Plotly.NET.TraceObjects;
using StaticKpi.Formatting;
using StaticKpi.Localisation;
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
    public static ChartFigure Of(ScoredReport report, SiteStrings strings)
    {
        var period = report.Report.Period;
        var id = $"chart-report-{Slugs.From(report.Report.CommitteeKey)}-{period.Slug}-ratings";
        var periodName = strings.PeriodName(period);
        var title = strings.Format("chart.ratings.title", ("committee", report.Committee.Name), ("period", periodName));
        var rows = report.Summary;
        var names = rows.Select(r => Labels.Rating(strings, r.Rating)).ToArray();
        var largest = rows.Select(r => r.Count).DefaultIfEmpty(0).Max();

        var bar = PlotlyObjects.WithMarker(PlotlyAttributes.Copy(Bars), PlotlyAttributes.Copy(BarOutline)
                .With(PlotlyAttributes.PointColors, rows.Select(r => ChartPalette.RatingColour(r.Rating)).ToArray()))
            .With(PlotlyAttributes.X, PlotlyText.EscapeAll(names))
            .With(PlotlyAttributes.Y, rows.Select(r => (double?)r.Count).ToArray())
            .With(PlotlyAttributes.Text, rows.Select(r => PlotlyText.Escape($"{r.Count} ({r.Percent}%)")).ToArray())
            .With(PlotlyAttributes.HoverText, rows.Select(r => PlotlyText.Escape(
                strings.Plural("chart.ratings.hover", r.Count, ("rating", Labels.Rating(strings, r.Rating)),
                    ("percent", Invariant(r.Percent))))).ToArray());

        var layout = PlotlyObjects.Layout(title, legend: false)
            .With(PlotlyAttributes.XAxis, PlotlyObjects.CategoryAxis(strings.Text("column.rating"), names))
            .With(PlotlyAttributes.YAxis, ChartAxes.Counts(strings.Text("summary.count"), largest));

        var table = new ChartTable(
            strings.Format("chart.ratings.table_caption", ("period", periodName)),
            [strings.Text("column.rating"), strings.Text("summary.count"), strings.Text("chart.ratings.percentage")],
            [.. rows.Select(r => (IReadOnlyList<string>)[Labels.Rating(strings, r.Rating), Invariant(r.Count), Invariant(r.Percent) + "%"])]);

        var pointCount = rows.Count(r => r.Count > 0);
        return ChartFigure.Of(id, title, ChartNarrative.RatingDistribution(rows, strings), table, [bar], layout, pointCount);
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}

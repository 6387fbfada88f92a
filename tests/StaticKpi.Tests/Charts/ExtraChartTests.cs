using StaticKpi.Diagnostics;
using StaticKpi.Model;
using static StaticKpi.Tests.Charts.ChartFixtures;

namespace StaticKpi.Tests.Charts;

public class ExtraChartTests
{
    private static readonly ChartSpec Leavers = new(
        Q3, ChartType.BarLine, "Leavers and turnover by month", "Month", "Leavers", "Turnover (%)",
        ["Oct 2024", "Nov 2024", "Dec 2024"],
        [
            new ChartSeries("Leavers", [40m, 35m, null], ChartAxis.Primary, SeriesKind.Bar),
            new ChartSeries("Turnover", [11.2m, 10.9m, 10.54m], ChartAxis.Secondary, SeriesKind.Line),
        ],
        [],
        Location);

    private static readonly ChartSpec Directorates = new(
        Q3, ChartType.CategoryComparison, "Average days lost per FTE by directorate", "Directorate", "Days", null,
        ["Adults", "Children", "Place"],
        [new ChartSeries("Average days lost per FTE", [11.42m, 9.87m, 8.64m], ChartAxis.Primary, SeriesKind.Bar)],
        [new ChartBenchmark("Council-wide", 9.15m), new ChartBenchmark("England mean", 12.0m)],
        Location);

    private static readonly ChartSpec OtherQuarter = Directorates with { Period = Q2, Title = "Last quarter" };

    private static Indicator WithCharts() => Rising() with { Charts = [OtherQuarter, Leavers, Directorates] };

    [Fact]
    public void Only_the_charts_of_the_report_period_in_file_order_with_stable_ids()
    {
        var charts = Builder().Extras(WithCharts(), Q3);

        Assert.Equal(["chart-182-2024-25-q3-extra-1", "chart-182-2024-25-q3-extra-2"], charts.Select(c => c.Id));
        Assert.Equal(["Leavers and turnover by month", "Average days lost per FTE by directorate"], charts.Select(c => c.Title));
        Assert.Empty(Builder().Extras(WithCharts(), Q1));
    }

    [Fact]
    public void Bar_line_puts_the_line_on_a_second_axis()
    {
        var chart = Builder().Extras(WithCharts(), Q3)[0];
        var figure = Parse(chart.Json);
        var bars = Trace(figure, "Leavers");
        var line = Trace(figure, "Turnover");
        var layout = figure.GetProperty("layout");

        Assert.Equal("bar", bars.GetProperty("type").GetString());
        Assert.Equal([40.0, 35.0, null], Numbers(bars.GetProperty("y")));
        Assert.False(bars.TryGetProperty("yaxis", out _));
        Assert.Equal("scatter", line.GetProperty("type").GetString());
        Assert.Equal("y2", line.GetProperty("yaxis").GetString());
        Assert.Equal("lines+markers", line.GetProperty("mode").GetString());
        Assert.Equal("y", layout.GetProperty("yaxis2").GetProperty("overlaying").GetString());
        Assert.Equal("right", layout.GetProperty("yaxis2").GetProperty("side").GetString());
        Assert.Equal("Turnover (%)", layout.GetProperty("yaxis2").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("Leavers", layout.GetProperty("yaxis").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("Month", layout.GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal(5, chart.PointCount);
    }

    [Fact]
    public void Bar_line_summary_says_where_each_series_started_and_ended()
    {
        var chart = Builder().Extras(WithCharts(), Q3)[0];

        Assert.Equal(
            "Leavers went from 40 in Oct 2024 to 35 in Nov 2024. Turnover went from 11.20 in Oct 2024 to 10.54 in Dec 2024.",
            chart.Summary);
    }

    [Fact]
    public void Table_has_a_row_per_category_and_a_column_per_series()
    {
        var table = Builder().Extras(WithCharts(), Q3)[0].Table;

        Assert.Equal("Leavers and turnover by month", table.Caption);
        Assert.Equal(["Month", "Leavers", "Turnover"], table.Columns);
        Assert.Equal(
            [["Oct 2024", "40", "11.20"], ["Nov 2024", "35", "10.90"], ["Dec 2024", "No data", "10.54"]],
            table.Rows.Select(r => r.ToArray()));
    }

    [Fact]
    public void Category_comparison_draws_benchmarks_as_dashed_reference_lines()
    {
        var chart = Builder().Extras(WithCharts(), Q3)[1];
        var figure = Parse(chart.Json);
        var councilWide = Trace(figure, "Council-wide");
        var england = Trace(figure, "England mean");

        Assert.Equal(3, figure.GetProperty("data").GetArrayLength());
        Assert.Equal(["Adults", "Place"], Strings(councilWide.GetProperty("x")));
        Assert.Equal([9.15, 9.15], Numbers(councilWide.GetProperty("y")));
        Assert.Equal("dash", councilWide.GetProperty("line").GetProperty("dash").GetString());
        Assert.Equal("dot", england.GetProperty("line").GetProperty("dash").GetString());
        Assert.Equal(3, chart.PointCount);
    }

    [Fact]
    public void Category_comparison_summary_names_highest_lowest_and_counts_against_each_benchmark()
    {
        var chart = Builder().Extras(WithCharts(), Q3)[1];

        Assert.Equal(
            "Average days lost per FTE is highest for Adults (11.42) and lowest for Place (8.64). " +
            "2 of 3 are above the Council-wide line at 9.15. None of the 3 are above the England mean line at 12.00.",
            chart.Summary);
        Assert.Equal("Average days lost per FTE by directorate (the last 2 rows are reference lines)", chart.Table.Caption);
        Assert.Equal(
            [["Adults", "11.42"], ["Children", "9.87"], ["Place", "8.64"], ["Council-wide", "9.15"], ["England mean", "12.00"]],
            chart.Table.Rows.Select(r => r.ToArray()));
    }

    [Fact]
    public void Long_category_labels_wrap_onto_lines_instead_of_slanting()
    {
        var indicator = Rising() with { Charts = [Directorates with { Categories = ["Adults, Health and Commissioning", "Children", "Place"] }] };

        var xaxis = Parse(Builder().Extras(indicator, Q3)[0].Json).GetProperty("layout").GetProperty("xaxis");

        Assert.Equal(["Adults, Health and Commissioning", "Children", "Place"], Strings(xaxis.GetProperty("tickvals")));
        Assert.Equal(["Adults, Health and<br>Commissioning", "Children", "Place"], Strings(xaxis.GetProperty("ticktext")));
        Assert.Equal(0, xaxis.GetProperty("tickangle").GetInt32());
    }

    [Fact]
    public void Hostile_chart_title_is_escaped_and_round_trips()
    {
        const string hostile = "</script><script>alert(1)</script>";
        var indicator = Rising() with { Charts = [Directorates with { Title = hostile }] };

        var chart = Builder().Extras(indicator, Q3)[0];

        Assert.DoesNotContain("<", chart.Json, StringComparison.Ordinal);
        Assert.Contains("\\u003C/script\\u003E\\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E", chart.Json, StringComparison.Ordinal);
        Assert.Equal(hostile, Parse(chart.Json).GetProperty("layout").GetProperty("meta").GetProperty("title").GetString());
    }
}

public class RatingDistributionChartTests
{
    private static StaticKpi.Scoring.ScoredReport Report(params StaticKpi.Scoring.SummaryRow[] rows) =>
        new(
            new Report(CommitteeKey, Q3, new DateOnly(2025, 3, 3), null, [], [], null, new SourceLocation("r.yaml", 1, 1)),
            new Committee(CommitteeKey, "Strategy, Resources and Performance Committee"),
            Config.RagPolicies[^1],
            [],
            rows,
            null,
            []);

    [Fact]
    public void One_labelled_bar_per_rating_of_the_summary_table()
    {
        var chart = Builder().RatingDistribution(Report(
            new(Rating.Red, 2, 11), new(Rating.Amber, 3, 17), new(Rating.Green, 13, 72), new(Rating.Baseline, 0, 0)));
        var figure = Parse(chart.Json);
        var bar = figure.GetProperty("data")[0];

        Assert.Equal("chart-report-strategy-resources-performance-2024-25-q3-ratings", chart.Id);
        Assert.Equal("Strategy, Resources and Performance Committee: indicators by rating, 2024/25 Q3", chart.Title);
        Assert.Equal(1, figure.GetProperty("data").GetArrayLength());
        Assert.Equal("bar", bar.GetProperty("type").GetString());
        Assert.Equal(["Red", "Amber", "Green", "Baseline"], Strings(bar.GetProperty("x")));
        Assert.Equal([2.0, 3.0, 13.0, 0.0], Numbers(bar.GetProperty("y")));
        Assert.Equal(["2 (11%)", "3 (17%)", "13 (72%)", "0 (0%)"], Strings(bar.GetProperty("text")));
        Assert.Equal(3, chart.PointCount);
        Assert.Equal("Of the 18 indicators in this report, 2 are Red, 3 are Amber and 13 are Green.", chart.Summary);
        Assert.Equal(["Rating", "Number of indicators", "Percentage"], chart.Table.Columns);
        Assert.Equal(
            "Rating,Number of indicators,Percentage\nRed,2,11%\nAmber,3,17%\nGreen,13,72%\nBaseline,0,0%\n",
            chart.Csv);
        Assert.False(figure.GetProperty("config").GetProperty("displayModeBar").GetBoolean());
    }
}

using System.Text.Json;
using StaticKpi.Charts;
using StaticKpi.Model;
using static StaticKpi.Tests.Charts.ChartFixtures;

namespace StaticKpi.Tests.Charts;

public class TrendChartTests
{
    private static readonly Benchmark Neighbours =
        new(BenchmarkKind.StatisticalNeighbours, 82.5m, Period.FinancialYear(2022), null, null);

    [Fact]
    public void Json_is_one_figure_object_of_data_layout_and_config()
    {
        var figure = Parse(Builder().Trend(Rising(), Q3).Json);

        Assert.Equal(["data", "layout", "config"], figure.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Array, figure.GetProperty("data").ValueKind);
    }

    [Fact]
    public void Has_actual_target_benchmark_and_projection_traces_in_that_order()
    {
        var figure = Parse(Builder().Trend(RisingThree([Neighbours]), Q3).Json);

        Assert.Equal(
            ["Actual", "Target", "Statistical neighbours mean (2022/23)", ChartBuilder.ProjectionName],
            figure.GetProperty("data").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
    }

    [Fact]
    public void Actual_trace_plots_each_period_up_to_the_report_period_with_its_rating_as_marker_shape()
    {
        var indicator = Indicator(
            [Point(Q1, 70.0m), Point(Q2, 80.2m), Point(Q3, 85.0m), Point(Q4, 95.0m)],
            new Target.Value(90m));

        var chart = Builder().Trend(indicator, Q3);
        var actual = Trace(Parse(chart.Json), "Actual");

        Assert.Equal(3, chart.PointCount);
        Assert.Equal("scatter", actual.GetProperty("type").GetString());
        Assert.Equal("lines+markers", actual.GetProperty("mode").GetString());
        Assert.Equal(["2024/25 Q1", "2024/25 Q2", "2024/25 Q3"], Strings(actual.GetProperty("x")));
        Assert.Equal([70.0, 80.2, 85.0], Numbers(actual.GetProperty("y")));
        Assert.Equal(["x", "x", "triangle-up"], Strings(actual.GetProperty("marker").GetProperty("symbol")));
        Assert.Equal(
            "2024/25 Q3: 85.0%<br>Rating: Amber<br>Target: 90.0%",
            Strings(actual.GetProperty("hovertext"))[2]);
    }

    [Fact]
    public void Missing_values_are_gaps_not_zeros()
    {
        var indicator = Indicator([Point(Q1, 70.0m), Point(Q2, null), Point(Q3, 85.0m)], new Target.Value(90m));

        var chart = Builder().Trend(indicator, Q3);
        var actual = Trace(Parse(chart.Json), "Actual");

        Assert.Equal([70.0, null, 85.0], Numbers(actual.GetProperty("y")));
        Assert.False(actual.GetProperty("connectgaps").GetBoolean());
        Assert.Equal(2, chart.PointCount);
    }

    [Fact]
    public void A_period_missing_from_the_series_is_a_gap_on_the_time_axis()
    {
        var indicator = Indicator([Point(Period.Quarter(2023, 4), 70.0m), Point(Q2, 85.0m)], new Target.Value(90m));

        var chart = Builder().Trend(indicator, Q3);
        var figure = Parse(chart.Json);
        var actual = Trace(figure, "Actual");

        Assert.Equal(["2023/24 Q4", "2024/25 Q1", "2024/25 Q2"], Strings(actual.GetProperty("x")));
        Assert.Equal([70.0, null, 85.0], Numbers(actual.GetProperty("y")));
        // Two values make no projection, so the target runs only under the values.
        Assert.Equal([90.0, 90.0, 90.0], Numbers(Trace(figure, "Target").GetProperty("y")));
        // The table shows the missing quarter too, as the chart does.
        Assert.Equal(
            [["2023/24 Q4", "70.0%", "90.0%", "Red"], ["2024/25 Q1", "No data", "", "No data"], ["2024/25 Q2", "85.0%", "90.0%", "Amber"]],
            chart.Table.Rows.Select(r => r.ToArray()));
        Assert.Equal(2, chart.PointCount);
    }

    [Fact]
    public void Chart_title_is_the_page_caption_not_drawn_inside_the_plot()
    {
        var chart = Builder().Trend(Rising(), Q3);
        var layout = Parse(chart.Json).GetProperty("layout");

        Assert.False(layout.TryGetProperty("title", out _));
        Assert.Equal(chart.Title, layout.GetProperty("meta").GetProperty("title").GetString());
    }

    [Fact]
    public void Target_is_a_step_line_that_changes_where_the_target_changes()
    {
        var indicator = Indicator(
            [Point(Q1, 70.0m, new Target.Value(80m)), Point(Q2, 80.2m), Point(Q3, 85.0m)],
            new Target.Value(90m));

        var target = Trace(Parse(Builder().Trend(indicator, Q3).Json), "Target");

        Assert.Equal("hv", target.GetProperty("line").GetProperty("shape").GetString());
        Assert.Equal([80.0, 90.0, 90.0, 90.0, 90.0], Numbers(target.GetProperty("y")));
    }

    [Fact]
    public void Range_target_is_a_shaded_band_between_two_step_lines()
    {
        var indicator = Indicator(
            [Point(Period.Month(2024, 11), 9.18m), Point(Period.Month(2024, 12), 9.15m)],
            new Target.Range(8m, 10m), Direction.Down, Unit.Days, precision: 2);

        var figure = Parse(Builder().Trend(indicator, Q3).Json);
        var lower = Trace(figure, "Target range (lower bound)");
        var upper = Trace(figure, "Target range");

        Assert.Equal([8.0, 8.0], Numbers(lower.GetProperty("y")));
        Assert.Equal([10.0, 10.0], Numbers(upper.GetProperty("y")));
        Assert.Equal("tonexty", upper.GetProperty("fill").GetString());
        Assert.Equal("hv", upper.GetProperty("line").GetProperty("shape").GetString());
        Assert.False(lower.GetProperty("showlegend").GetBoolean());
        Assert.Equal("Days", figure.GetProperty("layout").GetProperty("yaxis").GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void Projection_is_a_dashed_least_squares_line_two_periods_ahead_named_as_not_data()
    {
        var projection = Trace(Parse(Builder().Trend(RisingThree(), Q3).Json), ChartBuilder.ProjectionName);

        Assert.Equal("Projection (not data)", ChartBuilder.ProjectionName);
        Assert.Equal("dash", projection.GetProperty("line").GetProperty("dash").GetString());
        Assert.Equal(["2024/25 Q3", "2024/25 Q4", "2025/26 Q1"], Strings(projection.GetProperty("x")));
        Assert.Equal([85.0, 89.8, 94.6], Numbers(projection.GetProperty("y")));
        // It starts at the latest actual value with no marker of its own there.
        Assert.Equal([0.0, 9.0, 9.0], Numbers(projection.GetProperty("marker").GetProperty("size")));
    }

    [Fact]
    public void Projection_uses_only_the_latest_four_values()
    {
        var indicator = Indicator(
            [
                Point(Period.Quarter(2023, 3), 10m), Point(Period.Quarter(2023, 4), 90m),
                Point(Q1, 70m), Point(Q2, 72m), Point(Q3, 74m), Point(Q4, 76m),
            ],
            new Target.Value(90m));

        var projection = Trace(Parse(Builder().Trend(indicator, Q3).Json), ChartBuilder.ProjectionName);

        // Up to Q3 the latest four are 90, 70, 72, 74: slope -4.6, intercept 83.4. The 10 before them and Q4 after
        // the report period play no part. The line starts from the latest actual value, 74.
        Assert.Equal(["2024/25 Q3", "2024/25 Q4", "2025/26 Q1"], Strings(projection.GetProperty("x")));
        Assert.Equal([74.0, 65.0, 60.4], Numbers(projection.GetProperty("y")));
    }

    [Fact]
    public void One_value_has_no_projection()
    {
        var indicator = Indicator([Point(Q3, 85.0m)], new Target.Value(90m));

        var names = Parse(Builder().Trend(indicator, Q3).Json).GetProperty("data").EnumerateArray()
            .Select(t => t.GetProperty("name").GetString());

        Assert.DoesNotContain(ChartBuilder.ProjectionName, names);
    }

    [Fact]
    public void Config_hides_the_mode_bar_and_is_responsive_and_interactive()
    {
        var figure = Parse(Builder().Trend(Rising(), Q3).Json);
        var config = figure.GetProperty("config");

        Assert.False(config.GetProperty("displayModeBar").GetBoolean());
        Assert.True(config.GetProperty("responsive").GetBoolean());
        Assert.False(config.GetProperty("staticPlot").GetBoolean());
        Assert.False(figure.GetProperty("layout").TryGetProperty("modebar", out _));
        Assert.False(figure.GetProperty("layout").TryGetProperty("template", out _));
    }

    [Fact]
    public void Axes_have_titles_with_units()
    {
        var layout = Parse(Builder().Trend(Rising(), Q3).Json).GetProperty("layout");

        Assert.Equal("Reporting period", layout.GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("Percentage (%)", layout.GetProperty("yaxis").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("%", layout.GetProperty("yaxis").GetProperty("ticksuffix").GetString());
    }

    [Fact]
    public void Id_title_and_table_come_from_the_indicator_and_report_period()
    {
        var chart = Builder().Trend(Rising(), Q3);

        Assert.Equal("chart-182-2024-25-q3-trend", chart.Id);
        Assert.Equal("Freedom of Information requests answered on time, 2024/25 Q2 to 2024/25 Q3", chart.Title);
        Assert.Equal(["Period", "Value", "Target", "Rating"], chart.Table.Columns);
        Assert.Equal(
            [["2024/25 Q2", "80.2%", "90.0%", "Red"], ["2024/25 Q3", "85.0%", "90.0%", "Amber"]],
            chart.Table.Rows.Select(r => r.ToArray()));
        Assert.Equal("Period,Value,Target,Rating\n2024/25 Q2,80.2%,90.0%,Red\n2024/25 Q3,85.0%,90.0%,Amber\n", chart.Csv);
    }

    [Fact]
    public void Script_in_a_title_cannot_end_the_script_element_and_round_trips()
    {
        const string hostile = "</script><script>alert(1)</script>";
        var indicator = Rising() with { Title = hostile };

        var chart = Builder().Trend(indicator, Q3);

        Assert.DoesNotContain("</script>", chart.Json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<", chart.Json, StringComparison.Ordinal);
        Assert.DoesNotContain(">", chart.Json, StringComparison.Ordinal);
        Assert.Contains("\\u003C/script\\u003E", chart.Json, StringComparison.Ordinal);
        var title = Parse(chart.Json).GetProperty("layout").GetProperty("meta").GetProperty("title").GetString();
        Assert.Equal(chart.Title, title);
        Assert.StartsWith(hostile, title, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_builds_give_identical_figures()
    {
        var first = new ChartBuilder(Config).Trend(Rising([Neighbours]), Q3);
        var second = new ChartBuilder(Config).Trend(Rising([Neighbours]), Q3);

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(first.Json, second.Json);
        Assert.Equal(first.Summary, second.Summary);
        Assert.Equal(first.Csv, second.Csv);
    }

    [Fact]
    public void Builder_is_safe_to_share_between_threads()
    {
        var builder = Builder();
        var expected = builder.Trend(Rising([Neighbours]), Q3).Json;

        var results = Enumerable.Range(0, 64).AsParallel().Select(_ => builder.Trend(Rising([Neighbours]), Q3).Json).ToList();

        Assert.All(results, json => Assert.Equal(expected, json));
    }
}

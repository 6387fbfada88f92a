using StaticKpi.Charts;
using StaticKpi.Model;
using static StaticKpi.Tests.Charts.ChartFixtures;

namespace StaticKpi.Tests.EndToEnd.RealReports.Charts;

/// <summary>Gaps, year-to-date lines, baselines, provisional values and targets by period on the trend chart.</summary>
public sealed class RealReportChartTests
{
    private static string[] Names(ChartFigure chart) =>
        [.. Parse(chart.Json).GetProperty("data").EnumerateArray().Select(t => t.GetProperty("name").GetString()!)];

    [Fact]
    public void A_gap_between_two_values_is_a_dotted_connector_named_for_the_missing_periods_with_the_note()
    {
        var indicator = Indicator(
            [Point(Period.Quarter(2023, 3), 60m), Point(Period.Quarter(2023, 4), null) with { Note = "System outage." }, Point(Q2, 75m)],
            new Target.Value(90m));

        var chart = Builder().Trend(indicator, Q2);
        var connector = Trace(Parse(chart.Json), "No data for 2023/24 Q4 to 2024/25 Q1");

        Assert.Equal(["Actual", "No data for 2023/24 Q4 to 2024/25 Q1", "Target"], Names(chart));
        Assert.Equal("dot", connector.GetProperty("line").GetProperty("dash").GetString());
        Assert.Equal(["2023/24 Q3", "2023/24 Q4", "2024/25 Q1", "2024/25 Q2"], Strings(connector.GetProperty("x")));
        Assert.Equal([60.0, 65.0, 70.0, 75.0], Numbers(connector.GetProperty("y")));
        Assert.Equal(Enumerable.Repeat("No data for 2023/24 Q4 to 2024/25 Q1: System outage.", 4), Strings(connector.GetProperty("hovertext")));
        Assert.Equal(
            [["2023/24 Q3", "60.0%", "90.0%", "Red"], ["2023/24 Q4", "No data", "90.0%", "No data"], ["2024/25 Q1", "No data", "", "No data"],
                ["2024/25 Q2", "75.0%", "90.0%", "Red"]],
            chart.Table.Rows.Select(r => r.ToArray()));
        Assert.Equal(
            "Performance is 75.0% in 2024/25 Q2; there is no earlier figure to compare with. The target is 90.0%, so the indicator is Red. " +
            "There are no figures for 2023/24 Q4 to 2024/25 Q1.",
            chart.Summary);
    }

    [Fact]
    public void A_year_to_date_series_is_a_line_per_year_and_a_gap_no_line_crosses_is_a_no_data_note()
    {
        var indicator = HonestProjectionTests.YearToDate(
        [
            Point(Period.Quarter(2023, 3), 2200m), Point(Period.Quarter(2023, 4), 2900m),
            Point(Q1, null) with { Note = "Not reported." }, Point(Q2, 1400m), Point(Q3, 2100m),
        ]);

        var chart = Builder().Trend(indicator, Q3);
        var figure = Parse(chart.Json);
        var earlier = Trace(figure, "2023/24 (year to date)");
        var later = Trace(figure, "2024/25 (year to date)");
        var note = Assert.Single(figure.GetProperty("layout").GetProperty("annotations").EnumerateArray());

        Assert.Equal(["2023/24 (year to date)", "2024/25 (year to date)", "Target"], Names(chart));
        Assert.Equal(["2023/24 Q3", "2023/24 Q4"], Strings(earlier.GetProperty("x")));
        Assert.Equal([2200.0, 2900.0], Numbers(earlier.GetProperty("y")));
        Assert.Equal(["2024/25 Q1", "2024/25 Q2", "2024/25 Q3"], Strings(later.GetProperty("x")));
        Assert.Equal([null, 1400.0, 2100.0], Numbers(later.GetProperty("y")));
        Assert.Equal("2024/25 Q1", note.GetProperty("x").GetString());
        Assert.Equal("paper", note.GetProperty("yref").GetString());
        Assert.Equal("No data", note.GetProperty("text").GetString());
        Assert.Equal("No data for 2024/25 Q1: Not reported.", note.GetProperty("hovertext").GetString());
        // Two values of this year only: no projection.
        Assert.Equal(
            "Performance improved from 1,400 in 2024/25 Q2 to 2,100 in 2024/25 Q3. The target is 3,000, so the indicator is Red. " +
            "There is no figure for 2024/25 Q1.",
            chart.Summary);
    }

    [Fact]
    public void The_baseline_is_a_reference_line_with_its_value_period_and_whether_cumulative()
    {
        var indicator = Indicator([Point(Q2, 901m), Point(Q3, 940m)], null, Direction.None, Unit.Number, 0, IndicatorStatus.Contextual) with
        {
            Baseline = new Baseline(872m, Period.FinancialYear(2022), Period.FinancialYear(2022), true, "Average of the year."),
        };

        var chart = Builder().Trend(indicator, Q3);
        var baseline = Trace(Parse(chart.Json), "Baseline: 872 (2022/23, cumulative)");

        Assert.Equal(["Actual", "Baseline: 872 (2022/23, cumulative)"], Names(chart));
        Assert.Equal(["2024/25 Q2", "2024/25 Q3"], Strings(baseline.GetProperty("x")));
        Assert.Equal([872.0, 872.0], Numbers(baseline.GetProperty("y")));
        Assert.Equal(
            "Baseline: 872<br>Taken from 2022/23<br>A cumulative figure (a running total)<br>Average of the year.",
            Strings(baseline.GetProperty("hovertext"))[0]);
        Assert.Equal(
            "The value rose from 901 in 2024/25 Q2 to 940 in 2024/25 Q3. It has no target; it is a contextual measure. " +
            "The baseline is 872, taken from 2022/23 (a cumulative figure).",
            chart.Summary);
    }

    [Fact]
    public void A_cumulative_benchmark_says_so_in_its_name()
    {
        var indicator = Rising([new Benchmark(BenchmarkKind.England, 82.5m, Period.FinancialYear(2022), null, null, Cumulative: true)]);

        Assert.Equal(["Actual", "Target", "England mean (2022/23, cumulative)"], Names(Builder().Trend(indicator, Q3)));
    }

    [Fact]
    public void A_provisional_value_is_a_hollow_marker_with_a_legend_entry_and_provisional_in_hover_table_and_csv()
    {
        var indicator = Indicator([Point(Q2, 80.2m), Point(Q3, 85.0m) with { Provisional = true }], new Target.Value(90m));

        var chart = Builder().Trend(indicator, Q3);
        var figure = Parse(chart.Json);
        var actual = Trace(figure, "Actual");
        var rings = Trace(figure, ChartBuilder.ProvisionalName);
        const string hover = "2024/25 Q3: 85.0% (provisional)<br>Provisional (not yet validated)<br>Rating: Amber<br>Target: 90.0%";

        Assert.Equal(["Actual", "Provisional (not yet validated)", "Target"], Names(chart));
        Assert.Equal(["x", "triangle-up-open"], Strings(actual.GetProperty("marker").GetProperty("symbol")));
        Assert.Equal(hover, Strings(actual.GetProperty("hovertext"))[1]);
        Assert.Equal("markers", rings.GetProperty("mode").GetString());
        Assert.Equal(["2024/25 Q3"], Strings(rings.GetProperty("x")));
        Assert.Equal([85.0], Numbers(rings.GetProperty("y")));
        Assert.Equal([hover], Strings(rings.GetProperty("hovertext")));
        Assert.Equal("circle-open", rings.GetProperty("marker").GetProperty("symbol").GetString());
        Assert.Equal("Period,Value,Target,Rating\n2024/25 Q2,80.2%,90.0%,Red\n2024/25 Q3,85.0% (provisional),90.0%,Amber\n", chart.Csv);
        Assert.Equal(
            "Performance improved from 80.2% in 2024/25 Q2 to 85.0% in 2024/25 Q3. " +
            "The 2024/25 Q3 figure is provisional: it is not yet validated and may change. The target is 90.0%, so the indicator is Amber.",
            chart.Summary);
    }

    [Fact]
    public void The_target_line_follows_targets_by_period_and_a_period_before_any_target_has_none()
    {
        var indicator = RisingThree() with
        {
            Target = null,
            TargetsByPeriod = [new TargetFrom(Q2, new Target.Value(80m), Location), new TargetFrom(Q4, new Target.Value(95m), Location)],
        };

        var chart = Builder().Trend(indicator, Q3);
        var figure = Parse(chart.Json);
        var target = Trace(figure, "Target");

        Assert.Equal(["2024/25 Q1", "2024/25 Q2", "2024/25 Q3", "2024/25 Q4", "2025/26 Q1"], Strings(target.GetProperty("x")));
        Assert.Equal([null, 80.0, 80.0, 95.0, 95.0], Numbers(target.GetProperty("y")));
        Assert.Equal("2024/25 Q1: 75.4%<br>Rating: No target<br>Target: No target", Strings(Trace(figure, "Actual").GetProperty("hovertext"))[0]);
        Assert.Equal(["2024/25 Q1", "75.4%", "No target", "No target"], chart.Table.Rows[0]);
    }
}

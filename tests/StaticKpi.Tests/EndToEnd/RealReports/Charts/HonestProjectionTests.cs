using System.Text.Json;
using StaticKpi.Charts;
using StaticKpi.Model;
using static StaticKpi.Tests.Charts.ChartFixtures;

namespace StaticKpi.Tests.EndToEnd.RealReports.Charts;

/// <summary>When a trend chart projects, from which values, and how far.</summary>
public sealed class HonestProjectionTests
{
    private static string[] Names(ChartFigure chart) =>
        [.. Parse(chart.Json).GetProperty("data").EnumerateArray().Select(t => t.GetProperty("name").GetString()!)];

    private static JsonElement ProjectionOf(ChartFigure chart) => Trace(Parse(chart.Json), ChartBuilder.ProjectionName);

    [Fact]
    public void Two_values_draw_no_projection_and_the_summary_makes_no_claim()
    {
        var chart = Builder().Trend(Rising(), Q3);

        Assert.Equal(["Actual", "Target"], Names(chart));
        Assert.Equal(
            "Performance improved from 80.2% in 2024/25 Q2 to 85.0% in 2024/25 Q3. The target is 90.0%, so the indicator is Amber.",
            chart.Summary);
    }

    [Fact]
    public void A_missing_quarter_breaks_the_run_of_consecutive_values()
    {
        var indicator = Indicator(
            [Point(Period.Quarter(2023, 3), 60m), Point(Period.Quarter(2023, 4), 65m), Point(Q2, 75m), Point(Q3, 80m)],
            new Target.Value(90m));

        Assert.DoesNotContain(ChartBuilder.ProjectionName, Names(Builder().Trend(indicator, Q3)));
    }

    [Fact]
    public void An_empty_value_breaks_the_run_and_an_empty_latest_value_projects_nothing()
    {
        var gap = Indicator([Point(Q1, 70m), Point(Q2, null), Point(Q3, 80m), Point(Q4, 85m)], new Target.Value(90m));
        var empty = Indicator([Point(Q1, 70m), Point(Q2, 75m), Point(Q3, 80m), Point(Q4, null)], new Target.Value(90m));

        Assert.DoesNotContain(ChartBuilder.ProjectionName, Names(Builder().Trend(gap, Q4)));
        Assert.DoesNotContain(ChartBuilder.ProjectionName, Names(Builder().Trend(empty, Q4)));
    }

    [Fact]
    public void The_site_can_switch_projections_off_or_ask_for_more_values()
    {
        var off = new ChartBuilder(Config with { Projection = new ProjectionSettings(false, 3) });
        var four = new ChartBuilder(Config with { Projection = new ProjectionSettings(true, 4) });
        var fourValues = Indicator([Point(Period.Quarter(2023, 4), 70.6m), Point(Q1, 75.4m), Point(Q2, 80.2m), Point(Q3, 85.0m)],
            new Target.Value(90m));

        Assert.DoesNotContain(ChartBuilder.ProjectionName, Names(off.Trend(RisingThree(), Q3)));
        Assert.DoesNotContain(ChartBuilder.ProjectionName, Names(four.Trend(RisingThree(), Q3)));
        var chart = four.Trend(fourValues, Q3);
        Assert.Equal([85.0, 89.8, 94.6], Numbers(ProjectionOf(chart).GetProperty("y")));
        Assert.Contains("a straight line through the last 4 quarters (2023/24 Q4 to 2024/25 Q3)", chart.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void An_indicator_can_switch_its_projection_off()
    {
        var chart = Builder().Trend(RisingThree() with { Projected = false }, Q3);

        Assert.Equal(["Actual", "Target"], Names(chart));
    }

    [Fact]
    public void No_projection_for_a_contextual_or_no_direction_indicator_or_a_withheld_rating()
    {
        var contextual = Indicator([Point(Q1, 30m), Point(Q2, 35m), Point(Q3, 40m)], null, Direction.Up, Unit.Number, 0, IndicatorStatus.Contextual);
        var noDirection = Indicator([Point(Q1, 30m), Point(Q2, 35m), Point(Q3, 40m)], new Target.Value(50m), Direction.None, Unit.Number, 0);
        var withheld = Indicator([Point(Q1, 75.4m), Point(Q2, 80.2m), Point(Q3, 85.0m) with { RatingWithheld = true }], new Target.Value(90m));

        Assert.Equal(["Actual"], Names(Builder().Trend(contextual, Q3)));
        Assert.Equal(["Actual", "Target"], Names(Builder().Trend(noDirection, Q3)));
        var chart = Builder().Trend(withheld, Q3);
        Assert.Equal(["Actual", "Target"], Names(chart));
        Assert.Equal(
            "Performance improved from 80.2% in 2024/25 Q2 to 85.0% in 2024/25 Q3. The target is 90.0%; the figure is not rated yet.",
            chart.Summary);
        Assert.Equal("2024/25 Q3: 85.0%<br>Rating: Not rated yet<br>Target: 90.0%",
            Strings(Trace(Parse(chart.Json), "Actual").GetProperty("hovertext"))[2]);
    }

    [Fact]
    public void A_percentage_projection_stops_at_100()
    {
        // Slope 4.5 and intercept 90.1667: 103.7% next quarter, so the line stops at 100% there.
        var indicator = Indicator([Point(Q1, 90m), Point(Q2, 95m), Point(Q3, 99m)], new Target.Value(99.5m));

        var chart = Builder().Trend(indicator, Q3);
        var projection = ProjectionOf(chart);

        Assert.Equal(["2024/25 Q3", "2024/25 Q4"], Strings(projection.GetProperty("x")));
        Assert.Equal([99.0, 100.0], Numbers(projection.GetProperty("y")));
        Assert.Equal([0.0, 9.0], Numbers(projection.GetProperty("marker").GetProperty("size")));
        Assert.Equal(
            ["Projection starts from the latest figure, 2024/25 Q3: 99.0%", "Projection for 2024/25 Q4: 100.0% (not data)"],
            Strings(projection.GetProperty("hovertext")));
        Assert.Contains("drawn 1 quarter ahead", chart.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_count_projection_stops_at_0_and_stars_stay_within_five()
    {
        var count = Indicator([Point(Q1, 20m), Point(Q2, 10m), Point(Q3, 2m)], new Target.Value(0m), Direction.Down, Unit.Number, 0);
        var stars = Indicator(
            [Point(Period.FinancialYear(2022), 3m), Point(Period.FinancialYear(2023), 4m), Point(Period.FinancialYear(2024), 5m)],
            new Target.Value(5m), Direction.Up, Unit.Stars, 0);

        var countProjection = ProjectionOf(Builder().Trend(count, Q3));
        var starsProjection = ProjectionOf(Builder().Trend(stars, Q4));

        Assert.Equal([2.0, 0.0], Numbers(countProjection.GetProperty("y")));
        Assert.Equal(["2024/25", "2025/26"], Strings(starsProjection.GetProperty("x")));
        Assert.Equal([5.0, 5.0], Numbers(starsProjection.GetProperty("y")));
    }

    [Fact]
    public void A_count_that_has_been_negative_may_be_projected_below_0()
    {
        var net = Indicator([Point(Q1, 4m), Point(Q2, -2m), Point(Q3, -8m)], new Target.Value(0m), Direction.Up, Unit.Number, 0);

        Assert.Equal([-8.0, -14.0, -20.0], Numbers(ProjectionOf(Builder().Trend(net, Q3)).GetProperty("y")));
    }

    [Fact]
    public void A_year_to_date_projection_uses_only_this_year_and_stops_at_its_end()
    {
        var indicator = YearToDate(
            [Point(Period.Quarter(2023, 3), 2200m), Point(Period.Quarter(2023, 4), 2900m), Point(Q1, 700m), Point(Q2, 1400m), Point(Q3, 2100m)]);

        var chart = Builder().Trend(indicator, Q3);
        var projection = ProjectionOf(chart);

        Assert.Equal(["2024/25 Q3", "2024/25 Q4"], Strings(projection.GetProperty("x")));
        Assert.Equal([2100.0, 2800.0], Numbers(projection.GetProperty("y")));
        Assert.Contains(
            "The dashed projection is a straight line through the last 3 quarters (2024/25 Q1 to 2024/25 Q3), drawn 1 quarter ahead; " +
            "it shows where the recent trend leads and is not a forecast.",
            chart.Summary, StringComparison.Ordinal);
        // At Q2 only two values of this year are in: last year's Q3 and Q4 are not counted.
        Assert.DoesNotContain(ChartBuilder.ProjectionName, Names(Builder().Trend(indicator, Q2)));
    }

    [Fact]
    public void The_reach_the_target_sentence_comes_only_with_a_projection()
    {
        var two = Builder().Trend(Rising(), Q3);
        var three = Builder().Trend(RisingThree(), Q3);

        Assert.DoesNotContain("would reach the target", two.Summary, StringComparison.Ordinal);
        Assert.EndsWith(
            "The dashed projection is a straight line through the last 3 quarters (2024/25 Q1 to 2024/25 Q3), drawn 2 quarters ahead; " +
            "it shows where the recent trend leads and is not a forecast. At the recent rate it would reach the target by 2025/26 Q1.",
            three.Summary, StringComparison.Ordinal);
    }

    internal static Indicator YearToDate(IEnumerable<DataPoint> series) =>
        Indicator(series, new Target.Value(3000m), Direction.Up, Unit.Number, 0) with { Frequency = Frequency.YearToDate };
}

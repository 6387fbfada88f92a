using StaticKpi.Charts;
using StaticKpi.Formatting;
using StaticKpi.Localisation;
using StaticKpi.Model;
using StaticKpi.Scoring;
using static StaticKpi.Tests.Charts.ChartFixtures;

namespace StaticKpi.Tests.Charts;

public class ChartNarrativeTests
{
    private static readonly SiteStrings English = SiteStrings.Default();

    [Fact]
    public void Rising_value_below_target_names_the_change_the_rating_and_when_the_trend_reaches_the_target()
    {
        var figure = Builder().Trend(RisingThree(), Q3);

        Assert.Equal(
            "Performance improved from 80.2% in 2024/25 Q2 to 85.0% in 2024/25 Q3. The target is 90.0%, so the indicator is Amber. " +
            "The dashed projection is a straight line through the last 3 quarters (2024/25 Q1 to 2024/25 Q3), drawn 2 quarters ahead; " +
            "it shows where the recent trend leads and is not a forecast. " +
            "At the recent rate it would reach the target by 2025/26 Q1.",
            figure.Summary);
    }

    [Fact]
    public void Falling_value_when_higher_is_better_is_a_decline_moving_away_from_the_target()
    {
        var indicator = Indicator([Point(Q1, 89.8m), Point(Q2, 85.0m), Point(Q3, 80.2m)], new Target.Value(90m));

        Assert.Equal(
            "Performance declined from 85.0% in 2024/25 Q2 to 80.2% in 2024/25 Q3. The target is 90.0%, so the indicator is Red. " +
            "The dashed projection is a straight line through the last 3 quarters (2024/25 Q1 to 2024/25 Q3), drawn 2 quarters ahead; " +
            "it shows where the recent trend leads and is not a forecast. " +
            "At the recent rate it is moving away from the target.",
            Builder().Trend(indicator, Q3).Summary);
    }

    [Fact]
    public void Value_unchanged_as_displayed_stayed_at_and_makes_no_projection_claim()
    {
        // Two values make no projection, so nothing is said about where the trend leads.
        var indicator = Indicator([Point(Q2, 85.04m), Point(Q3, 85.0m)], new Target.Value(90m));

        Assert.Equal(
            "Performance stayed at 85.0% in 2024/25 Q3, the same as in 2024/25 Q2. The target is 90.0%, so the indicator is Amber.",
            Builder().Trend(indicator, Q3).Summary);
    }

    [Fact]
    public void Exactly_flat_values_say_nothing_about_reaching_the_target()
    {
        var indicator = Indicator([Point(Q2, 85.0m), Point(Q3, 85.0m)], new Target.Value(90m));

        Assert.Equal(
            "Performance stayed at 85.0% in 2024/25 Q3, the same as in 2024/25 Q2. The target is 90.0%, so the indicator is Amber.",
            Builder().Trend(indicator, Q3).Summary);
    }

    [Fact]
    public void First_figure_says_there_is_nothing_to_compare_with()
    {
        var indicator = Indicator([Point(Q3, 85.0m)], new Target.Value(90m));

        Assert.Equal(
            "Performance is 85.0% in 2024/25 Q3; there is no earlier figure to compare with. The target is 90.0%, so the indicator is Amber.",
            Builder().Trend(indicator, Q3).Summary);
    }

    [Fact]
    public void Range_target_when_lower_is_better_gives_the_range_once_with_its_unit()
    {
        var indicator = Indicator(
            [Point(Period.Month(2024, 11), 9.18m), Point(Period.Month(2024, 12), 9.15m)],
            new Target.Range(8m, 10m), Direction.Down, Unit.Days, precision: 2);

        Assert.Equal(
            "Performance improved from 9.18 days in November 2024 to 9.15 days in December 2024 (lower is better). " +
            "The target range is 8.00 to 10.00 days, so the indicator is Green.",
            Builder().Trend(indicator, Q3).Summary);
    }

    [Fact]
    public void Rising_value_when_lower_is_better_is_a_decline()
    {
        var indicator = Indicator(
            [Point(Period.Month(2024, 10), 9.80m), Point(Period.Month(2024, 11), 10.10m), Point(Period.Month(2024, 12), 10.40m)],
            new Target.Range(8m, 10m), Direction.Down, Unit.Days, precision: 2);

        Assert.Equal(
            "Performance declined from 10.10 days in November 2024 to 10.40 days in December 2024 (lower is better). " +
            "The target range is 8.00 to 10.00 days, so the indicator is Amber. " +
            "The dashed projection is a straight line through the last 3 months (October 2024 to December 2024), drawn 2 months ahead; " +
            "it shows where the recent trend leads and is not a forecast. At the recent rate it is moving away from the target range.",
            Builder().Trend(indicator, Q3).Summary);
    }

    [Fact]
    public void Untargeted_baseline_measure_says_it_has_no_target()
    {
        var indicator = Indicator(
            [Point(Period.Month(2023, 5), 9714m), Point(Period.Month(2023, 6), 9488m)],
            target: null, Direction.Down, Unit.Number, precision: 0, status: IndicatorStatus.Baseline);

        Assert.Equal(
            "Performance improved from 9,714 in May 2023 to 9,488 in June 2023 (lower is better). It has no target; it is a baseline measure.",
            Builder().Trend(indicator, Period.Quarter(2023, 1)).Summary);
    }

    [Fact]
    public void Target_to_be_confirmed_is_said_so()
    {
        var indicator = Indicator([Point(Q2, 41m), Point(Q3, 37m)], new Target.ToBeConfirmed(), Direction.None, Unit.Number, 0,
            IndicatorStatus.Contextual);

        Assert.Equal(
            "The value fell from 41 in 2024/25 Q2 to 37 in 2024/25 Q3. The target is to be confirmed; it is a contextual measure.",
            Builder().Trend(indicator, Q3).Summary);
    }

    [Fact]
    public void No_data_up_to_the_report_period()
    {
        var indicator = Indicator([Point(Q4, 85.0m)], new Target.Value(90m));

        var figure = Builder().Trend(indicator, Q3);

        Assert.Equal("There are no figures up to 2024/25 Q3.", figure.Summary);
        Assert.Equal(0, figure.PointCount);
    }

    [Fact]
    public void Missing_current_value_says_so_and_gives_the_target_without_a_rating()
    {
        var indicator = Indicator([Point(Q2, 80.2m), Point(Q3, null)], new Target.Value(90m));

        Assert.Equal("There is no figure for 2024/25 Q3. The target is 90.0%.", Builder().Trend(indicator, Q3).Summary);
    }

    [Fact]
    public void Override_is_named_and_benchmarks_are_compared()
    {
        var indicator = Indicator(
            [Point(Q1, 75.4m), Point(Q2, 80.2m), Point(Q3, 85.0m, ratingOverride: new RatingOverride(Rating.Green, "Agreed by committee."))],
            new Target.Value(90m),
            benchmarks:
            [
                new Benchmark(BenchmarkKind.StatisticalNeighbours, 12.4m, Period.FinancialYear(2022), "CIPFA nearest neighbours", null),
                new Benchmark(BenchmarkKind.England, 13.7m, Period.FinancialYear(2022), null, null),
            ]);

        Assert.Equal(
            "Performance improved from 80.2% in 2024/25 Q2 to 85.0% in 2024/25 Q3. The target is 90.0%. The rating has been overridden to Green. " +
            "The dashed projection is a straight line through the last 3 quarters (2024/25 Q1 to 2024/25 Q3), drawn 2 quarters ahead; " +
            "it shows where the recent trend leads and is not a forecast. " +
            "At the recent rate it would reach the target by 2025/26 Q1. " +
            "For comparison, the statistical neighbours mean for 2022/23 is 12.4% and the England mean for 2022/23 is 13.7%.",
            Builder().Trend(indicator, Q3).Summary);
    }

    [Fact]
    public void Narrative_is_a_pure_function_of_the_facts()
    {
        var indicator = Rising();
        var facts = new TrendFacts(Q3, indicator.Series[1], indicator.Series[0], new Target.Value(90m), null, Rating.Amber, false,
            Period.Quarter(2025, 1), false);

        Assert.Equal(
            "Performance improved from 80.2% in 2024/25 Q2 to 85.0% in 2024/25 Q3. The target is 90.0%, so the indicator is Amber. " +
            "At the recent rate it would reach the target by 2025/26 Q1.",
            new ChartNarrative(new ValueFormatter("£", English), English).Trend(indicator, facts));
    }

    [Fact]
    public void Rating_distribution_counts_each_rating_in_summary_order()
    {
        IReadOnlyList<SummaryRow> rows =
        [
            new(Rating.Red, 2, 11), new(Rating.Amber, 3, 17), new(Rating.Green, 12, 67), new(Rating.Baseline, 0, 0),
            new(Rating.InDevelopment, 1, 5),
        ];

        Assert.Equal(
            "Of the 18 indicators in this report, 2 are Red, 3 are Amber, 12 are Green and 1 is in development.",
            ChartNarrative.RatingDistribution(rows, English));
        Assert.Equal("This report has no indicators.", ChartNarrative.RatingDistribution([new SummaryRow(Rating.Red, 0, 0)], English));
        Assert.Equal("This report has 1 indicator, and 1 has no data.",
            ChartNarrative.RatingDistribution([new SummaryRow(Rating.NoData, 1, 100)], English));
    }
}

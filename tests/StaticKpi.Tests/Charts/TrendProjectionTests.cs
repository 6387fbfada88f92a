using StaticKpi.Charts;
using StaticKpi.Model;

namespace StaticKpi.Tests.Charts;

public class TrendProjectionTests
{
    [Fact]
    public void Fits_an_exact_line_through_points_on_a_line()
    {
        Assert.Equal(new TrendLine(2m, 1m), TrendProjection.Fit([(0, 1m), (1, 3m), (2, 5m)]));
    }

    [Fact]
    public void Two_points_give_the_line_through_them()
    {
        Assert.Equal(new TrendLine(4.8m, 80.2m), TrendProjection.Fit([(0, 80.2m), (1, 85.0m)]));
    }

    [Fact]
    public void Least_squares_through_scattered_points()
    {
        // Sum x = 3, sum y = 7, sum xy = 10, sum x² = 5: slope (30 - 21) / 6, intercept (7 - 4.5) / 3.
        var line = TrendProjection.Fit([(0, 1m), (1, 2m), (2, 4m)])!.Value;

        Assert.Equal(1.5m, line.Slope);
        Assert.Equal(2.5m / 3m, line.Intercept);
    }

    [Fact]
    public void Uses_only_the_last_four_points()
    {
        Assert.Equal(new TrendLine(1m, -1m), TrendProjection.Fit([(0, 100m), (1, -50m), (2, 1m), (3, 2m), (4, 3m), (5, 4m)]));
    }

    [Fact]
    public void Gaps_between_periods_count_in_the_index()
    {
        Assert.Equal(new TrendLine(1m, 10m), TrendProjection.Fit([(0, 10m), (3, 13m)]));
    }

    [Fact]
    public void Fewer_than_two_points_or_one_index_give_no_line()
    {
        Assert.Null(TrendProjection.Fit([]));
        Assert.Null(TrendProjection.Fit([(0, 5m)]));
        Assert.Null(TrendProjection.Fit([(2, 5m), (2, 7m)]));
    }

    [Fact]
    public void Finds_the_first_future_period_that_reaches_a_higher_target()
    {
        // 85 + 4.8 = 89.8 after one period, 94.6 after two.
        Assert.Equal(2, TrendProjection.PeriodsToReach(new TrendLine(4.8m, 80.2m), 1, 85.0m, 90m));
    }

    [Fact]
    public void Finds_the_period_that_reaches_a_lower_target()
    {
        // From 10.4 falling 0.3 a period: 10.1, 9.8, 9.5, 9.2, 8.9 reaches 9.
        Assert.Equal(5, TrendProjection.PeriodsToReach(new TrendLine(-0.3m, 10.7m), 1, 10.4m, 9m));
    }

    [Fact]
    public void Reaching_the_target_exactly_counts()
    {
        Assert.Equal(1, TrendProjection.PeriodsToReach(new TrendLine(5m, 80m), 1, 85m, 90m));
    }

    [Fact]
    public void Moving_away_or_flat_gives_null()
    {
        Assert.Null(TrendProjection.PeriodsToReach(new TrendLine(-4.8m, 90m), 1, 85.2m, 90m));
        Assert.Null(TrendProjection.PeriodsToReach(new TrendLine(0m, 85m), 1, 85m, 90m));
        Assert.True(TrendProjection.MovesAway(new TrendLine(-4.8m, 90m), 85.2m, 90m));
        Assert.False(TrendProjection.MovesAway(new TrendLine(0m, 85m), 85m, 90m));
        Assert.False(TrendProjection.MovesAway(new TrendLine(4.8m, 80.2m), 85m, 90m));
    }

    [Fact]
    public void Too_slow_to_reach_the_target_within_the_limit_gives_null()
    {
        Assert.Null(TrendProjection.PeriodsToReach(new TrendLine(0.1m, 84.9m), 1, 85m, 90m));
        Assert.Equal(50, TrendProjection.PeriodsToReach(new TrendLine(0.1m, 84.9m), 1, 85m, 90m, maxPeriods: 60));
        Assert.Null(TrendProjection.PeriodsToReach(new TrendLine(0.0000000000000000000000000001m, 85m), 1, 85m, 90m));
    }

    [Fact]
    public void Already_at_the_target_is_zero_periods_and_a_line_already_past_it_is_the_next_period()
    {
        Assert.Equal(0, TrendProjection.PeriodsToReach(new TrendLine(1m, 80m), 1, 90m, 90m));
        Assert.Equal(1, TrendProjection.PeriodsToReach(new TrendLine(1m, 91m), 1, 85m, 90m));
    }

    [Fact]
    public void Next_period_and_period_index_follow_the_calendar()
    {
        Assert.Equal(Period.Quarter(2025, 1), Period.Quarter(2024, 4).Next());
        Assert.Equal(Period.Month(2025, 1), Period.Month(2024, 12).Next());
        Assert.Equal(Period.FinancialYear(2025), Period.FinancialYear(2024).Next());
        Assert.Equal(5, PeriodSteps.Index(Period.Quarter(2023, 4), Period.Quarter(2025, 1)));
        Assert.Equal(3, PeriodSteps.Index(Period.Month(2024, 11), Period.Month(2025, 2)));
        Assert.Null(PeriodSteps.Index(Period.Month(2024, 11), Period.Quarter(2024, 3)));
    }
}

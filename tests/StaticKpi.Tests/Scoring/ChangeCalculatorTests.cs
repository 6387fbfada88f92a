using StaticKpi.Model;
using StaticKpi.Scoring;

namespace StaticKpi.Tests.Scoring;

public class ChangeCalculatorTests
{
    [Fact]
    public void Higher_is_better_a_rise_is_improving()
    {
        Assert.Equal(Change.Improving, ChangeCalculator.Compare(85m, 80.2m, Direction.Up, 1));
    }

    [Fact]
    public void Higher_is_better_a_fall_is_declining()
    {
        Assert.Equal(Change.Declining, ChangeCalculator.Compare(80.2m, 85m, Direction.Up, 1));
    }

    [Fact]
    public void Lower_is_better_a_fall_is_improving()
    {
        Assert.Equal(Change.Improving, ChangeCalculator.Compare(10.4m, 12m, Direction.Down, 1));
    }

    [Fact]
    public void Lower_is_better_a_rise_is_declining()
    {
        Assert.Equal(Change.Declining, ChangeCalculator.Compare(12m, 10.4m, Direction.Down, 1));
    }

    [Theory]
    [InlineData(Direction.Up)]
    [InlineData(Direction.Down)]
    public void Equal_values_are_unchanged(Direction direction)
    {
        Assert.Equal(Change.Unchanged, ChangeCalculator.Compare(93.0m, 93.0m, direction, 1));
        Assert.Equal(Change.Unchanged, ChangeCalculator.Compare(93m, 93.0m, direction, 1));
    }

    [Theory]
    [InlineData(Direction.Up)]
    [InlineData(Direction.Down)]
    public void Values_equal_at_display_precision_are_unchanged(Direction direction)
    {
        // Both are shown as 100.00.
        Assert.Equal(Change.Unchanged, ChangeCalculator.Compare(99.996m, 100.00m, direction, 2));
        Assert.Equal(Change.Unchanged, ChangeCalculator.Compare(100.00m, 99.996m, direction, 2));
    }

    [Fact]
    public void Values_that_differ_at_display_precision_are_compared()
    {
        // 99.994 is shown as 99.99.
        Assert.Equal(Change.Declining, ChangeCalculator.Compare(99.994m, 100.00m, Direction.Up, 2));
        Assert.Equal(Change.Improving, ChangeCalculator.Compare(99.994m, 100.00m, Direction.Down, 2));
    }

    [Fact]
    public void Rounding_to_whole_numbers_rounds_halves_away_from_zero()
    {
        Assert.Equal(Change.Unchanged, ChangeCalculator.Compare(93.4m, 92.6m, Direction.Up, 0));
        Assert.Equal(Change.Improving, ChangeCalculator.Compare(93.5m, 93.4m, Direction.Up, 0));
        Assert.Equal(Change.Unchanged, ChangeCalculator.Compare(92.5m, 93.4m, Direction.Up, 0));
        Assert.Equal(Change.Declining, ChangeCalculator.Compare(-93.5m, -93.4m, Direction.Up, 0));
    }

    [Fact]
    public void A_tiny_difference_counts_when_the_precision_shows_it()
    {
        Assert.Equal(Change.Improving, ChangeCalculator.Compare(0.0101m, 0.0100m, Direction.Up, 4));
        Assert.Equal(Change.Unchanged, ChangeCalculator.Compare(0.0101m, 0.0100m, Direction.Up, 3));
    }

    [Theory]
    [InlineData(Direction.Up)]
    [InlineData(Direction.Down)]
    [InlineData(Direction.None)]
    public void A_missing_previous_value_is_not_applicable(Direction direction)
    {
        Assert.Equal(Change.NotApplicable, ChangeCalculator.Compare(85m, null, direction, 1));
    }

    [Theory]
    [InlineData(Direction.Up)]
    [InlineData(Direction.Down)]
    [InlineData(Direction.None)]
    public void A_missing_current_value_is_not_applicable(Direction direction)
    {
        Assert.Equal(Change.NotApplicable, ChangeCalculator.Compare(null, 85m, direction, 1));
        Assert.Equal(Change.NotApplicable, ChangeCalculator.Compare(null, null, direction, 1));
    }

    [Fact]
    public void With_no_direction_a_change_is_not_applicable()
    {
        Assert.Equal(Change.NotApplicable, ChangeCalculator.Compare(85m, 80m, Direction.None, 1));
        Assert.Equal(Change.NotApplicable, ChangeCalculator.Compare(80m, 85m, Direction.None, 1));
    }

    [Fact]
    public void With_no_direction_equal_values_are_also_not_applicable()
    {
        // The site's own key (KeyPageKind, "Change in performance"): "not applicable when there is no previous
        // figure or no preferred direction". The brief for the calculator: direction none -> NotApplicable.
        Assert.Equal(Change.NotApplicable, ChangeCalculator.Compare(85m, 85m, Direction.None, 1));
    }
}

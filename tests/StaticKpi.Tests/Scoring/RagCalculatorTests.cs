using StaticKpi.Model;
using StaticKpi.Scoring;

namespace StaticKpi.Tests.Scoring;

/// <summary>
/// The council's key. Policy A: Red more than 10% off target, Amber 10% or less off, Green on target up to 5%
/// over, Blue more than 5% over. Policy B: Red 10% or more off, no Blue. Percentages are of the target.
/// </summary>
public class RagCalculatorTests
{
    private static readonly RagPolicy A = Build.PolicyA;
    private static readonly RagPolicy B = Build.PolicyB;

    /// <summary>A figure written exactly, as in a YAML file: attributes cannot hold decimals.</summary>
    private static decimal Number(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static RagPolicy Policy(string name) => name == "A" ? A : B;

    private static Rating Rate(decimal? value, decimal target, Direction direction, RagPolicy policy) =>
        RagCalculator.Rate(value, new Target.Value(target), null, direction, policy);

    private static Rating RateRange(decimal? value, decimal min, decimal max, Direction direction, RagPolicy policy) =>
        RagCalculator.Rate(value, new Target.Range(min, max), null, direction, policy);

    // ---- higher is better ----------------------------------------------------------------------------------

    [Theory]
    [InlineData("90", "90", Direction.Up, "A", Rating.Green)]
    [InlineData("90", "90", Direction.Up, "B", Rating.Green)]
    public void Exactly_on_target_is_green_under_both_policies(string value, string target, Direction direction, string policy, Rating expected)
    {
        Assert.Equal(expected, Rate(Number(value), Number(target), direction, Policy(policy)));
    }

    [Fact]
    public void Exactly_five_percent_over_target_is_green_when_blue_excludes_the_threshold()
    {
        // Seed case: target 60, value 63. The published report said Amber; the key gives Green.
        Assert.Equal(Rating.Green, Rate(63m, 60m, Direction.Up, A));
    }

    [Fact]
    public void Exactly_five_percent_over_target_is_green_when_there_is_no_blue()
    {
        Assert.Equal(Rating.Green, Rate(63m, 60m, Direction.Up, B));
    }

    [Fact]
    public void Exactly_five_percent_over_target_is_blue_when_blue_includes_the_threshold()
    {
        var inclusive = A with { BlueIncludesThreshold = true };

        Assert.Equal(Rating.Blue, Rate(63m, 60m, Direction.Up, inclusive));
        Assert.Equal(Rating.Green, Rate(62.99m, 60m, Direction.Up, inclusive));
    }

    [Fact]
    public void Just_over_five_percent_over_target_is_blue_when_blue_is_used()
    {
        Assert.Equal(Rating.Blue, Rate(63.01m, 60m, Direction.Up, A));
    }

    [Fact]
    public void Just_over_five_percent_over_target_is_green_when_there_is_no_blue()
    {
        Assert.Equal(Rating.Green, Rate(63.01m, 60m, Direction.Up, B));
    }

    [Theory]
    [InlineData("62.99", "60", Direction.Up, "A", Rating.Green)]
    [InlineData("62.99", "60", Direction.Up, "B", Rating.Green)]
    public void Just_under_five_percent_over_target_is_green(string value, string target, Direction direction, string policy, Rating expected)
    {
        Assert.Equal(expected, Rate(Number(value), Number(target), direction, Policy(policy)));
    }

    [Theory]
    [InlineData("84.10", "80", Direction.Up, "A", Rating.Blue)]
    [InlineData("84.10", "80", Direction.Up, "B", Rating.Green)]
    public void Target_80_value_84_10_is_blue_when_blue_is_used_and_green_when_not(
        string value, string target, Direction direction, string policy, Rating expected)
    {
        // 4.1 / 80 = 5.125% better.
        Assert.Equal(expected, Rate(Number(value), Number(target), direction, Policy(policy)));
    }

    [Theory]
    [InlineData("180", "90", Direction.Up, "A", Rating.Blue)]
    [InlineData("180", "90", Direction.Up, "B", Rating.Green)]
    public void Far_over_target_is_blue_when_blue_is_used_and_green_when_not(
        string value, string target, Direction direction, string policy, Rating expected)
    {
        Assert.Equal(expected, Rate(Number(value), Number(target), direction, Policy(policy)));
    }

    [Fact]
    public void Exactly_ten_percent_below_target_is_amber_when_red_excludes_the_threshold()
    {
        Assert.Equal(Rating.Amber, Rate(81m, 90m, Direction.Up, A));
    }

    [Fact]
    public void Exactly_ten_percent_below_target_is_red_when_red_includes_the_threshold()
    {
        Assert.Equal(Rating.Red, Rate(81m, 90m, Direction.Up, B));
    }

    [Theory]
    [InlineData("81.01", "90", Direction.Up, "A", Rating.Amber)]
    [InlineData("81.01", "90", Direction.Up, "B", Rating.Amber)]
    public void Just_under_ten_percent_below_target_is_amber_under_both_policies(
        string value, string target, Direction direction, string policy, Rating expected)
    {
        // 8.99 / 90 = 9.99% off.
        Assert.Equal(expected, Rate(Number(value), Number(target), direction, Policy(policy)));
    }

    [Theory]
    [InlineData("80.99", "90", Direction.Up, "A", Rating.Red)]
    [InlineData("80.99", "90", Direction.Up, "B", Rating.Red)]
    public void Just_over_ten_percent_below_target_is_red_under_both_policies(
        string value, string target, Direction direction, string policy, Rating expected)
    {
        Assert.Equal(expected, Rate(Number(value), Number(target), direction, Policy(policy)));
    }

    [Theory]
    [InlineData("80.2", "90", Direction.Up, "B", Rating.Red)]
    [InlineData("80.2", "90", Direction.Up, "A", Rating.Red)]
    public void Target_90_value_80_2_is_red_being_almost_eleven_percent_off(
        string value, string target, Direction direction, string policy, Rating expected)
    {
        // 9.8 / 90 = 10.89% off.
        Assert.Equal(expected, Rate(Number(value), Number(target), direction, Policy(policy)));
    }

    [Theory]
    [InlineData("85", "90", Direction.Up, "A", Rating.Amber)]
    [InlineData("85", "90", Direction.Up, "B", Rating.Amber)]
    public void Target_90_value_85_is_amber_being_five_and_a_half_percent_off(
        string value, string target, Direction direction, string policy, Rating expected)
    {
        Assert.Equal(expected, Rate(Number(value), Number(target), direction, Policy(policy)));
    }

    [Theory]
    [InlineData("2262", "2250", Direction.Up, "A", Rating.Green)]
    [InlineData("2262", "2250", Direction.Up, "B", Rating.Green)]
    public void Target_2250_value_2262_is_green_being_half_a_percent_over(
        string value, string target, Direction direction, string policy, Rating expected)
    {
        Assert.Equal(expected, Rate(Number(value), Number(target), direction, Policy(policy)));
    }

    [Theory]
    [InlineData("89.99", "90", Direction.Up, "A", Rating.Amber)]
    [InlineData("89.99", "90", Direction.Up, "B", Rating.Amber)]
    public void A_tiny_shortfall_is_amber(string value, string target, Direction direction, string policy, Rating expected)
    {
        Assert.Equal(expected, Rate(Number(value), Number(target), direction, Policy(policy)));
    }

    [Fact]
    public void Thresholds_other_than_ten_and_five_are_respected()
    {
        var strict = new RagPolicy("Strict", Period.Quarter(2020, 1), 5m, false, 2m, false);

        Assert.Equal(Rating.Amber, Rate(95m, 100m, Direction.Up, strict));
        Assert.Equal(Rating.Red, Rate(94.99m, 100m, Direction.Up, strict));
        Assert.Equal(Rating.Green, Rate(102m, 100m, Direction.Up, strict));
        Assert.Equal(Rating.Blue, Rate(102.01m, 100m, Direction.Up, strict));
    }

    // ---- lower is better -----------------------------------------------------------------------------------

    [Theory]
    [InlineData("20", "20", Direction.Down, "A", Rating.Green)]
    [InlineData("20", "20", Direction.Down, "B", Rating.Green)]
    public void Lower_is_better_exactly_on_target_is_green(string value, string target, Direction direction, string policy, Rating expected)
    {
        Assert.Equal(expected, Rate(Number(value), Number(target), direction, Policy(policy)));
    }

    [Fact]
    public void Lower_is_better_exactly_ten_percent_above_target_is_amber_when_red_excludes_the_threshold()
    {
        Assert.Equal(Rating.Amber, Rate(22m, 20m, Direction.Down, A));
    }

    [Fact]
    public void Lower_is_better_exactly_ten_percent_above_target_is_red_when_red_includes_the_threshold()
    {
        Assert.Equal(Rating.Red, Rate(22m, 20m, Direction.Down, B));
    }

    [Theory]
    [InlineData("21.99", "20", Direction.Down, "A", Rating.Amber)]
    [InlineData("21.99", "20", Direction.Down, "B", Rating.Amber)]
    [InlineData("22.01", "20", Direction.Down, "A", Rating.Red)]
    [InlineData("22.01", "20", Direction.Down, "B", Rating.Red)]
    public void Lower_is_better_just_under_and_over_ten_percent_above_target(
        string value, string target, Direction direction, string policy, Rating expected)
    {
        Assert.Equal(expected, Rate(Number(value), Number(target), direction, Policy(policy)));
    }

    [Theory]
    [InlineData("19", "20", Direction.Down, "A", Rating.Green)]
    [InlineData("19", "20", Direction.Down, "B", Rating.Green)]
    public void Lower_is_better_exactly_five_percent_below_target_is_green(
        string value, string target, Direction direction, string policy, Rating expected)
    {
        Assert.Equal(expected, Rate(Number(value), Number(target), direction, Policy(policy)));
    }

    [Theory]
    [InlineData("18.9", "20", Direction.Down, "A", Rating.Blue)]
    [InlineData("18.9", "20", Direction.Down, "B", Rating.Green)]
    public void Lower_is_better_five_and_a_half_percent_below_target_is_blue_when_blue_is_used(
        string value, string target, Direction direction, string policy, Rating expected)
    {
        Assert.Equal(expected, Rate(Number(value), Number(target), direction, Policy(policy)));
    }

    [Theory]
    [InlineData("10.4", "15", Direction.Down, "A", Rating.Blue)]
    [InlineData("10.4", "15", Direction.Down, "B", Rating.Green)]
    public void Lower_is_better_target_15_value_10_4_is_blue_when_blue_is_used(
        string value, string target, Direction direction, string policy, Rating expected)
    {
        // Seed case: 4.6 / 15 = 30.7% better.
        Assert.Equal(expected, Rate(Number(value), Number(target), direction, Policy(policy)));
    }

    [Theory]
    [InlineData("20.01", "20", Direction.Down, "A", Rating.Amber)]
    [InlineData("40", "20", Direction.Down, "A", Rating.Red)]
    public void Lower_is_better_above_target_is_never_green(string value, string target, Direction direction, string policy, Rating expected)
    {
        Assert.Equal(expected, Rate(Number(value), Number(target), direction, Policy(policy)));
    }

    // ---- no direction --------------------------------------------------------------------------------------

    [Theory]
    [InlineData("20", "20", Direction.None, "A", Rating.Green)]
    [InlineData("20", "20", Direction.None, "B", Rating.Green)]
    public void With_no_direction_exactly_on_target_is_green(string value, string target, Direction direction, string policy, Rating expected)
    {
        Assert.Equal(expected, Rate(Number(value), Number(target), direction, Policy(policy)));
    }

    [Theory]
    [InlineData("20.01", "20", Direction.None, "A", Rating.Amber)]
    [InlineData("21", "20", Direction.None, "A", Rating.Amber)]
    [InlineData("22", "20", Direction.None, "A", Rating.Amber)]
    [InlineData("22", "20", Direction.None, "B", Rating.Red)]
    [InlineData("22.01", "20", Direction.None, "A", Rating.Red)]
    public void With_no_direction_any_distance_above_target_counts_as_worse(
        string value, string target, Direction direction, string policy, Rating expected)
    {
        Assert.Equal(expected, Rate(Number(value), Number(target), direction, Policy(policy)));
    }

    [Theory]
    [InlineData("19.99", "20", Direction.None, "A", Rating.Amber)]
    [InlineData("18", "20", Direction.None, "A", Rating.Amber)]
    [InlineData("18", "20", Direction.None, "B", Rating.Red)]
    [InlineData("17.99", "20", Direction.None, "A", Rating.Red)]
    public void With_no_direction_any_distance_below_target_counts_as_worse(
        string value, string target, Direction direction, string policy, Rating expected)
    {
        Assert.Equal(expected, Rate(Number(value), Number(target), direction, Policy(policy)));
    }

    [Theory]
    [InlineData("200", "20", Direction.None, "A", Rating.Red)]
    [InlineData("0", "20", Direction.None, "A", Rating.Red)]
    public void With_no_direction_nothing_is_ever_blue(string value, string target, Direction direction, string policy, Rating expected)
    {
        Assert.Equal(expected, Rate(Number(value), Number(target), direction, Policy(policy)));
    }

    // ---- ranges --------------------------------------------------------------------------------------------

    [Theory]
    [InlineData(Direction.Up)]
    [InlineData(Direction.Down)]
    [InlineData(Direction.None)]
    public void Inside_a_range_and_on_its_edges_is_green(Direction direction)
    {
        foreach (var policy in new[] { A, B })
        {
            Assert.Equal(Rating.Green, RateRange(10m, 10m, 13m, direction, policy));
            Assert.Equal(Rating.Green, RateRange(11.5m, 10m, 13m, direction, policy));
            Assert.Equal(Rating.Green, RateRange(13m, 10m, 13m, direction, policy));
        }
    }

    [Theory]
    [InlineData("12", "12", "12", Direction.Up, "A", Rating.Green)]
    [InlineData("11.9", "12", "12", Direction.Up, "A", Rating.Amber)]
    public void A_range_of_one_value_is_green_only_at_that_value(
        string value, string min, string max, Direction direction, string policy, Rating expected)
    {
        Assert.Equal(expected, RateRange(Number(value), Number(min), Number(max), direction, Policy(policy)));
    }

    [Theory]
    [InlineData("9.99", "10", "13", Direction.Up, "A", Rating.Amber)]
    [InlineData("9.5", "10", "13", Direction.Up, "A", Rating.Amber)]
    [InlineData("9", "10", "13", Direction.Up, "A", Rating.Amber)]
    [InlineData("9", "10", "13", Direction.Up, "B", Rating.Red)]
    [InlineData("8.99", "10", "13", Direction.Up, "A", Rating.Red)]
    public void Higher_is_better_below_a_range_is_off_target_measured_from_the_minimum(
        string value, string min, string max, Direction direction, string policy, Rating expected)
    {
        Assert.Equal(expected, RateRange(Number(value), Number(min), Number(max), direction, Policy(policy)));
    }

    [Theory]
    [InlineData("13.65", "10", "13", Direction.Up, "A", Rating.Green)]
    [InlineData("13.66", "10", "13", Direction.Up, "A", Rating.Blue)]
    [InlineData("13.66", "10", "13", Direction.Up, "B", Rating.Green)]
    [InlineData("20", "10", "13", Direction.Up, "A", Rating.Blue)]
    public void Higher_is_better_above_a_range_is_beating_it_measured_from_the_maximum(
        string value, string min, string max, Direction direction, string policy, Rating expected)
    {
        // 13.65 is exactly 5% above 13.
        Assert.Equal(expected, RateRange(Number(value), Number(min), Number(max), direction, Policy(policy)));
    }

    [Theory]
    [InlineData("13.01", "10", "13", Direction.Down, "A", Rating.Amber)]
    [InlineData("14.3", "10", "13", Direction.Down, "A", Rating.Amber)]
    [InlineData("14.3", "10", "13", Direction.Down, "B", Rating.Red)]
    [InlineData("14.31", "10", "13", Direction.Down, "A", Rating.Red)]
    public void Lower_is_better_above_a_range_is_off_target_measured_from_the_maximum(
        string value, string min, string max, Direction direction, string policy, Rating expected)
    {
        // 14.3 is exactly 10% above 13.
        Assert.Equal(expected, RateRange(Number(value), Number(min), Number(max), direction, Policy(policy)));
    }

    [Theory]
    [InlineData("9.5", "10", "13", Direction.Down, "A", Rating.Green)]
    [InlineData("9.4", "10", "13", Direction.Down, "A", Rating.Blue)]
    [InlineData("9.4", "10", "13", Direction.Down, "B", Rating.Green)]
    [InlineData("0", "10", "13", Direction.Down, "A", Rating.Blue)]
    public void Lower_is_better_below_a_range_is_beating_it_measured_from_the_minimum(
        string value, string min, string max, Direction direction, string policy, Rating expected)
    {
        Assert.Equal(expected, RateRange(Number(value), Number(min), Number(max), direction, Policy(policy)));
    }

    [Theory]
    [InlineData("9", "10", "13", Direction.None, "A", Rating.Amber)]
    [InlineData("9", "10", "13", Direction.None, "B", Rating.Red)]
    [InlineData("8.99", "10", "13", Direction.None, "A", Rating.Red)]
    [InlineData("13.65", "10", "13", Direction.None, "A", Rating.Amber)]
    [InlineData("14.3", "10", "13", Direction.None, "A", Rating.Amber)]
    [InlineData("14.3", "10", "13", Direction.None, "B", Rating.Red)]
    [InlineData("14.31", "10", "13", Direction.None, "A", Rating.Red)]
    public void With_no_direction_outside_a_range_on_either_side_is_off_target(
        string value, string min, string max, Direction direction, string policy, Rating expected)
    {
        Assert.Equal(expected, RateRange(Number(value), Number(min), Number(max), direction, Policy(policy)));
    }

    [Theory]
    [InlineData("-0.01", "0", "5", Direction.Up, "A", Rating.Red)]
    [InlineData("-0.01", "0", "5", Direction.Down, "A", Rating.Blue)]
    [InlineData("-0.01", "0", "5", Direction.Down, "B", Rating.Green)]
    [InlineData("5.5", "0", "5", Direction.Down, "A", Rating.Amber)]
    public void A_range_starting_at_zero_makes_any_shortfall_below_it_red(
        string value, string min, string max, Direction direction, string policy, Rating expected)
    {
        Assert.Equal(expected, RateRange(Number(value), Number(min), Number(max), direction, Policy(policy)));
    }

    // ---- zero target ---------------------------------------------------------------------------------------

    [Theory]
    [InlineData(Direction.Up)]
    [InlineData(Direction.Down)]
    [InlineData(Direction.None)]
    public void A_zero_target_met_exactly_is_green(Direction direction)
    {
        Assert.Equal(Rating.Green, Rate(0m, 0m, direction, A));
        Assert.Equal(Rating.Green, Rate(0m, 0m, direction, B));
    }

    [Theory]
    [InlineData("0.01", "0", Direction.Down, "A", Rating.Red)]
    [InlineData("3", "0", Direction.Down, "A", Rating.Red)]
    [InlineData("3", "0", Direction.Down, "B", Rating.Red)]
    public void Lower_is_better_anything_above_a_zero_target_is_red(string value, string target, Direction direction, string policy, Rating expected)
    {
        Assert.Equal(expected, Rate(Number(value), Number(target), direction, Policy(policy)));
    }

    [Theory]
    [InlineData("-1", "0", Direction.Down, "A", Rating.Blue)]
    [InlineData("-1", "0", Direction.Down, "B", Rating.Green)]
    public void Lower_is_better_below_a_zero_target_beats_it(string value, string target, Direction direction, string policy, Rating expected)
    {
        Assert.Equal(expected, Rate(Number(value), Number(target), direction, Policy(policy)));
    }

    [Theory]
    [InlineData("0.01", "0", Direction.Up, "A", Rating.Blue)]
    [InlineData("5", "0", Direction.Up, "A", Rating.Blue)]
    public void Higher_is_better_anything_above_a_zero_target_is_blue_when_blue_is_used(
        string value, string target, Direction direction, string policy, Rating expected)
    {
        Assert.Equal(expected, Rate(Number(value), Number(target), direction, Policy(policy)));
    }

    [Theory]
    [InlineData("0.01", "0", Direction.Up, "B", Rating.Green)]
    [InlineData("5", "0", Direction.Up, "B", Rating.Green)]
    public void Higher_is_better_anything_above_a_zero_target_is_green_when_there_is_no_blue(
        string value, string target, Direction direction, string policy, Rating expected)
    {
        Assert.Equal(expected, Rate(Number(value), Number(target), direction, Policy(policy)));
    }

    [Theory]
    [InlineData("-0.01", "0", Direction.Up, "A", Rating.Red)]
    [InlineData("-0.01", "0", Direction.Up, "B", Rating.Red)]
    public void Higher_is_better_below_a_zero_target_is_red(string value, string target, Direction direction, string policy, Rating expected)
    {
        Assert.Equal(expected, Rate(Number(value), Number(target), direction, Policy(policy)));
    }

    [Theory]
    [InlineData("0.01", "0", Direction.None, "A", Rating.Red)]
    [InlineData("-0.01", "0", Direction.None, "A", Rating.Red)]
    public void With_no_direction_any_value_off_a_zero_target_is_red(
        string value, string target, Direction direction, string policy, Rating expected)
    {
        Assert.Equal(expected, Rate(Number(value), Number(target), direction, Policy(policy)));
    }

    // ---- negative targets ----------------------------------------------------------------------------------

    [Theory]
    [InlineData("-9", "-10", Direction.Up, "A", Rating.Blue)]
    [InlineData("-9.5", "-10", Direction.Up, "A", Rating.Green)]
    [InlineData("-10", "-10", Direction.Up, "A", Rating.Green)]
    [InlineData("-10.5", "-10", Direction.Up, "A", Rating.Amber)]
    [InlineData("-11", "-10", Direction.Up, "A", Rating.Amber)]
    [InlineData("-11", "-10", Direction.Up, "B", Rating.Red)]
    [InlineData("-11.01", "-10", Direction.Up, "A", Rating.Red)]
    public void Higher_is_better_with_a_negative_target_measures_from_its_size(
        string value, string target, Direction direction, string policy, Rating expected)
    {
        // Target -10: -9 is 1 above, 10% of the target's size; -11 is 10% below.
        Assert.Equal(expected, Rate(Number(value), Number(target), direction, Policy(policy)));
    }

    [Theory]
    [InlineData("-11", "-10", Direction.Down, "A", Rating.Blue)]
    [InlineData("-10.5", "-10", Direction.Down, "A", Rating.Green)]
    [InlineData("-9", "-10", Direction.Down, "A", Rating.Amber)]
    [InlineData("-9", "-10", Direction.Down, "B", Rating.Red)]
    [InlineData("-8.99", "-10", Direction.Down, "A", Rating.Red)]
    public void Lower_is_better_with_a_negative_target_is_mirrored(string value, string target, Direction direction, string policy, Rating expected)
    {
        Assert.Equal(expected, Rate(Number(value), Number(target), direction, Policy(policy)));
    }

    // ---- no value, no target -------------------------------------------------------------------------------

    [Theory]
    [InlineData(Direction.Up)]
    [InlineData(Direction.Down)]
    [InlineData(Direction.None)]
    public void A_missing_value_with_a_target_is_no_data(Direction direction)
    {
        Assert.Equal(Rating.NoData, Rate(null, 90m, direction, A));
        Assert.Equal(Rating.NoData, RateRange(null, 10m, 13m, direction, B));
    }

    [Fact]
    public void A_missing_value_with_a_target_is_no_data_even_when_a_status_is_given()
    {
        Assert.Equal(Rating.NoData, RagCalculator.Rate(null, new Target.Value(90m), IndicatorStatus.Contextual, Direction.Up, A));
    }

    [Fact]
    public void A_target_to_be_confirmed_is_not_rated_and_shows_baseline_by_default()
    {
        Assert.Equal(Rating.Baseline, RagCalculator.Rate(85m, new Target.ToBeConfirmed(), null, Direction.Up, A));
        Assert.Equal(Rating.Baseline, RagCalculator.Rate(null, new Target.ToBeConfirmed(), null, Direction.Up, A));
    }

    [Theory]
    [InlineData(IndicatorStatus.Baseline, Rating.Baseline)]
    [InlineData(IndicatorStatus.Contextual, Rating.Contextual)]
    [InlineData(IndicatorStatus.InDevelopment, Rating.InDevelopment)]
    [InlineData(IndicatorStatus.Suspended, Rating.Suspended)]
    public void A_target_to_be_confirmed_shows_the_status(IndicatorStatus status, Rating expected)
    {
        Assert.Equal(expected, RagCalculator.Rate(85m, new Target.ToBeConfirmed(), status, Direction.Up, A));
    }

    [Theory]
    [InlineData(IndicatorStatus.Baseline, Rating.Baseline)]
    [InlineData(IndicatorStatus.Contextual, Rating.Contextual)]
    [InlineData(IndicatorStatus.InDevelopment, Rating.InDevelopment)]
    [InlineData(IndicatorStatus.Suspended, Rating.Suspended)]
    public void Without_a_target_the_status_is_shown_instead_of_a_colour(IndicatorStatus status, Rating expected)
    {
        foreach (var direction in new[] { Direction.Up, Direction.Down, Direction.None })
        {
            Assert.Equal(expected, RagCalculator.Rate(85m, null, status, direction, A));
            Assert.Equal(expected, RagCalculator.Rate(85m, null, status, direction, B));
            Assert.Equal(expected, RagCalculator.Rate(null, null, status, direction, A));
        }
    }

    [Fact]
    public void Without_a_target_or_a_status_the_value_has_no_target()
    {
        // A period before the first of an indicator's targets by period: rated against nothing, not today's target.
        Assert.Equal(Rating.NoTarget, RagCalculator.Rate(85m, null, null, Direction.Up, A));
    }

    [Fact]
    public void A_target_to_be_confirmed_without_a_status_still_shows_baseline()
    {
        Assert.Equal(Rating.Baseline, RagCalculator.Rate(85m, new Target.ToBeConfirmed(), null, Direction.Up, A));
    }

    [Fact]
    public void A_target_wins_over_a_status_passed_with_it()
    {
        Assert.Equal(Rating.Green, RagCalculator.Rate(90m, new Target.Value(90m), IndicatorStatus.Contextual, Direction.Up, A));
    }

    [Theory]
    [InlineData(IndicatorStatus.Baseline, Rating.Baseline)]
    [InlineData(IndicatorStatus.Contextual, Rating.Contextual)]
    [InlineData(IndicatorStatus.InDevelopment, Rating.InDevelopment)]
    [InlineData(IndicatorStatus.Suspended, Rating.Suspended)]
    public void Each_status_maps_to_its_own_rating(IndicatorStatus status, Rating expected)
    {
        Assert.Equal(expected, RagCalculator.StatusRating(status));
    }

    // ---- percent better than target ------------------------------------------------------------------------

    [Fact]
    public void Percent_better_than_target_is_exact_for_the_boundary_cases()
    {
        Assert.Equal(5m, RagCalculator.PercentBetterThanTarget(63m, 60m, Direction.Up));
        Assert.Equal(-10m, RagCalculator.PercentBetterThanTarget(81m, 90m, Direction.Up));
        Assert.Equal(-10m, RagCalculator.PercentBetterThanTarget(22m, 20m, Direction.Down));
        Assert.Equal(5.5m, RagCalculator.PercentBetterThanTarget(18.9m, 20m, Direction.Down));
        Assert.Equal(5.125m, RagCalculator.PercentBetterThanTarget(84.10m, 80m, Direction.Up));
        Assert.Equal(0m, RagCalculator.PercentBetterThanTarget(90m, 90m, Direction.Up));
    }

    [Fact]
    public void Percent_better_than_target_with_no_direction_is_never_positive()
    {
        Assert.Equal(-5m, RagCalculator.PercentBetterThanTarget(21m, 20m, Direction.None));
        Assert.Equal(-5m, RagCalculator.PercentBetterThanTarget(19m, 20m, Direction.None));
    }

    [Fact]
    public void Percent_better_than_target_is_relative_to_the_size_of_a_negative_target()
    {
        Assert.Equal(10m, RagCalculator.PercentBetterThanTarget(-9m, -10m, Direction.Up));
        Assert.Equal(-10m, RagCalculator.PercentBetterThanTarget(-9m, -10m, Direction.Down));
    }

    [Fact]
    public void Percent_better_than_a_zero_target_is_zero_when_met_and_undefined_otherwise()
    {
        Assert.Equal(0m, RagCalculator.PercentBetterThanTarget(0m, 0m, Direction.Down));
        Assert.Null(RagCalculator.PercentBetterThanTarget(0.1m, 0m, Direction.Up));
        Assert.Null(RagCalculator.PercentBetterThanTarget(-0.1m, 0m, Direction.Up));
        Assert.Null(RagCalculator.PercentBetterThanTarget(0.1m, 0m, Direction.None));
    }

    [Fact]
    public void Ten_point_nine_percent_off_is_just_under_eleven()
    {
        var percent = RagCalculator.PercentBetterThanTarget(80.2m, 90m, Direction.Up);

        Assert.NotNull(percent);
        Assert.Equal(-10.89m, Math.Round(percent.Value, 2));
    }
}

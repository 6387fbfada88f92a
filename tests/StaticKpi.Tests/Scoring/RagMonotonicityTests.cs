using StaticKpi.Model;
using StaticKpi.Scoring;

namespace StaticKpi.Tests.Scoring;

/// <summary>
/// Property-style checks over a grid of targets and values: as a value gets better the rating never gets worse,
/// so a rising value can never go Red, Amber, Red.
/// </summary>
public class RagMonotonicityTests
{
    private static readonly decimal[] Targets = [-250m, -10m, -1m, 0m, 0.5m, 1m, 7m, 15m, 20m, 60m, 80m, 90m, 99.5m, 2250m];

    private static readonly (decimal Min, decimal Max)[] Ranges =
        [(10m, 13m), (-5m, 5m), (0m, 2m), (90m, 100m), (12m, 12m), (-20m, -10m)];

    public static TheoryData<string> Policies => new() { "A", "B" };

    private static RagPolicy PolicyNamed(string name) => name == "A" ? Build.PolicyA : Build.PolicyB;

    private static int Rank(Rating rating) => rating switch
    {
        Rating.Red => 0,
        Rating.Amber => 1,
        Rating.Green => 2,
        Rating.Blue => 3,
        _ => throw new InvalidOperationException($"{rating} is not a colour"),
    };

    /// <summary>Values from 3 target-sizes below to 3 above, in steps of 0.5% of the target (at least 0.005).</summary>
    private static List<decimal> ValuesAround(decimal centre, decimal size)
    {
        var step = Math.Max(Math.Abs(size), 1m) / 200m;
        var values = new List<decimal>();
        for (var k = -600; k <= 600; k++)
        {
            values.Add(centre + k * step);
        }

        // Exact boundaries too, whatever the step.
        foreach (var percent in new[] { -10m, -5m, 5m, 10m })
        {
            values.Add(centre + Math.Abs(size) * percent / 100m);
        }

        values.Sort();
        return values;
    }

    private static List<(decimal Value, Rating Rating)> Ratings(Target target, IEnumerable<decimal> values, Direction direction, RagPolicy policy) =>
        [.. values.Select(v => (v, RagCalculator.Rate(v, target, null, direction, policy)))];

    private static void AssertNeverWorsens(IReadOnlyList<(decimal Value, Rating Rating)> ascendingByGoodness, string what)
    {
        for (var i = 1; i < ascendingByGoodness.Count; i++)
        {
            var (beforeValue, before) = ascendingByGoodness[i - 1];
            var (afterValue, after) = ascendingByGoodness[i];
            Assert.True(
                Rank(after) >= Rank(before),
                $"{what}: {beforeValue} is {before} but the better value {afterValue} is {after}");
        }
    }

    [Theory]
    [MemberData(nameof(Policies))]
    public void Higher_is_better_rating_never_worsens_as_the_value_rises(string policyName)
    {
        var policy = PolicyNamed(policyName);
        foreach (var target in Targets)
        {
            var ratings = Ratings(new Target.Value(target), ValuesAround(target, target), Direction.Up, policy);
            AssertNeverWorsens(ratings, $"target {target}, up, policy {policyName}");
            Assert.Contains(ratings, r => r.Rating == Rating.Red);
            Assert.Contains(ratings, r => r.Rating == Rating.Green);
        }
    }

    [Theory]
    [MemberData(nameof(Policies))]
    public void Lower_is_better_rating_never_worsens_as_the_value_falls(string policyName)
    {
        var policy = PolicyNamed(policyName);
        foreach (var target in Targets)
        {
            var falling = ValuesAround(target, target);
            falling.Reverse();
            var ratings = Ratings(new Target.Value(target), falling, Direction.Down, policy);
            AssertNeverWorsens(ratings, $"target {target}, down, policy {policyName}");
        }
    }

    [Theory]
    [MemberData(nameof(Policies))]
    public void Higher_and_lower_is_better_are_mirror_images(string policyName)
    {
        var policy = PolicyNamed(policyName);
        foreach (var target in Targets)
        {
            foreach (var value in ValuesAround(target, target))
            {
                var mirrored = 2 * target - value;
                Assert.Equal(
                    RagCalculator.Rate(value, new Target.Value(target), null, Direction.Up, policy),
                    RagCalculator.Rate(mirrored, new Target.Value(target), null, Direction.Down, policy));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Policies))]
    public void With_no_direction_rating_rises_to_green_at_the_target_then_falls(string policyName)
    {
        var policy = PolicyNamed(policyName);
        foreach (var target in Targets)
        {
            var values = ValuesAround(target, target);
            var below = values.Where(v => v <= target).ToList();
            var above = values.Where(v => v >= target).Reverse().ToList();
            AssertNeverWorsens(Ratings(new Target.Value(target), below, Direction.None, policy), $"target {target}, none, below");
            AssertNeverWorsens(Ratings(new Target.Value(target), above, Direction.None, policy), $"target {target}, none, above");
            Assert.Equal(Rating.Green, RagCalculator.Rate(target, new Target.Value(target), null, Direction.None, policy));
            Assert.DoesNotContain(Ratings(new Target.Value(target), values, Direction.None, policy), r => r.Rating == Rating.Blue);
        }
    }

    [Theory]
    [MemberData(nameof(Policies))]
    public void Against_a_range_rating_never_worsens_as_the_value_improves(string policyName)
    {
        var policy = PolicyNamed(policyName);
        foreach (var (min, max) in Ranges)
        {
            var target = new Target.Range(min, max);
            var size = Math.Max(Math.Abs(min), Math.Abs(max));
            var values = ValuesAround(min, size).Concat(ValuesAround(max, size)).Distinct().Order().ToList();

            AssertNeverWorsens(Ratings(target, values, Direction.Up, policy), $"range {min}-{max}, up");
            AssertNeverWorsens(Ratings(target, Enumerable.Reverse(values), Direction.Down, policy), $"range {min}-{max}, down");
            AssertNeverWorsens(Ratings(target, values.Where(v => v <= min), Direction.None, policy), $"range {min}-{max}, none, below");
            AssertNeverWorsens(
                Ratings(target, values.Where(v => v >= max).Reverse(), Direction.None, policy),
                $"range {min}-{max}, none, above");
            Assert.All(values.Where(v => v >= min && v <= max), v =>
                Assert.Equal(Rating.Green, RagCalculator.Rate(v, target, null, Direction.None, policy)));
        }
    }

    [Fact]
    public void Without_blue_in_the_policy_no_value_is_ever_blue()
    {
        foreach (var target in Targets)
        {
            foreach (var direction in new[] { Direction.Up, Direction.Down, Direction.None })
            {
                Assert.DoesNotContain(
                    Ratings(new Target.Value(target), ValuesAround(target, target), direction, Build.PolicyB),
                    r => r.Rating == Rating.Blue);
            }
        }
    }

    [Fact]
    public void The_later_policy_is_never_kinder_than_the_earlier_one_below_target()
    {
        foreach (var target in Targets)
        {
            foreach (var direction in new[] { Direction.Up, Direction.Down, Direction.None })
            {
                foreach (var value in ValuesAround(target, target))
                {
                    var a = RagCalculator.Rate(value, new Target.Value(target), null, direction, Build.PolicyA);
                    var b = RagCalculator.Rate(value, new Target.Value(target), null, direction, Build.PolicyB);
                    if (a is Rating.Blue)
                    {
                        Assert.Equal(Rating.Green, b);
                    }
                    else
                    {
                        Assert.True(Rank(b) <= Rank(a), $"target {target}, {direction}, value {value}: A {a}, B {b}");
                    }
                }
            }
        }
    }
}

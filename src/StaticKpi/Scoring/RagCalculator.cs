using StaticKpi.Model;

namespace StaticKpi.Scoring;

/// <summary>
/// Computes a RAG rating from a value, its target, the direction for improvement and the policy in force.
/// Pure: no I/O, no configuration lookups. All arithmetic is decimal so that "exactly 10% off" is exact.
/// </summary>
public static class RagCalculator
{
    /// <summary>
    /// Rates a value. Untargeted indicators get their status (Baseline, Contextual...) instead of a colour, and a
    /// period with neither a target nor a status (before any target was set) gets <see cref="Rating.NoTarget"/>;
    /// a missing value gets <see cref="Rating.NoData"/>.
    /// </summary>
    public static Rating Rate(decimal? value, Target? target, IndicatorStatus? status, Direction direction, RagPolicy policy)
    {
        if (target is null && status is null)
        {
            return Rating.NoTarget;
        }

        if (target is null or Target.ToBeConfirmed)
        {
            return StatusRating(status ?? IndicatorStatus.Baseline);
        }

        if (value is not { } actual)
        {
            return Rating.NoData;
        }

        return target switch
        {
            Target.Value single => RateAgainstValue(actual, single.Amount, direction, policy),
            Target.Range range => RateAgainstRange(actual, range, direction, policy),
            _ => Rating.NoData,
        };
    }

    public static Rating StatusRating(IndicatorStatus status) => status switch
    {
        IndicatorStatus.Baseline => Rating.Baseline,
        IndicatorStatus.Contextual => Rating.Contextual,
        IndicatorStatus.InDevelopment => Rating.InDevelopment,
        _ => Rating.Suspended,
    };

    /// <summary>
    /// How far the value is better (positive) or worse (negative) than the target, in percent of the target.
    /// With no direction, any distance counts as worse. Null when the target is zero and the value is not.
    /// </summary>
    public static decimal? PercentBetterThanTarget(decimal value, decimal target, Direction direction)
    {
        var better = direction switch
        {
            Direction.Up => value - target,
            Direction.Down => target - value,
            _ => -Math.Abs(value - target),
        };

        if (target == 0)
        {
            // A percentage of zero is undefined; meeting a zero target exactly is on target,
            // and any miss or gain is unbounded.
            return better == 0 ? 0 : null;
        }

        return better / Math.Abs(target) * 100m;
    }

    private static Rating RateAgainstValue(decimal value, decimal target, Direction direction, RagPolicy policy)
    {
        var percent = PercentBetterThanTarget(value, target, direction);
        if (percent is null)
        {
            // Zero target missed or beaten: the sign of the raw difference decides.
            var better = direction switch
            {
                Direction.Up => value > target,
                Direction.Down => value < target,
                _ => false,
            };
            return better ? (policy.UsesBlue ? Rating.Blue : Rating.Green) : Rating.Red;
        }

        return FromPercent(percent.Value, policy);
    }

    /// <summary>Inside an inclusive range is Green; outside, the distance to the nearer bound decides.</summary>
    private static Rating RateAgainstRange(decimal value, Target.Range range, Direction direction, RagPolicy policy)
    {
        if (value >= range.Min && value <= range.Max)
        {
            return Rating.Green;
        }

        var bound = value < range.Min ? range.Min : range.Max;
        // Beyond the bound on the better side (below the range when lower is better) counts as exceeding it.
        var boundDirection = direction switch
        {
            Direction.Down when value < range.Min => Direction.Down,
            Direction.Up when value > range.Max => Direction.Up,
            _ => Direction.None,
        };
        return RateAgainstValue(value, bound, boundDirection, policy);
    }

    private static Rating FromPercent(decimal percentBetter, RagPolicy policy)
    {
        if (percentBetter >= 0)
        {
            if (policy.BlueThreshold is { } blue &&
                (percentBetter > blue || (policy.BlueIncludesThreshold && percentBetter == blue)))
            {
                return Rating.Blue;
            }

            return Rating.Green;
        }

        var off = -percentBetter;
        var red = off > policy.RedThreshold || (policy.RedIncludesThreshold && off == policy.RedThreshold);
        return red ? Rating.Red : Rating.Amber;
    }
}

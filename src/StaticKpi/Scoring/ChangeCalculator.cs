using StaticKpi.Model;

namespace StaticKpi.Scoring;

/// <summary>Change in performance between the comparison period and the current one.</summary>
public static class ChangeCalculator
{
    /// <summary>
    /// Compares values as readers see them, rounded to the indicator's display precision, so that two values
    /// shown as "100.00%" are Unchanged even if the source has more digits.
    /// </summary>
    public static Change Compare(decimal? current, decimal? previous, Direction direction, int precision)
    {
        // Without a preferred direction a change is neither better nor worse, even when there is none.
        if (direction == Direction.None || current is not { } now || previous is not { } before)
        {
            return Change.NotApplicable;
        }

        var difference = Math.Round(now, precision, MidpointRounding.AwayFromZero) -
                         Math.Round(before, precision, MidpointRounding.AwayFromZero);
        if (difference == 0)
        {
            return Change.Unchanged;
        }

        return direction switch
        {
            Direction.Up => difference > 0 ? Change.Improving : Change.Declining,
            _ => difference < 0 ? Change.Improving : Change.Declining,
        };
    }
}

namespace StaticKpi.Charts;

/// <summary>A straight line <c>value = Intercept + Slope × index</c> over period indexes (0 = the first period).</summary>
public readonly record struct TrendLine(decimal Slope, decimal Intercept)
{
    public decimal ValueAt(decimal index) => Intercept + (Slope * index);
}

/// <summary>
/// The arithmetic of the projected trend: an ordinary least-squares line through the latest few values, and the
/// first future period in which that line would reach a target. Pure, and in decimal so small series give exact
/// slopes and intercepts.
/// </summary>
public static class TrendProjection
{
    /// <summary>The line is fitted through at most this many of the latest values.</summary>
    public const int MaxPoints = 4;

    /// <summary>How many periods beyond the latest value the projection is drawn.</summary>
    public const int PeriodsAhead = 2;

    /// <summary>Beyond this many periods a "would reach the target by" claim is not made.</summary>
    public const int MaxPeriodsToTarget = 12;

    /// <summary>
    /// Fits a least-squares line through the last <paramref name="maxPoints"/> of <paramref name="points"/> (ordered by
    /// index). Null when fewer than two points are given or they all share one index.
    /// </summary>
    public static TrendLine? Fit(IReadOnlyList<(int Index, decimal Value)> points, int maxPoints = MaxPoints)
    {
        var used = points.Count > maxPoints ? points.Skip(points.Count - maxPoints).ToList() : points;
        var n = used.Count;
        if (n < 2)
        {
            return null;
        }

        decimal sumX = 0, sumY = 0, sumXy = 0, sumXx = 0;
        foreach (var (index, value) in used)
        {
            sumX += index;
            sumY += value;
            sumXy += index * value;
            sumXx += (decimal)index * index;
        }

        var denominator = (n * sumXx) - (sumX * sumX);
        if (denominator == 0)
        {
            return null;
        }

        var slope = ((n * sumXy) - (sumX * sumY)) / denominator;
        var intercept = (sumY - (slope * sumX)) / n;
        return new TrendLine(slope, intercept);
    }

    /// <summary>
    /// How many periods after <paramref name="lastIndex"/> the line first reaches <paramref name="target"/>, starting
    /// from the latest actual value <paramref name="current"/>: 0 when the current value already equals it, at least
    /// 1 otherwise. Null when the line is flat or heads away from the target, or would take more than
    /// <paramref name="maxPeriods"/> periods.
    /// </summary>
    public static int? PeriodsToReach(TrendLine line, int lastIndex, decimal current, decimal target, int maxPeriods = MaxPeriodsToTarget)
    {
        var toward = Math.Sign(target - current);
        if (toward == 0)
        {
            return 0;
        }

        if (Math.Sign(line.Slope) != toward)
        {
            return null;
        }

        // The distance still to go along the line from the latest period; the line may already be past the
        // target there (the latest value being off the fitted line), in which case the next period reaches it.
        var gap = target - line.ValueAt(lastIndex);
        if (Math.Sign(gap) != toward)
        {
            return 1;
        }

        // Compared by multiplication first so a nearly flat line cannot overflow the division.
        if (Math.Abs(gap) > Math.Abs(line.Slope) * maxPeriods)
        {
            return null;
        }

        return Math.Max(1, (int)Math.Ceiling(gap / line.Slope));
    }

    /// <summary>True when the line heads away from the target (not merely flat).</summary>
    public static bool MovesAway(TrendLine line, decimal current, decimal target)
    {
        var toward = Math.Sign(target - current);
        return toward != 0 && Math.Sign(line.Slope) == -toward;
    }
}

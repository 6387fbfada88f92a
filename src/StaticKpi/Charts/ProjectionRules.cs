using StaticKpi.Model;
using StaticKpi.Scoring;

namespace StaticKpi.Charts;

/// <summary>
/// A projection a trend chart may draw: the straight line through <see cref="Basis"/> (consecutive values, oldest
/// first), its value in each of <see cref="Periods"/> after the latest (kept within the unit's bounds), and when the
/// latest value misses its target, the period in which the line would reach it or whether it heads away.
/// </summary>
internal sealed record Projection(
    IReadOnlyList<DataPoint> Basis,
    TrendLine Line,
    IReadOnlyList<Period> Periods,
    IReadOnlyList<decimal> Values,
    Period? ReachesTargetBy,
    bool MovingAway)
{
    public DataPoint Latest => Basis[^1];
}

/// <summary>
/// When a trend chart may project, and from which values. A line through two seasonal quarters says nothing, so a
/// projection is drawn only:
/// <list type="bullet">
/// <item>when the site and the indicator have projections on;</item>
/// <item>for an indicator with a direction, not contextual, whose latest value is rated (not withheld);</item>
/// <item>from at least <see cref="ProjectionSettings.MinimumValues"/> values of consecutive periods of one kind,
/// ending with the latest entry, which must have a value (no gap, no missing period);</item>
/// <item>for a year-to-date series, from values of the latest financial year only, and not past its end;</item>
/// <item>never beyond the unit's natural bounds (<see cref="ValueBounds"/>): the line stops at the bound.</item>
/// </list>
/// </summary>
internal static class ProjectionRules
{
    /// <summary>How many periods beyond the latest value the projection is drawn, at most.</summary>
    public const int PeriodsAhead = TrendProjection.PeriodsAhead;

    public static Projection? Choose(Indicator indicator, IReadOnlyList<DataPoint> points, ScoredIndicator scored, ProjectionSettings settings)
    {
        if (!settings.Enabled || !indicator.Projected || indicator.Direction == Direction.None || points.Count == 0)
        {
            return null;
        }

        var latest = points[^1];
        if (latest.Value is null || latest.RatingWithheld || indicator.StatusFor(latest) == IndicatorStatus.Contextual)
        {
            return null;
        }

        var basis = ConsecutiveRun(indicator, points);
        if (basis.Count < settings.MinimumValues)
        {
            return null;
        }

        // The line goes through the latest few values: four, or as many as the site requires when it asks for more.
        var used = basis.TakeLast(Math.Max(TrendProjection.MaxPoints, settings.MinimumValues)).ToList();
        var fitted = used.Select((p, i) => (i, p.Value!.Value)).ToList();
        if (TrendProjection.Fit(fitted, used.Count) is not { } line)
        {
            return null;
        }

        var ahead = AheadOf(indicator, latest.Period, PeriodsAhead);
        if (ahead.Count == 0)
        {
            return null;
        }

        var bounds = ValueBounds.For(indicator.Unit, indicator.Series.Select(p => p.Value));
        var periods = new List<Period>();
        var values = new List<decimal>();
        for (var k = 0; k < ahead.Count; k++)
        {
            var raw = Math.Round(line.ValueAt(fitted.Count + k), indicator.Precision + 1, MidpointRounding.AwayFromZero);
            var kept = bounds.Clamp(raw);
            periods.Add(ahead[k]);
            values.Add(kept);
            if (kept != raw)
            {
                // The line has met the unit's bound: it goes no further.
                break;
            }
        }

        var (reachesBy, movingAway) = Reach(indicator, scored, latest, line, fitted.Count - 1);
        return new Projection(used, line, periods, values, reachesBy, movingAway);
    }

    /// <summary>
    /// The latest values of consecutive periods of the latest entry's kind, oldest first, ending with the latest
    /// entry; for a year-to-date series only those of its financial year.
    /// </summary>
    public static IReadOnlyList<DataPoint> ConsecutiveRun(Indicator indicator, IReadOnlyList<DataPoint> points)
    {
        var run = new List<DataPoint>();
        for (var i = points.Count - 1; i >= 0; i--)
        {
            var point = points[i];
            if (point.Value is null)
            {
                break;
            }

            if (run.Count > 0)
            {
                var after = run[^1];
                var sameYear = !indicator.IsYearToDate || point.Period.FinancialYearOf == after.Period.FinancialYearOf;
                if (point.Period.Kind != after.Period.Kind || point.Period.Next() != after.Period || !sameYear)
                {
                    break;
                }
            }

            run.Add(point);
        }

        run.Reverse();
        return run;
    }

    /// <summary>Up to <paramref name="count"/> periods after <paramref name="latest"/>; for year to date, not past the year's end.</summary>
    private static List<Period> AheadOf(Indicator indicator, Period latest, int count)
    {
        var periods = new List<Period>();
        var next = latest;
        for (var k = 0; k < count; k++)
        {
            next = next.Next();
            if (indicator.IsYearToDate && next.FinancialYearOf != latest.FinancialYearOf)
            {
                break;
            }

            periods.Add(next);
        }

        return periods;
    }

    /// <summary>
    /// When the latest value is Red or Amber against a target: the period in which the line would reach it (for year
    /// to date, within the year), or whether the line heads away.
    /// </summary>
    private static (Period? ReachesBy, bool MovingAway) Reach(
        Indicator indicator, ScoredIndicator scored, DataPoint latest, TrendLine line, int lastIndex)
    {
        var offTarget = scored.ComputedRating is Rating.Red or Rating.Amber;
        if (!offTarget || !ReferenceEquals(scored.Current, latest) || latest.Value is not { } current ||
            GoalOf(scored.Target, current) is not { } goal)
        {
            return (null, false);
        }

        var limit = TrendProjection.MaxPeriodsToTarget;
        if (indicator.IsYearToDate)
        {
            limit = AheadOf(indicator, latest.Period, TrendProjection.MaxPeriodsToTarget).Count;
        }

        if (TrendProjection.PeriodsToReach(line, lastIndex, current, goal, limit) is { } steps and > 0)
        {
            var reachesBy = latest.Period;
            for (var k = 0; k < steps; k++)
            {
                reachesBy = reachesBy.Next();
            }

            return (reachesBy, false);
        }

        return (null, TrendProjection.MovesAway(line, current, goal));
    }

    /// <summary>The value to reach: the target, or the nearer bound of a range the value is outside.</summary>
    private static decimal? GoalOf(Target? target, decimal current) => target switch
    {
        Target.Value v => v.Amount,
        Target.Range r when current < r.Min => r.Min,
        Target.Range r when current > r.Max => r.Max,
        _ => null,
    };
}

using StaticKpi.Model;

namespace StaticKpi.Charts;

/// <summary>Counting periods of one kind: how many periods apart two are (the next one is <see cref="Period.Next"/>).</summary>
public static class PeriodSteps
{
    /// <summary>
    /// How many periods <paramref name="period"/> is after <paramref name="origin"/> (a gap in a series counts), or
    /// null when the two are of different kinds.
    /// </summary>
    public static int? Index(Period origin, Period period)
    {
        if (origin.Kind != period.Kind)
        {
            return null;
        }

        var months = ((period.Start.Year - origin.Start.Year) * 12) + period.Start.Month - origin.Start.Month;
        return period.Kind switch
        {
            PeriodKind.Month => months,
            PeriodKind.Quarter => months / 3,
            _ => months / 12,
        };
    }
}

using StaticKpi.Model;

namespace StaticKpi.Charts;

/// <summary>Counting periods of one kind: the next period, and how many periods apart two are.</summary>
public static class PeriodSteps
{
    /// <summary>The period that follows: the next month, quarter or financial year.</summary>
    public static Period Next(Period period) => period.Kind switch
    {
        PeriodKind.Month => period.Number == 12
            ? Period.Month(period.Year + 1, 1, period.FinancialYearStartMonth)
            : Period.Month(period.Year, period.Number + 1, period.FinancialYearStartMonth),
        PeriodKind.Quarter => period.Number == 4
            ? Period.Quarter(period.Year + 1, 1, period.FinancialYearStartMonth)
            : Period.Quarter(period.Year, period.Number + 1, period.FinancialYearStartMonth),
        _ => Period.FinancialYear(period.Year + 1, period.FinancialYearStartMonth),
    };

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

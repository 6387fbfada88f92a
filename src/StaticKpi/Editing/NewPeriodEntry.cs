using StaticKpi.Model;
using StaticKpi.Shared;

namespace StaticKpi.Editing;

/// <summary>
/// Which series entry <c>statickpi new period</c> gives an indicator for a report period: <see cref="Period"/>, or
/// none with the reason in <see cref="WhyNone"/>.
/// </summary>
public sealed record NewPeriodEntry(Period? Period, string? WhyNone)
{
    /// <summary>
    /// The entry is of a kind the indicator takes (<see cref="FrequencyPeriods.KindsFor"/>, the rule import keeps
    /// to): the report's own period when that kind will do; otherwise the period of the indicator's kind that holds
    /// the report period's last day. A shorter one (a monthly indicator's figure in a quarterly report) is the
    /// report period's last month. A longer one (an annual indicator in a quarterly report) has no figure until it
    /// ends, so it is added only with the report whose period ends it (Q4, or the year's last month).
    /// </summary>
    public static NewPeriodEntry For(Indicator indicator, Period reportPeriod)
    {
        var kind = KindFor(indicator, reportPeriod.Kind);
        var entry = Containing(kind, reportPeriod.End, reportPeriod.FinancialYearStartMonth);
        if (entry.End == reportPeriod.End)
        {
            return new NewPeriodEntry(entry, null);
        }

        var endingReport = Containing(reportPeriod.Kind, entry.End, reportPeriod.FinancialYearStartMonth);
        var measured = indicator.Frequency is { } frequency && FrequencyPeriods.KindOf(frequency) is not null
            ? $"{EnumNames.Of(frequency)} indicator"
            : $"its series is in {FrequencyPeriods.Name(kind)}s";
        return new NewPeriodEntry(null, $"{measured}: {entry.Key} is added with the {endingReport.DisplayName} report");
    }

    /// <summary>
    /// The report's kind when the indicator takes it (or takes any); the one kind it takes; and when its series mixes
    /// kinds but not the report's, the kind of its latest entry.
    /// </summary>
    private static PeriodKind KindFor(Indicator indicator, PeriodKind reportKind)
    {
        var kinds = FrequencyPeriods.KindsFor(indicator);
        if (kinds.Count == 0 || kinds.Contains(reportKind))
        {
            return reportKind;
        }

        return kinds.Count == 1 ? kinds[0] : indicator.Series.MaxBy(p => p.Period)!.Period.Kind;
    }

    /// <summary>The month, quarter or financial year that holds <paramref name="day"/>.</summary>
    public static Period Containing(PeriodKind kind, DateOnly day, int financialYearStartMonth)
    {
        var monthsIntoYear = (day.Month - financialYearStartMonth + 12) % 12;
        var financialYear = day.Month >= financialYearStartMonth ? day.Year : day.Year - 1;
        return kind switch
        {
            PeriodKind.Month => Model.Period.Month(day.Year, day.Month, financialYearStartMonth),
            PeriodKind.Quarter => Model.Period.Quarter(financialYear, (monthsIntoYear / 3) + 1, financialYearStartMonth),
            _ => Model.Period.FinancialYear(financialYear, financialYearStartMonth),
        };
    }
}

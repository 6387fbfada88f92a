namespace StaticKpi.Model;

/// <summary>Which kind of period an indicator's <see cref="Frequency"/> reports.</summary>
public static class FrequencyPeriods
{
    /// <summary>
    /// Months for <c>monthly</c>, quarters for <c>quarterly</c>, financial years for <c>annual</c>; null for
    /// <c>year_to_date</c>, <c>cumulative</c> and <c>rolling_12_months</c>, which say how a figure is counted, not
    /// how often (a rolling twelve months may be reported each month or each quarter).
    /// </summary>
    public static PeriodKind? KindOf(Frequency frequency) => frequency switch
    {
        Frequency.Monthly => PeriodKind.Month,
        Frequency.Quarterly => PeriodKind.Quarter,
        Frequency.Annual => PeriodKind.FinancialYear,
        _ => null,
    };

    /// <summary>
    /// The kinds of period a new entry of <paramref name="indicator"/> may be, the one rule that import and
    /// <c>new period</c> both keep to: the kind its frequency reports (<see cref="KindOf"/>); for
    /// <c>year_to_date</c>, <c>cumulative</c>, <c>rolling_12_months</c> or no frequency, the kinds its series
    /// already has. Empty when any kind will do (no such frequency and an empty series).
    /// </summary>
    public static IReadOnlyList<PeriodKind> KindsFor(Indicator indicator) =>
        indicator.Frequency is { } frequency && KindOf(frequency) is { } kind
            ? [kind]
            : [.. indicator.Series.Select(p => p.Period.Kind).Distinct().Order()];

    /// <summary>"a month (2024-10)", as messages name a kind of period with an example.</summary>
    public static string Describe(PeriodKind kind) => kind switch
    {
        PeriodKind.Month => "a month (such as 2024-10)",
        PeriodKind.Quarter => "a quarter (such as 2024/25 Q3)",
        _ => "a financial year (such as 2023/24)",
    };

    /// <summary>"month", "quarter" or "financial year".</summary>
    public static string Name(PeriodKind kind) => kind switch
    {
        PeriodKind.Month => "month",
        PeriodKind.Quarter => "quarter",
        _ => "financial year",
    };
}

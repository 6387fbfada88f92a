using StaticKpi.Model;

namespace StaticKpi.Scoring;

/// <summary>Chooses which of an indicator's values a report shows as current and previous.</summary>
public static class SeriesSelector
{
    /// <summary>
    /// Current is the latest entry whose period starts on or before the report period ends, so a monthly
    /// indicator in a quarterly report shows the quarter's last month. Previous is the entry before it, or
    /// the same period a year earlier when the indicator compares with last year. A year-to-date figure starts
    /// again each financial year, so it is compared only with the previous period of the same year or, at the
    /// year's first period, with the same period a year earlier: never across the year boundary.
    /// </summary>
    public static (DataPoint? Current, DataPoint? Previous) Select(Indicator indicator, Period reportPeriod)
    {
        DataPoint? current = null;
        DataPoint? before = null;
        foreach (var point in indicator.Series)
        {
            // Series are kept sorted by period when loaded.
            if (point.Period.Start > reportPeriod.End)
            {
                break;
            }

            before = current;
            current = point;
        }

        if (current is null)
        {
            return (null, null);
        }

        var crossesYear = indicator.IsYearToDate && before is not null &&
                          before.Period.FinancialYearOf != current.Period.FinancialYearOf;
        if (indicator.CompareWith == ComparisonBasis.SamePeriodLastYear || crossesYear)
        {
            var lastYear = current.Period.YearEarlier();
            return (current, indicator.Series.FirstOrDefault(p => p.Period == lastYear));
        }

        return (current, before);
    }
}

using StaticKpi.Model;
using StaticKpi.Shared;

namespace StaticKpi.Import;

/// <summary>
/// Refuses a new period of the wrong kind for its indicator. A report shows the latest entry that starts before the
/// report period ends, so a month (2024-12) added to a quarterly indicator would silently take the place of the
/// quarter (2024/25 Q3) in that quarter's report, rating and all.
/// </summary>
internal static class PeriodFrequencyCheck
{
    /// <summary>Why <paramref name="period"/> cannot be added to <paramref name="indicator"/>, or null when it can.</summary>
    /// <remarks>
    /// An entry already in the series may be updated whatever its kind: changing its figure adds no period, and
    /// content written by hand mixes kinds on purpose (an annual survey reported in each quarter's report).
    /// </remarks>
    public static string? Problem(Indicator indicator, Period period)
    {
        if (indicator.Series.Any(p => p.Period == period))
        {
            return null;
        }

        var kinds = FrequencyPeriods.KindsFor(indicator);
        if (kinds.Count == 0 || kinds.Contains(period.Kind))
        {
            return null;
        }

        var file = indicator.Location.File;
        if (indicator.Frequency is { } frequency && FrequencyPeriods.KindOf(frequency) is { } expected)
        {
            return $"Indicator {indicator.Id} is measured {EnumNames.Of(frequency)} ('frequency: {EnumNames.Of(frequency)}' in {file}), " +
                   $"so a new period for it must be {FrequencyPeriods.Describe(expected)}, but {period} is a {FrequencyPeriods.Name(period.Kind)}. " +
                   $"Write the {FrequencyPeriods.Name(expected)}, or change the indicator's frequency first if it is now measured differently.";
        }

        // year_to_date, cumulative, rolling_12_months or no frequency: the kinds the series already has.
        var has = string.Join(" and ", kinds.Select(k => FrequencyPeriods.Name(k) + "s"));
        return $"Indicator {indicator.Id}'s series in {file} has only {has}, so a new period for it must be one too, but {period} is " +
               $"a {FrequencyPeriods.Name(period.Kind)}, which a report would show in place of the entry it falls in. " +
               $"Write the period as the series does, or add the first {FrequencyPeriods.Name(period.Kind)} to {file} by hand " +
               "if the indicator is now reported that way.";
    }
}

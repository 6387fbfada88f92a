using System.Globalization;
using StaticKpi.Localisation;
using StaticKpi.Model;

namespace StaticKpi.Formatting;

/// <summary>
/// Formats values, targets and labels the way the published reports show them, in the pages' language: its words
/// (<see cref="SiteStrings"/>) and its culture's way of writing numbers and dates (en-GB: "1,234.5", "4 March 2025").
/// </summary>
public sealed class ValueFormatter(string currencySymbol, SiteStrings strings)
{
    private readonly CultureInfo _culture = strings.Culture;

    /// <summary>The words of the language the formatter writes in.</summary>
    public SiteStrings Strings => strings;

    /// <summary>What a missing figure reads as ("No data").</summary>
    public string NoData => strings.Text("value.no_data");

    public string Value(decimal? value, Unit unit, int precision)
    {
        if (value is not { } v)
        {
            return NoData;
        }

        var number = Math.Round(v, precision, MidpointRounding.AwayFromZero).ToString("N" + precision, _culture);
        return unit switch
        {
            Unit.Percent => strings.Format("number.percent", ("number", number)),
            Unit.Currency => v < 0 ? "-" + currencySymbol + number.TrimStart('-') : currencySymbol + number,
            Unit.Days => strings.Plural("unit.days", v, number),
            Unit.Hours => strings.Plural("unit.hours", v, number),
            Unit.Stars => strings.Plural("unit.stars", v, number),
            _ => number,
        };
    }

    public string Target(Target? target, IndicatorStatus? status, Unit unit, int precision) => target switch
    {
        Model.Target.Value single => Value(single.Amount, unit, precision),
        Model.Target.Range range => strings.Format("target.range", ("min", Value(range.Min, unit, precision)),
            ("max", Value(range.Max, unit, precision))),
        Model.Target.ToBeConfirmed => strings.Text("target.to_be_confirmed"),
        // Neither a target nor a status: a period before the first of the indicator's targets by period.
        _ => status is { } s ? Labels.Status(strings, s) : NoTarget,
    };

    /// <summary>What a period before any target reads as ("No target").</summary>
    public string NoTarget => strings.Text("target.none");

    /// <summary>A baseline as reports print it where a target would be: "Baseline 872 (2022/23)".</summary>
    public string Baseline(Baseline baseline, Unit unit, int precision) => BaselinePeriod(baseline) is { } period
        ? strings.Format("target.baseline_from", ("value", Value(baseline.Value, unit, precision)), ("period", period))
        : strings.Format("target.baseline", ("value", Value(baseline.Value, unit, precision)));

    /// <summary>The period or span of periods a baseline was taken from, when the content says.</summary>
    public string? BaselinePeriod(Baseline baseline) =>
        baseline.From is { } from ? Labels.PeriodSpan(strings, from, baseline.To ?? from) : null;

    /// <summary>A date as pages write it: "4 March 2025" in English.</summary>
    public string Date(DateOnly date) => date.ToString(strings.Text("date.format"), _culture);

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

using System.Globalization;
using StaticKpi.Model;

namespace StaticKpi.Formatting;

/// <summary>Formats values, targets and labels the way the published reports show them (en-GB).</summary>
public sealed class ValueFormatter(string currencySymbol)
{
    // Invariant formats match en-GB for numbers and English month names, and work in globalisation-invariant mode.
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    public const string NoData = "No data";

    public string Value(decimal? value, Unit unit, int precision)
    {
        if (value is not { } v)
        {
            return NoData;
        }

        var number = Math.Round(v, precision, MidpointRounding.AwayFromZero).ToString("N" + precision, Culture);
        return unit switch
        {
            Unit.Percent => number + "%",
            Unit.Currency => v < 0 ? "-" + currencySymbol + number.TrimStart('-') : currencySymbol + number,
            Unit.Days => number + (v == 1 ? " day" : " days"),
            Unit.Hours => number + (v == 1 ? " hour" : " hours"),
            Unit.Stars => number + (v == 1 ? " star" : " stars"),
            _ => number,
        };
    }

    public string Target(Target? target, IndicatorStatus? status, Unit unit, int precision) => target switch
    {
        Model.Target.Value single => Value(single.Amount, unit, precision),
        Model.Target.Range range => $"{Value(range.Min, unit, precision)} to {Value(range.Max, unit, precision)}",
        Model.Target.ToBeConfirmed => "To be confirmed",
        // Neither a target nor a status: a period before the first of the indicator's targets by period.
        _ => status is { } s ? Labels.Status(s) : NoTarget,
    };

    public const string NoTarget = "No target";

    /// <summary>A baseline as reports print it where a target would be: "Baseline 872 (2022/23)".</summary>
    public string Baseline(Baseline baseline, Unit unit, int precision) =>
        $"Baseline {Value(baseline.Value, unit, precision)}{(BaselinePeriod(baseline) is { } period ? $" ({period})" : "")}";

    /// <summary>The period or span of periods a baseline was taken from, when the content says.</summary>
    public static string? BaselinePeriod(Baseline baseline) =>
        baseline.From is { } from ? Labels.PeriodSpan(from, baseline.To ?? from) : null;

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

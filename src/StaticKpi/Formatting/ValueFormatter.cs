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
        _ => status is { } s ? Labels.Status(s) : "None",
    };

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

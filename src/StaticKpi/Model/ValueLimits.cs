using System.Globalization;

namespace StaticKpi.Model;

/// <summary>
/// The largest figure a value, target, baseline or benchmark may have. Real figures stay far below it (a national
/// budget in pounds is about 10^12), and keeping every figure below it leaves the arithmetic of scoring and charts
/// (differences, ratios, sums of products over a series) well inside <see cref="decimal"/>'s range, so no input can
/// make a build overflow. Content loading and import both judge figures here, so they refuse the same ones.
/// </summary>
public static class ValueLimits
{
    public const decimal MaximumMagnitude = 1_000_000_000_000_000m;

    private const NumberStyles Number = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    /// <summary>The range in words, for messages: "-1,000,000,000,000,000 and 1,000,000,000,000,000".</summary>
    public static string Range { get; } = string.Create(CultureInfo.InvariantCulture, $"-{MaximumMagnitude:N0} and {MaximumMagnitude:N0}");

    /// <summary>Whether a figure is within ±<see cref="MaximumMagnitude"/>.</summary>
    public static bool IsInRange(decimal value) => value is >= -MaximumMagnitude and <= MaximumMagnitude;

    /// <summary>
    /// Whether text is written as a number but is beyond ±<see cref="MaximumMagnitude"/>, whether or not
    /// <see cref="decimal"/> can hold it (1e30 cannot, and is still a number the editor typed rather than text).
    /// </summary>
    public static bool IsWrittenBeyondRange(string text) =>
        decimal.TryParse(text, Number, CultureInfo.InvariantCulture, out var value)
            ? !IsInRange(value)
            : double.TryParse(text, Number, CultureInfo.InvariantCulture, out _);
}

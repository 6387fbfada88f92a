namespace StaticKpi.Model;

/// <summary>
/// The largest figure a value, target, baseline or benchmark may have. Real figures stay far below it (a national
/// budget in pounds is about 10^12), and keeping every figure below it leaves the arithmetic of scoring and charts
/// (differences, ratios, sums of products over a series) well inside <see cref="decimal"/>'s range, so no input can
/// make a build overflow.
/// </summary>
public static class ValueLimits
{
    public const decimal MaximumMagnitude = 1_000_000_000_000_000m;

    /// <summary>Whether a figure is within ±<see cref="MaximumMagnitude"/>.</summary>
    public static bool IsInRange(decimal value) => value is >= -MaximumMagnitude and <= MaximumMagnitude;
}

using System.Globalization;

namespace StaticKpi.Charts;

/// <summary>
/// Numbers of extra charts, which have no unit or precision of their own: each series is shown with as many
/// decimal places as the editor wrote for it (<c>3.0</c> stays <c>3.0</c>, <c>10519</c> becomes <c>10,519</c>).
/// </summary>
public static class ChartNumbers
{
    public static int ScaleOf(IEnumerable<decimal?> values) =>
        values.Select(v => v is { } d ? (int)d.Scale : 0).DefaultIfEmpty(0).Max();

    public static string Format(decimal value, int scale) =>
        value.ToString("N" + scale.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}

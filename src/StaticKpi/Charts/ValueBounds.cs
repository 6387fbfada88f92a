using StaticKpi.Model;

namespace StaticKpi.Charts;

/// <summary>
/// The values a unit can take, which a projection never goes beyond: a straight line does not know that a
/// percentage stops at 100 or that a count cannot fall below nothing.
/// <list type="bullet">
/// <item>percent: 0 to 100, always (a share of something);</item>
/// <item>stars: 0 to 5, the widest star scale councils' ratings use;</item>
/// <item>days, hours, number, currency, score and ratio: not below 0, unless the series itself has a negative
/// value (a net figure or a change, which can go below 0); no upper bound.</item>
/// </list>
/// </summary>
public readonly record struct ValueBounds(decimal? Min, decimal? Max)
{
    /// <summary>The top of the star scale a projection stays within.</summary>
    public const decimal MostStars = 5m;

    public static ValueBounds For(Unit unit, IEnumerable<decimal?> series) => unit switch
    {
        Unit.Percent => new(0m, 100m),
        Unit.Stars => new(0m, MostStars),
        _ => new(series.Any(v => v < 0) ? null : 0m, null),
    };

    /// <summary>The value moved to the nearer bound when it is beyond one.</summary>
    public decimal Clamp(decimal value) =>
        Min is { } min && value < min ? min
        : Max is { } max && value > max ? max
        : value;
}

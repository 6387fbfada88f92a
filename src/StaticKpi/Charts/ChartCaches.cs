using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Plotly.NET;
using Plotly.NET.LayoutObjects;
using StaticKpi.Formatting;
using StaticKpi.Model;

namespace StaticKpi.Charts;

/// <summary>
/// What <see cref="ChartBuilder"/> remembers while one build runs: each point's table row and hover text, and the
/// styled parts whose key comes from the content (a value axis per unit and currency symbol, an extra chart's series
/// style per place among its series), built once with Plotly.NET's typed API and shared by the build's charts. Made per
/// build (and per incremental update of the preview) by the build, which drops it with the build, so a long
/// <c>serve</c> session keeps only the latest update's entries.
/// </summary>
public sealed class ChartCaches
{
    /// <summary>A point's row of the trend chart's data table and its hover text, which say the same things.</summary>
    internal sealed record PointTexts(SharedRow Row, string Hover);

    /// <summary>By data point (identity), its rating and whether the rating was overridden.</summary>
    internal ConcurrentDictionary<(DataPoint Point, Rating Rating, bool Overridden), PointTexts> Points { get; } =
        new(PointRatingComparer.Instance);

    /// <summary>Trend charts' value axes by unit and the site's currency symbol (<see cref="ChartAxes.Value"/>).</summary>
    internal ConcurrentDictionary<(Unit Unit, string CurrencySymbol), LinearAxis> ValueAxes { get; } = new();

    /// <summary>Extra charts' series styles by kind, colour, place among its kind and axis (<see cref="ExtraCharts"/>).</summary>
    internal ConcurrentDictionary<(SeriesKind Kind, string Colour, int Index, bool Secondary), Trace> SeriesStyles { get; } = new();

    /// <summary>How many point texts the caches hold: the memo that grows with the content a build renders.</summary>
    public int Count => Points.Count;

    /// <summary>Compares data points by identity: two indicators' points can hold equal values but belong to different rows.</summary>
    private sealed class PointRatingComparer : IEqualityComparer<(DataPoint Point, Rating Rating, bool Overridden)>
    {
        public static readonly PointRatingComparer Instance = new();

        public bool Equals((DataPoint Point, Rating Rating, bool Overridden) x, (DataPoint Point, Rating Rating, bool Overridden) y) =>
            ReferenceEquals(x.Point, y.Point) && x.Rating == y.Rating && x.Overridden == y.Overridden;

        public int GetHashCode((DataPoint Point, Rating Rating, bool Overridden) key) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(key.Point), key.Rating, key.Overridden);
    }
}

using System.Collections.Concurrent;
using StaticKpi.Model;

namespace StaticKpi.Pages;

/// <summary>
/// What <see cref="ScorecardViews"/> remembers while one build runs: the views of data points, which an indicator's
/// pages in later reports repeat. Made per build (and per incremental update of the preview) by the build, and keyed
/// by identity, so the views are shared objects the templates' partial cache can recognise.
/// </summary>
public sealed class PageCaches
{
    /// <summary>Each point's row of the indicator page's history table.</summary>
    internal ConcurrentDictionary<DataPoint, HistoryRowView> HistoryRows { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Each point's value as shown.</summary>
    internal ConcurrentDictionary<DataPoint, ValueView> Values { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Each point's value as shown when it is the same period a year earlier.</summary>
    internal ConcurrentDictionary<DataPoint, ValueView> YearEarlierValues { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>How many entries the caches hold.</summary>
    public int Count => HistoryRows.Count + Values.Count + YearEarlierValues.Count;
}

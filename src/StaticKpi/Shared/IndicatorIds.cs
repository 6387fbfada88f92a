namespace StaticKpi.Shared;

/// <summary>
/// Suggesting indicator ids. A new id is one above the highest in use, never a gap below it: a gap may be the number
/// of a retired indicator, and reusing it would mix two indicators in readers' bookmarks, old reports and open data.
/// </summary>
public static class IndicatorIds
{
    /// <summary>The id to suggest for a new indicator: one above the highest in use, or 1 for the first.</summary>
    public static int NextFree(IEnumerable<int> idsInUse) => (int)Math.Min((long)idsInUse.DefaultIfEmpty(0).Max() + 1, int.MaxValue);

    /// <summary>The ids in use just below and just above <paramref name="id"/>, each when there is one.</summary>
    public static IReadOnlyList<int> Nearest(IEnumerable<int> idsInUse, int id)
    {
        var ids = idsInUse.ToList();
        var below = ids.Where(i => i < id).DefaultIfEmpty(int.MinValue).Max();
        var above = ids.Where(i => i > id).DefaultIfEmpty(int.MaxValue).Min();
        return [.. new[] { below, above }.Where(i => i is not int.MinValue and not int.MaxValue)];
    }

    /// <summary>"103", "103 and 182": ids as a sentence lists them.</summary>
    public static string List(IReadOnlyList<int> ids) => string.Join(" and ", ids);
}

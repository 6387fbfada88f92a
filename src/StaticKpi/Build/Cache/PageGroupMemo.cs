using System.Collections.Concurrent;
using StaticKpi.Output;
using StaticKpi.Pages;

namespace StaticKpi.Build.Cache;

/// <summary>
/// During a build, which page groups can be kept as they are and which files each group wrote: a group is kept when
/// its key (<see cref="PageGroupKeys"/>) is the key of a group of the last build and every file that group wrote is
/// still in the output with the same bytes. Each language's groups are added with the folder its pages are written
/// under, so the files are recorded by their place in the whole output. Groups are asked about from several threads at once.
/// </summary>
internal sealed class PageGroupMemo(BuildCacheManifest? previous, IncrementalOutput? output)
{
    private readonly ConcurrentDictionary<string, string[]> _groups = new(StringComparer.Ordinal);
    private readonly Dictionary<PageGroup, (string? Key, string Prefix)> _keys = new(ReferenceEqualityComparer.Instance);

    private int _kept;

    /// <summary>How many groups were kept.</summary>
    public int Kept => _kept;

    /// <summary>How many groups were added, in every language.</summary>
    public int Count => _keys.Count;

    /// <summary>The files of every group with a key, for the next build's manifest.</summary>
    public Dictionary<string, string[]> Groups => new(_groups, StringComparer.Ordinal);

    /// <summary>Adds one language's groups, with their keys; call before the groups are built, one language at a time.</summary>
    /// <param name="prefix">The folder the language's pages are written under ("cy/"), or "" at the root.</param>
    public void Add(SitePlan plan, PageGroupKeys keys, string prefix)
    {
        foreach (var group in plan.Groups)
        {
            _keys[group] = (keys.Of(group), prefix);
        }
    }

    /// <summary>
    /// Keeps the group's files from the last build, if it can; false when the group must be built. The files must
    /// include every page the plan gives the group, which a damaged or mistaken record would not.
    /// </summary>
    public bool TryKeep(PageGroup group)
    {
        if (output is null || previous is null || !_keys.TryGetValue(group, out var entry) || entry.Key is not { } key
            || !previous.Groups.TryGetValue(key, out var paths)
            || !group.Pages.All(p => Array.BinarySearch(paths, entry.Prefix + p.OutputPath, StringComparer.Ordinal) >= 0)
            || !paths.All(p => output.Holds(p, previous.Outputs[p].Hash)))
        {
            return false;
        }

        foreach (var path in paths)
        {
            output.Keep(path, previous.Outputs[path].Hash);
        }

        _groups[key] = paths;
        Interlocked.Increment(ref _kept);
        return true;
    }

    /// <summary>Records the files a built group wrote, by their paths under its language's folder.</summary>
    public void Remember(PageGroup group, IEnumerable<string> paths)
    {
        if (_keys.TryGetValue(group, out var entry) && entry.Key is { } key)
        {
            _groups[key] = [.. paths.Select(p => entry.Prefix + p).Order(StringComparer.Ordinal)];
        }
    }
}

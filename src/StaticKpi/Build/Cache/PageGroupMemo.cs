using System.Collections.Concurrent;
using StaticKpi.Output;
using StaticKpi.Pages;

namespace StaticKpi.Build.Cache;

/// <summary>
/// During a build, which page groups can be kept as they are and which files each group wrote: a group is kept when
/// its key (<see cref="PageGroupKeys"/>) is the key of a group of the last build and every file that group wrote is
/// still in the output with the same bytes. Groups are asked about from several threads at once.
/// </summary>
internal sealed class PageGroupMemo(
    IReadOnlyDictionary<PageGroup, string?> keys,
    BuildCacheManifest? previous,
    IncrementalOutput? output)
{
    private readonly ConcurrentDictionary<string, string[]> _groups = new(StringComparer.Ordinal);

    private int _kept;

    /// <summary>How many groups were kept.</summary>
    public int Kept => _kept;

    /// <summary>The files of every group with a key, for the next build's manifest.</summary>
    public Dictionary<string, string[]> Groups => new(_groups, StringComparer.Ordinal);

    /// <summary>
    /// Keeps the group's files from the last build, if it can; false when the group must be built. The files must
    /// include every page the plan gives the group, which a damaged or mistaken record would not.
    /// </summary>
    public bool TryKeep(PageGroup group)
    {
        if (output is null || previous is null || keys.GetValueOrDefault(group) is not { } key
            || !previous.Groups.TryGetValue(key, out var paths)
            || !group.Pages.All(p => Array.BinarySearch(paths, p.OutputPath, StringComparer.Ordinal) >= 0)
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

    /// <summary>Records the files a built group wrote.</summary>
    public void Remember(PageGroup group, IEnumerable<string> paths)
    {
        if (keys.GetValueOrDefault(group) is { } key)
        {
            _groups[key] = [.. paths.Order(StringComparer.Ordinal)];
        }
    }
}

namespace StaticKpi.Content;

/// <summary>
/// Where a path really leads once its symbolic links are followed, worked out one name at a time as the operating
/// system does (a link's relative target is taken from the folder the link is really in), reading only the links
/// themselves. It stops as soon as it reaches a place that is neither inside the site folder nor a folder above it,
/// so nothing outside the site is looked at: not the target's contents, not even its size.
/// </summary>
internal static class PhysicalPath
{
    /// <summary>How many links one path may pass through, as on Linux (ELOOP): more means the links go round in a circle.</summary>
    public const int MaximumLinks = 40;

    public enum Outcome
    {
        /// <summary>The path ends inside the site folder (it may not exist).</summary>
        Inside,

        /// <summary>A link leads outside the site folder.</summary>
        Outside,

        /// <summary>The links go round in a circle (or are chained more than <see cref="MaximumLinks"/> deep).</summary>
        Loop,
    }

    /// <summary>A folder's real path, every link followed (the site folder itself may be reached through links).</summary>
    public static string Of(string directory)
    {
        var full = Path.GetFullPath(directory);
        var root = Path.GetPathRoot(full)!;
        var (outcome, path) = Follow(root, Parts(full[root.Length..]), null);
        return outcome == Outcome.Inside ? Path.TrimEndingDirectorySeparator(path) : full;
    }

    /// <summary>Follows <paramref name="relativePath"/> from <paramref name="start"/>, a real folder inside <paramref name="site"/>.</summary>
    /// <param name="site">The site folder's real path (<see cref="Of"/>).</param>
    /// <returns>Whether the path stays in the site, and its real path when it does.</returns>
    public static (Outcome Outcome, string Path) Follow(string site, string start, string relativePath) =>
        Follow(start, Parts(relativePath), site);

    private static (Outcome, string) Follow(string start, IEnumerable<string> parts, string? site)
    {
        var pending = new Stack<string>(parts.Reverse());
        var current = start;
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(current)) ?? current;
                continue;
            }

            var next = Path.Join(current, part);
            if (site is not null && !IsInsideOrAbove(next, site))
            {
                return (Outcome.Outside, next);
            }

            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaximumLinks)
            {
                return (Outcome.Loop, next);
            }

            foreach (var targetPart in Parts(target).Reverse())
            {
                pending.Push(targetPart);
            }

            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
            }
        }

        return site is null || IsInside(current, site) ? (Outcome.Inside, current) : (Outcome.Outside, current);
    }

    private static string[] Parts(string path) => path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar]);

    /// <summary>The site folder itself or anything in it.</summary>
    public static bool IsInside(string path, string site) =>
        path == site || path.StartsWith(site + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>Inside the site, or a folder above it (which a relative link may pass through on its way back in).</summary>
    private static bool IsInsideOrAbove(string path, string site)
    {
        var trimmed = Path.TrimEndingDirectorySeparator(path);
        return IsInside(trimmed, site) || Path.GetPathRoot(site) == path ||
            site.StartsWith(trimmed + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}

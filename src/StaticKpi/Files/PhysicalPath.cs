namespace StaticKpi.Files;

/// <summary>
/// Where a path really leads once its symbolic links are followed, worked out one name at a time as the operating
/// system does (a link's relative target is taken from the folder the link is really in), reading only the links
/// themselves, like realpath(3) but for a path whose last parts may not exist yet. Content uses
/// <see cref="Follow(string, string, string)"/> to stop as soon as a path leaves the site folder, so nothing outside it is looked at, not
/// even its size; the output guard compares <see cref="Of"/> paths, so an output given through a link to the source
/// (or with "..") is seen for what it is.
/// </summary>
public static class PhysicalPath
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

    /// <summary>A path's real, full form, every link followed; the path as given (made full) when its links loop.</summary>
    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var (outcome, physical) = Follow(root, Parts(full[root.Length..]), null);
        return outcome == Outcome.Inside ? Path.TrimEndingDirectorySeparator(physical) : Path.TrimEndingDirectorySeparator(full);
    }

    /// <summary>Follows <paramref name="relativePath"/> from <paramref name="start"/>, a real folder inside <paramref name="site"/>.</summary>
    /// <param name="site">The site folder's real path (<see cref="Of"/>).</param>
    /// <returns>Whether the path stays in the site, and its real path when it does.</returns>
    public static (Outcome Outcome, string Path) Follow(string site, string start, string relativePath) =>
        Follow(start, Parts(relativePath), site);

    /// <summary>Whether <paramref name="inner"/> is <paramref name="outer"/> or a path below it (both physical).</summary>
    public static bool IsSameOrInside(string inner, string outer)
    {
        var comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        outer = Path.TrimEndingDirectorySeparator(outer);
        inner = Path.TrimEndingDirectorySeparator(inner);
        if (string.Equals(inner, outer, comparison))
        {
            return true;
        }

        // A separator after the outer path, so that /site2 is not taken to be inside /site.
        var prefix = Path.EndsInDirectorySeparator(outer) ? outer : outer + Path.DirectorySeparatorChar;
        return inner.StartsWith(prefix, comparison);
    }

    /// <summary>Whether the path is the root of a file system (/, C:\).</summary>
    public static bool IsRoot(string path)
    {
        var full = Path.GetFullPath(path);
        return string.Equals(Path.TrimEndingDirectorySeparator(full), Path.TrimEndingDirectorySeparator(Path.GetPathRoot(full) ?? ""),
            StringComparison.Ordinal);
    }

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
                // current is already physical, so its parent is the real parent.
                current = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(current)) ?? current;
                continue;
            }

            var next = Path.Join(current, part);
            if (site is not null && !IsInsideOrAbove(next, site))
            {
                return (Outcome.Outside, next);
            }

            var target = LinkTarget(next);
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaximumLinks)
            {
                return (Outcome.Loop, next);
            }

            // Resolve the target's own parts in turn: it may hold links and ".." of its own.
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

    /// <summary>The link's target, or null for a file, a folder, a missing path or one that cannot be looked at.</summary>
    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}

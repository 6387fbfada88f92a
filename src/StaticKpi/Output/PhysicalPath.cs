namespace StaticKpi.Output;

/// <summary>
/// A path with every symbolic link resolved, as the operating system will follow it, like realpath(3) but for a path
/// whose last parts may not exist yet. The output guard compares these, so an output given through a link to the
/// source (or with "..") is seen for what it is.
/// </summary>
public static class PhysicalPath
{
    /// <summary>Links followed before giving up (Linux's own limit is 40).</summary>
    private const int MaxLinks = 40;

    public static string Of(string path)
    {
        // .NET turns every path into a full one with ".." removed by text before using it, so that is the path the
        // file system will see; only links remain to be resolved, part by part from the root.
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var pending = new List<string>(Parts(full[root.Length..]));
        pending.Reverse();
        var current = root;
        var links = 0;
        while (pending.Count > 0)
        {
            var part = pending[^1];
            pending.RemoveAt(pending.Count - 1);
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                // current is already physical, so its parent is the real parent.
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, part);
            var target = LinkTarget(next);
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return Path.GetFullPath(Path.Combine([next, .. Enumerable.Reverse(pending)]));
            }

            // Resolve the target's own parts in turn: it may hold links and ".." of its own.
            var targetParts = Parts(target);
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(Path.GetFullPath(target))!;
                targetParts = Parts(Path.GetFullPath(target)[current.Length..]);
            }

            for (var i = targetParts.Length - 1; i >= 0; i--)
            {
                pending.Add(targetParts[i]);
            }
        }

        return current;
    }

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
        var prefix = Path.EndsInDirectorySeparator(outer) || outer.Length == 0 ? outer : outer + Path.DirectorySeparatorChar;
        return IsRoot(outer)
            ? inner.StartsWith(outer, comparison)
            : inner.StartsWith(prefix, comparison);
    }

    /// <summary>Whether the path is the root of a file system (/, C:\).</summary>
    public static bool IsRoot(string path)
    {
        var full = Path.GetFullPath(path);
        return string.Equals(Path.TrimEndingDirectorySeparator(full), Path.TrimEndingDirectorySeparator(Path.GetPathRoot(full) ?? ""), StringComparison.Ordinal);
    }

    private static string[] Parts(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);

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

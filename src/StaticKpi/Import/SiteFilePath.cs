namespace StaticKpi.Import;

/// <summary>
/// Where a file of the site really is, with every symbolic link on its path followed, so that import reads and
/// writes only inside the site folder. A content repository comes from pull requests, and git stores symbolic
/// links: an indicator file (or <c>content/</c> itself) may be a link to any file the machine can read.
/// </summary>
internal static class SiteFilePath
{
    // Linux gives up after 40 links too (ELOOP); a loop of links ends here instead of running for ever.
    private const int MaximumLinks = 40;

    /// <summary>
    /// The real path of <paramref name="relativePath"/> in <paramref name="siteFolder"/>, or null when it (after
    /// links) is outside the site folder or its links go round in a loop.
    /// </summary>
    public static string? Resolve(string siteFolder, string relativePath)
    {
        var root = RealPath(siteFolder);
        var file = RealPath(Path.Combine(siteFolder, relativePath));
        if (root is null || file is null)
        {
            return null;
        }

        var comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        return file.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, comparison) ? file : null;
    }

    /// <summary>The path with every link in it replaced by its target (parts that do not exist are kept as they are).</summary>
    private static string? RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(Parts(full[current.Length..]).Reverse());
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaximumLinks)
            {
                return null;
            }

            // A relative target is relative to the link's folder; an absolute one starts again from its root.
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
                target = target[current.Length..];
            }

            foreach (var targetPart in Parts(target).Reverse())
            {
                pending.Push(targetPart);
            }
        }

        return current;
    }

    private static string[] Parts(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}

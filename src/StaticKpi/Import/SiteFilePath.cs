using StaticKpi.Files;

namespace StaticKpi.Import;

/// <summary>
/// Where a file of the site really is, with every symbolic link on its path followed, so that import reads and
/// writes only inside the site folder. A content repository comes from pull requests, and git stores symbolic
/// links: an indicator file (or <c>content/</c> itself) may be a link to any file the machine can read.
/// </summary>
internal static class SiteFilePath
{
    /// <summary>
    /// The real path of <paramref name="relativePath"/> in <paramref name="siteFolder"/>, or null when it (after
    /// links) is outside the site folder or its links go round in a loop.
    /// </summary>
    public static string? Resolve(string siteFolder, string relativePath)
    {
        var site = PhysicalPath.Of(siteFolder);
        var (outcome, path) = PhysicalPath.Follow(site, site, relativePath);
        return outcome == PhysicalPath.Outcome.Inside && path != site ? path : null;
    }
}

using Microsoft.AspNetCore.Http;

namespace StaticKpi.Cli.Serve;

/// <summary>
/// Where the preview sends a request for a folder without its trailing slash. The address is made again from the
/// folder found on disk, never from the request's text: <c>GET //data</c> must not answer <c>Location: //data/</c>,
/// which a browser reads as the site <c>data</c>, nor <c>/\evil.example</c> one on evil.example. Each folder name
/// is percent-encoded (so it holds no <c>/</c> or <c>\</c>), so the address is always a path on this site: a single
/// <c>/</c>, then nothing or a name that starts with a letter, digit or <c>-._~</c>.
/// </summary>
public static class SiteRedirect
{
    /// <param name="siteDirectory">The folder being served.</param>
    /// <param name="folder">The folder asked for, inside <paramref name="siteDirectory"/>.</param>
    /// <param name="query">The request's query, kept when it is plain printable ASCII (the search page reads it).</param>
    public static string ToFolder(string siteDirectory, string folder, QueryString query)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(siteDirectory), Path.GetFullPath(folder));
        // Resolving keeps requests inside the site; a folder outside it (never expected) goes home rather than there.
        var path = relative is "." or ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) ||
                   Path.IsPathRooted(relative)
            ? "/"
            : "/" + string.Concat(relative.Split(Path.DirectorySeparatorChar).Select(name => Uri.EscapeDataString(name) + "/"));
        var keep = query.HasValue && query.Value!.All(c => c is > ' ' and < '\u007F');
        return keep ? path + query.Value : path;
    }
}

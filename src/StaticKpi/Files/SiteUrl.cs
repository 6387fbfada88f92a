namespace StaticKpi.Files;

public enum SiteUrlKind
{
    /// <summary>The URL leaves the site: it has a scheme such as https: or mailto:, or starts with //.</summary>
    External,

    /// <summary>The URL is only a fragment (<c>#id</c>), a query or empty: it points into the page itself.</summary>
    SamePage,

    /// <summary>The URL leads to a path of the site (which may or may not exist).</summary>
    InSite,

    /// <summary>The URL starts from the host's root but not under the path the site is published at.</summary>
    OtherPathOnHost,

    /// <summary>The URL climbs above the site's root with too many <c>../</c>.</summary>
    OutsideSite,
}

/// <summary>Where a URL written on a page of the site leads.</summary>
/// <param name="Path">
/// For <see cref="SiteUrlKind.InSite"/>: the path relative to the site's root, percent-decoded, '/' separators, no
/// leading or trailing '/' ("" for the root). For <see cref="SiteUrlKind.SamePage"/>: the page. Otherwise the URL's
/// path as written (for <see cref="SiteUrlKind.OutsideSite"/> from the host's root, the part after the site's path).
/// </param>
/// <param name="NamesFolder">The URL names a folder (it ends in '/', '.' or '..'), so it means the folder's index.html.</param>
/// <param name="Fragment">The decoded fragment without '#', or null when the URL has none.</param>
public sealed record SiteUrl(SiteUrlKind Kind, string Path, bool NamesFolder, string? Fragment)
{
    /// <summary>A made-up host: resolution never leaves the process, it only borrows <see cref="Uri"/>'s rules.</summary>
    private const string Host = "http://site.invalid";

    /// <summary>The file a folder URL means: its index.html.</summary>
    public string FileOrIndex => !NamesFolder ? Path : Path.Length == 0 ? "index.html" : Path + "/index.html";

    /// <summary>
    /// Resolves <paramref name="url"/>, written on the page at <paramref name="fromPage"/> (a path relative to the
    /// site's root, such as <c>2024-25-q3/finance/index.html</c>), as a browser would (RFC 3986, by
    /// <see cref="Uri"/>): the query and fragment are cut off, <c>.</c> and <c>..</c> segments removed, and the
    /// path percent-decoded. An address from the host's root reaches the site only under <paramref name="sitePath"/>
    /// (the path of base_url, such as "/performance/").
    /// </summary>
    public static SiteUrl Resolve(string fromPage, string url, string sitePath = "/")
    {
        url = url.Trim();
        if (HasScheme(url) || url.StartsWith("//", StringComparison.Ordinal))
        {
            return new SiteUrl(SiteUrlKind.External, url, false, null);
        }

        string? fragment = null;
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            fragment = Decode(url[(hash + 1)..]);
            url = url[..hash];
        }

        var query = url.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            url = url[..query];
        }

        if (url.Length == 0)
        {
            return new SiteUrl(SiteUrlKind.SamePage, fromPage, false, fragment);
        }

        if (url.StartsWith('/'))
        {
            // From the host's root: only what is under the site's path is the site; from there on it reads like a
            // link on the home page.
            if (sitePath != "/")
            {
                if (!url.StartsWith(sitePath, StringComparison.Ordinal) && url != sitePath.TrimEnd('/'))
                {
                    return new SiteUrl(SiteUrlKind.OtherPathOnHost, url, false, fragment);
                }

                url = "/" + url[Math.Min(url.Length, sitePath.Length)..];
            }

            fromPage = "index.html";
        }

        // Decoded before it is split, so an encoded '/' separates segments (and an encoded ".." climbs) as it would
        // once a server decodes it; empty segments are dropped (as servers treat "a//b" as "a/b"); each segment is
        // encoded again for Uri, which then removes '.' and '..' against the page's folder.
        var segments = Decode(url).Split('/');
        var relative = string.Join('/', segments.Where(s => s.Length > 0).Select(Uri.EscapeDataString));
        if (relative.Length == 0)
        {
            relative = ".";
        }

        var namesFolder = url.EndsWith('/') || segments[^1] is "." or "..";
        var resolved = Within(fromPage, relative, "a", segments.Length);
        if (resolved is null || resolved != Within(fromPage, relative, "b", segments.Length))
        {
            return new SiteUrl(SiteUrlKind.OutsideSite, url, namesFolder, fragment);
        }

        var path = string.Join('/', resolved.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString));
        return new SiteUrl(SiteUrlKind.InSite, path, namesFolder, fragment);
    }

    /// <summary>
    /// The path <paramref name="relative"/> leads to from the page, relative to the site's root, or null when it
    /// climbs above it. <see cref="Uri"/> stops <c>..</c> at the host's root without saying so, so the site is put
    /// under more folders named <paramref name="sentinel"/> than the URL has segments: a URL that climbs out of the
    /// site ends outside them, or (when it climbs back in through a folder of that name) differs from the result
    /// under another name.
    /// </summary>
    private static string? Within(string fromPage, string relative, string sentinel, int depth)
    {
        var root = "/" + string.Concat(Enumerable.Repeat(sentinel + "/", depth + 1));
        var pagePath = string.Join('/', fromPage.Split('/').Select(Uri.EscapeDataString));
        var page = new Uri(Host + root + pagePath);
        var target = new Uri(page, relative).AbsolutePath;
        return target.StartsWith(root, StringComparison.Ordinal) ? target[root.Length..] : null;
    }

    /// <summary>A scheme by RFC 3986: a letter, then letters, digits, '+', '-' or '.', then ':' (before any '/', '?' or '#').</summary>
    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && url.IndexOfAny(['/', '?', '#']) is var stop && (stop < 0 || colon < stop) &&
               Uri.CheckSchemeName(url[..colon]);
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text);
}

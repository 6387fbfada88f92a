using System.Text.RegularExpressions;

namespace StaticKpi.Checks;

public enum LocalTargetKind
{
    /// <summary>The URL leaves the site (it has a scheme such as https: or mailto:, or starts with //).</summary>
    External,

    /// <summary>The URL is only a fragment (<c>#id</c>) or empty: it points into the page itself.</summary>
    SamePage,

    /// <summary>The URL names a file that exists in the output.</summary>
    Found,

    /// <summary>The URL names a file or folder that is not in the output.</summary>
    Missing,

    /// <summary>The URL climbs above the output folder with too many <c>../</c>.</summary>
    OutsideSite,
}

/// <param name="Path">The file the URL resolves to, relative to the output ('/' separators); for a folder, its index.html.</param>
/// <param name="Fragment">The decoded fragment without '#', or null when the URL has none.</param>
public sealed record LocalTarget(LocalTargetKind Kind, string Path, string? Fragment);

internal static partial class LocalUrl
{
    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex Scheme();

    /// <param name="sitePath">
    /// The path the site is published under ("/performance/"): an address from the host's root, such as the 404
    /// page's "/performance/key/", reaches the site only below it.
    /// </param>
    public static LocalTarget Resolve(string fromPage, string url, IReadOnlySet<string> files, IReadOnlySet<string> folders, string sitePath = "/")
    {
        url = url.Trim();
        if (Scheme().IsMatch(url) || url.StartsWith("//", StringComparison.Ordinal))
        {
            return new LocalTarget(LocalTargetKind.External, url, null);
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
            return new LocalTarget(LocalTargetKind.SamePage, fromPage, fragment);
        }

        if (url.StartsWith('/') && sitePath != "/")
        {
            if (!url.StartsWith(sitePath, StringComparison.Ordinal) && url != sitePath.TrimEnd('/'))
            {
                return new LocalTarget(LocalTargetKind.Missing, url, fragment);
            }

            url = "/" + url[Math.Min(url.Length, sitePath.Length)..];
        }

        var pageFolder = fromPage.Contains('/', StringComparison.Ordinal) ? fromPage[..fromPage.LastIndexOf('/')] : "";
        var start = url.StartsWith('/') ? [] : pageFolder.Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        var segments = new List<string>(start);
        var parts = Decode(url).Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part == "..")
            {
                if (segments.Count == 0)
                {
                    return new LocalTarget(LocalTargetKind.OutsideSite, url, fragment);
                }

                segments.RemoveAt(segments.Count - 1);
            }
            else if (part is not ("." or ""))
            {
                segments.Add(part);
            }
        }

        var path = string.Join('/', segments);
        var namesFolder = url.EndsWith('/') || parts[^1] is "." or "..";
        if (!namesFolder && files.Contains(path))
        {
            return new LocalTarget(LocalTargetKind.Found, path, fragment);
        }

        var index = path.Length == 0 ? "index.html" : path + "/index.html";
        if ((namesFolder || folders.Contains(path)) && files.Contains(index))
        {
            return new LocalTarget(LocalTargetKind.Found, index, fragment);
        }

        return new LocalTarget(LocalTargetKind.Missing, namesFolder || folders.Contains(path) ? index : path, fragment);
    }

    private static string Decode(string text)
    {
        try
        {
            return Uri.UnescapeDataString(text);
        }
        catch (UriFormatException)
        {
            return text;
        }
    }
}

using StaticKpi.Files;

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

/// <summary>Where a link or resource address on a written page leads in the output, by <see cref="SiteUrl"/>.</summary>
internal static class LocalUrl
{
    /// <param name="sitePath">
    /// The path the site is published under ("/performance/"): an address from the host's root, such as the 404
    /// page's "/performance/key/", reaches the site only below it.
    /// </param>
    public static LocalTarget Resolve(string fromPage, string url, IReadOnlySet<string> files, IReadOnlySet<string> folders, string sitePath = "/")
    {
        var target = SiteUrl.Resolve(fromPage, url, sitePath);
        switch (target.Kind)
        {
            case SiteUrlKind.External:
                return new LocalTarget(LocalTargetKind.External, target.Path, null);
            case SiteUrlKind.SamePage:
                return new LocalTarget(LocalTargetKind.SamePage, target.Path, target.Fragment);
            case SiteUrlKind.OtherPathOnHost:
                return new LocalTarget(LocalTargetKind.Missing, target.Path, target.Fragment);
            case SiteUrlKind.OutsideSite:
                return new LocalTarget(LocalTargetKind.OutsideSite, target.Path, target.Fragment);
        }

        // A name without a trailing '/' may still be a folder: a server answers it with the folder's index.html.
        var path = target.Path;
        if (!target.NamesFolder && files.Contains(path))
        {
            return new LocalTarget(LocalTargetKind.Found, path, target.Fragment);
        }

        var isFolder = target.NamesFolder || folders.Contains(path);
        var index = target with { NamesFolder = true };
        if (isFolder && files.Contains(index.FileOrIndex))
        {
            return new LocalTarget(LocalTargetKind.Found, index.FileOrIndex, target.Fragment);
        }

        return new LocalTarget(LocalTargetKind.Missing, isFolder ? index.FileOrIndex : path, target.Fragment);
    }
}

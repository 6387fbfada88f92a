using System.Text.RegularExpressions;
using StaticKpi.Diagnostics;
using StaticKpi.Model;

namespace StaticKpi.Content;

/// <summary>The <c>licence</c> section of <c>site.config.yaml</c>: what the published data may be reused under.</summary>
public static partial class SiteConfigLoader
{
    public static readonly string[] LicenceKeys = ["name", "title", "url"];

    /// <summary>Reads <c>licence: {name, title, url}</c>; without it the data is published under the Open Government Licence v3.0.</summary>
    private static Licence? ReadLicence(YamlMap site, IReadOnlyList<SiteLanguage> languages)
    {
        var map = site.Map("licence", LicenceKeys);
        if (map is null)
        {
            return null;
        }

        var texts = new TranslatableField(languages);
        var title = texts.Read(map, "title", required: true);
        var url = map.String("url", required: true);
        var name = map.String("name");
        if (title is null || url is null)
        {
            return null;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            site.Diagnostics.Error(RuleIds.BadValue, map.LocationOf("url"), $"The licence address '{QuotedValue.Cut(url)}' is not a web address.",
                "Give the full http or https address of the licence's text, for example " +
                "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/.");
            return null;
        }

        if (name is not null && !LicenceName().IsMatch(name))
        {
            site.Diagnostics.Error(RuleIds.BadValue, map.LocationOf("name"),
                $"The licence name '{QuotedValue.Cut(name)}' is not a licence identifier.",
                "Use the licence's Open Definition identifier (such as OGL-UK-3.0 or CC-BY-4.0), or leave name out.");
            return null;
        }

        return new Licence(name, title, url) { Translations = texts.Translations };
    }

    /// <summary>
    /// The <c>base_url</c> in a site folder's <c>site.config.yaml</c>, for commands that only need the site's address
    /// (<c>statickpi check</c>); null when the folder has no readable configuration or it sets no base_url.
    /// </summary>
    public static string? BaseUrlIn(string sourceDirectory)
    {
        // Read as a build reads it: never through a link that leaves the site folder, never over 10 MB.
        var diagnostics = new DiagnosticBag();
        if (new SiteFolder(sourceDirectory).File(FileName) is not { Problem: null } file || file.ReadText(diagnostics) is not { } text)
        {
            return null;
        }

        var root = YamlFile.ParseMapping(text, FileName, diagnostics);
        return root is null ? null : new YamlMap(root, FileName, diagnostics, Keys).String("base_url");
    }

    /// <summary>Sitemaps, the Atom feed and canonical links need the site's full address; say so when base_url is not one.</summary>
    private static void CheckBaseUrl(YamlMap site, string baseUrl)
    {
        if (new SiteAddress(baseUrl).IsAbsolute)
        {
            return;
        }

        // A scheme other than http(s) (javascript:, data:) or a host of its own (//evil.example/) would be written into
        // every page's canonical link; only a path on the site's own host may stand instead of a full address.
        var colon = baseUrl.IndexOf(':', StringComparison.Ordinal);
        var slash = baseUrl.IndexOf('/', StringComparison.Ordinal);
        if ((colon >= 0 && (slash < 0 || colon < slash)) || baseUrl.StartsWith("//", StringComparison.Ordinal) ||
            baseUrl.Contains('\\', StringComparison.Ordinal))
        {
            site.Diagnostics.Error(RuleIds.UnsafeLink, site.Has("base_url") ? site.LocationOf("base_url") : site.Location,
                $"base_url is '{QuotedValue.Cut(baseUrl)}', which is neither an https:// (or http://) address nor a path on the site's own host.",
                "Set base_url to the address the site is published at, for example https://example.org/performance/.");
            return;
        }

        site.Diagnostics.Warning(RuleIds.BadValue, site.Has("base_url") ? site.LocationOf("base_url") : site.Location,
            $"base_url is '{QuotedValue.Cut(baseUrl)}', not a full web address, so sitemap.xml and feed.xml are not written and canonical links " +
            "are not absolute.",
            "Set base_url to the address the site is published at, for example https://example.org/performance/.");
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9.+-]*$")]
    private static partial Regex LicenceName();
}

using System.Text.RegularExpressions;
using StaticKpi.Diagnostics;
using StaticKpi.Model;

namespace StaticKpi.Content;

/// <summary>
/// The <c>branding</c> section of <c>site.config.yaml</c>: logo, favicon, header colours, extra links and a stylesheet.
/// What can be told from the configuration alone is checked here (the form of paths, colours and addresses); the files
/// themselves are checked by <see cref="BrandingFiles"/> and the colours' contrast against the theme by the build.
/// </summary>
public static partial class SiteConfigLoader
{
    public static readonly string[] BrandingKeys = ["logo", "favicon", "colours", "colours_dark", "header_links", "footer_links", "stylesheet"];

    public static readonly string[] LogoKeys = ["file", "alt"];

    public static readonly string[] BrandColourKeys = ["primary", "accent"];

    public static readonly string[] BrandLinkKeys = ["text", "url"];

    /// <summary>The folder of the site that holds the brand's files (and only it is copied to the output).</summary>
    public const string BrandFolder = "assets";

    private static Branding ReadBranding(YamlMap site, IReadOnlyList<SiteLanguage> languages)
    {
        var map = site.Map("branding", BrandingKeys);
        if (map is null)
        {
            return Branding.None;
        }

        BrandLogo? logo = null;
        if (map.Map("logo", LogoKeys) is { } logoMap)
        {
            var file = BrandFileAt(logoMap, "file", "logo", ["svg", "png"], "an SVG or PNG file", required: true);
            var altTexts = new TranslatableField(languages);
            var alt = altTexts.Read(logoMap, "alt", required: true);
            if (alt is not null && string.IsNullOrWhiteSpace(alt))
            {
                site.Diagnostics.Error(RuleIds.MissingRequired, logoMap.LocationOf("alt"), "The logo's alt text is empty.",
                    "Write what the logo says or shows, usually the council's name, for example 'alt: Example County Council'.");
                alt = null;
            }

            logo = file is not null && alt is not null ? new BrandLogo(file, alt.Trim()) { Translations = altTexts.Translations } : null;
        }

        return new Branding(
            logo,
            BrandFileAt(map, "favicon", "favicon", ["svg", "png", "ico"], "an SVG, PNG or ICO file"),
            ReadColours(map, "colours"),
            ReadColours(map, "colours_dark"),
            ReadLinks(map, "header_links", languages),
            ReadLinks(map, "footer_links", languages),
            BrandFileAt(map, "stylesheet", "stylesheet", ["css"], "a CSS file"));
    }

    /// <summary>
    /// A path to a brand file, checked for its form: in the site's assets/ folder (which the build copies and the build
    /// cache watches), never out of it, and of one of the types the file may be.
    /// </summary>
    private static BrandFile? BrandFileAt(YamlMap map, string key, string kind, string[] extensions, string types, bool required = false)
    {
        var path = map.String(key, required);
        if (path is null)
        {
            return null;
        }

        var location = map.LocationOf(key);
        var segments = path.Split('/');
        if (!path.StartsWith(BrandFolder + "/", StringComparison.Ordinal) || path.Contains('\\', StringComparison.Ordinal) ||
            segments.Any(s => s is "" or "." or ".."))
        {
            map.Diagnostics.Error(RuleIds.BadValue, location,
                $"The {kind} '{QuotedValue.Cut(path)}' is not a file in the site's {BrandFolder}/ folder.",
                $"Put the file in the {BrandFolder}/ folder beside site.config.yaml and write its path from there, " +
                $"for example '{BrandFolder}/{kind}.{extensions[0]}'.");
            return null;
        }

        var file = new BrandFile(path, kind, location);
        if (!extensions.Contains(file.Extension))
        {
            map.Diagnostics.Error(RuleIds.BadValue, location,
                $"The {kind} '{QuotedValue.Cut(path)}' is not {types}.",
                $"Save the {kind} as {Either(extensions.Select(e => "." + e).ToList())} and name that file here.");
            return null;
        }

        return file;
    }

    private static BrandColours ReadColours(YamlMap branding, string key)
    {
        var map = branding.Map(key, BrandColourKeys);
        return map is null ? BrandColours.None : new BrandColours(ReadColour(map, key, "primary"), ReadColour(map, key, "accent"));
    }

    private static BrandColour? ReadColour(YamlMap map, string section, string key)
    {
        var text = map.String(key);
        if (text is null)
        {
            return null;
        }

        var name = $"branding.{section}.{key}";
        if (!HexColour().IsMatch(text))
        {
            map.Diagnostics.Error(RuleIds.BadValue, map.LocationOf(key),
                $"{name} is '{QuotedValue.Cut(text)}', which is not a colour written as #rrggbb.",
                $"Write the colour as # and six hexadecimal digits, in quotes (a # starts a comment in YAML), for example {key}: \"#1d4f91\".");
            return null;
        }

        var hex = text.ToLowerInvariant();
        if (hex.Length == 4)
        {
            hex = "#" + string.Concat(hex[1..].Select(c => new string(c, 2)));
        }

        return new BrandColour(hex, name, map.LocationOf(key));
    }

    private static List<BrandLink> ReadLinks(YamlMap branding, string key, IReadOnlyList<SiteLanguage> languages)
    {
        var links = new List<BrandLink>();
        foreach (var item in branding.MapsIn(key, BrandLinkKeys))
        {
            var texts = new TranslatableField(languages);
            var text = texts.Read(item, "text", required: true);
            var url = item.String("url", required: true);
            if (text is null || url is null)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                item.Diagnostics.Error(RuleIds.MissingRequired, item.LocationOf("text"), $"A link in {key} has no text.",
                    "Write the words readers click, for example 'text: Contact us'.");
                continue;
            }

            if (CheckBrandLinkUrl(item, key, text, url.Trim()))
            {
                links.Add(new BrandLink(text.Trim(), url.Trim()) { Translations = texts.Translations });
            }
        }

        return links;
    }

    /// <summary>
    /// Header and footer links are on every page: only https addresses and paths on the site's own host, never another
    /// scheme (<c>javascript:</c>, <c>data:</c>) or a host of its own (<c>//evil.example/</c>).
    /// </summary>
    private static bool CheckBrandLinkUrl(YamlMap item, string key, string text, string url)
    {
        var location = item.LocationOf("url");
        var what = $"The link '{QuotedValue.Cut(text)}' in {key}";
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp)
        {
            item.Diagnostics.Error(RuleIds.InsecureLink, location, $"{what} goes to '{QuotedValue.Cut(url)}', which is not secure (http).",
                "Use the page's https:// address.");
            return false;
        }

        var colon = url.IndexOf(':', StringComparison.Ordinal);
        var slash = url.IndexOf('/', StringComparison.Ordinal);
        var hasScheme = colon >= 0 && (slash < 0 || colon < slash);
        var isHttps = hasScheme && uri is not null && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Length > 0;
        if (url.Length == 0 || (hasScheme && !isHttps) || url.StartsWith("//", StringComparison.Ordinal) ||
            url.Contains('\\', StringComparison.Ordinal) || url.Any(char.IsWhiteSpace))
        {
            item.Diagnostics.Error(RuleIds.UnsafeLink, location,
                $"{what} goes to '{QuotedValue.Cut(url)}', which is neither an https:// address nor a path in the site.",
                "Write a full https:// address, or a path in the site such as 'about/' or '/contact/'.");
            return false;
        }

        return true;
    }

    /// <summary>"a", "a or b", "a, b or c".</summary>
    private static string Either(IReadOnlyList<string> words) =>
        words.Count == 1 ? words[0] : $"{string.Join(", ", words.Take(words.Count - 1))} or {words[^1]}";

    [GeneratedRegex("^#(?:[0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$")]
    private static partial Regex HexColour();
}

using StaticKpi.Diagnostics;
using StaticKpi.Model;

namespace StaticKpi.Content;

/// <summary>
/// Reads an indicator file's <c>links:</c> list. A link that goes nowhere or uses an address scheme that is not
/// allowed is reported and left out, so a published page never carries it.
/// </summary>
public static class LinksLoader
{
    public static readonly string[] Keys = ["title", "url"];

    /// <param name="languages">The site's languages, for a title given in each; null reads plain titles only.</param>
    public static IReadOnlyList<Link> Read(YamlMap map, IReadOnlyList<SiteLanguage>? languages = null)
    {
        var links = new List<Link>();
        foreach (var item in map.MapsIn("links", Keys))
        {
            var texts = languages is null ? null : new TranslatableField(languages);
            var title = texts is null ? item.String("title", required: true) : texts.Read(item, "title", required: true);
            var url = item.String("url", required: true);
            if (title is null || url is null)
            {
                continue;
            }

            if (url.Trim() is "" or "#")
            {
                map.Diagnostics.Warning(RuleIds.PlaceholderLink, item.LocationOf("url"),
                    $"The link '{QuotedValue.Cut(title)}' points to '{QuotedValue.Cut(url)}', which goes nowhere; it is left out.",
                    "Put the real address, or remove the link.");
                continue;
            }

            if (!MarkdownRenderer.IsSafe(url))
            {
                map.Diagnostics.Error(RuleIds.UnsafeLink, item.LocationOf("url"),
                    $"The link '{QuotedValue.Cut(title)}' uses an address that is not allowed.",
                    "Use an http, https, mailto or tel address, or a path within the site.");
                continue;
            }

            if (MarkdownRenderer.IsInsecure(url))
            {
                map.Diagnostics.Warning(RuleIds.InsecureLink, item.LocationOf("url"),
                    $"The link '{QuotedValue.Cut(title)}' uses http:, which is not encrypted.",
                    $"Use '{QuotedValue.Cut(MarkdownRenderer.HttpsOf(url))}' if the site offers it (most do).");
            }

            links.Add(new Link(title, url) { Translations = texts?.Translations ?? Translations.None });
        }

        return links;
    }
}

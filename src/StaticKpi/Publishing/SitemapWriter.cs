using StaticKpi.Model;
using StaticKpi.Pages;

namespace StaticKpi.Publishing;

/// <summary>
/// <c>sitemap.xml</c> (sitemaps.org protocol 0.9): the absolute address of every page that is its own canonical
/// address (every HTML page but the 404 page), in address order, with <c>lastmod</c> where the content's date is
/// known (the report's <c>produced_on</c>). A site in several languages lists each page in each language, each with
/// its alternates in every language and <c>x-default</c> (the default language's), as <c>xhtml:link</c>s.
/// </summary>
public static class SitemapWriter
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    /// <param name="pages">The pages of one language; every language has the same.</param>
    /// <param name="languages">The site's languages, the default first; one for a site without <c>languages:</c>.</param>
    public static byte[] Write(SiteAddress address, IEnumerable<PlannedPage> pages, IReadOnlyList<SiteLanguage> languages) => XmlOutput.Write(xml =>
    {
        var alternates = languages.Count > 1;
        xml.WriteStartElement("urlset", Namespace);
        if (alternates)
        {
            xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
        }

        var entries = pages.Where(p => p.IsCanonical)
            .SelectMany(p => languages.Select(l => (Page: p, Url: l.Prefix + p.Url)))
            .OrderBy(e => e.Url, StringComparer.Ordinal);
        foreach (var (page, url) in entries)
        {
            xml.WriteStartElement("url", Namespace);
            xml.WriteElementString("loc", Namespace, XmlOutput.Clean(address.Of(url)));
            if (page.LastModified is { } date)
            {
                xml.WriteElementString("lastmod", Namespace, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }

            if (alternates)
            {
                foreach (var (hreflang, prefix) in languages.Select(l => (l.Code, l.Prefix)).Append(("x-default", languages[0].Prefix)))
                {
                    xml.WriteStartElement("xhtml", "link", XhtmlNamespace);
                    xml.WriteAttributeString("rel", "alternate");
                    xml.WriteAttributeString("hreflang", hreflang);
                    xml.WriteAttributeString("href", XmlOutput.Clean(address.Of(prefix + page.Url)));
                    xml.WriteEndElement();
                }
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });
}

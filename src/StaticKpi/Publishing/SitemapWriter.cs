using StaticKpi.Model;
using StaticKpi.Pages;

namespace StaticKpi.Publishing;

/// <summary>
/// <c>sitemap.xml</c> (sitemaps.org protocol 0.9): the absolute address of every page that is its own canonical
/// address (every HTML page but the 404 page), in address order, with <c>lastmod</c> where the content's date is
/// known (the report's <c>produced_on</c>).
/// </summary>
public static class SitemapWriter
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static byte[] Write(SiteAddress address, IEnumerable<PlannedPage> pages) => XmlOutput.Write(xml =>
    {
        xml.WriteStartElement("urlset", Namespace);
        foreach (var page in pages.Where(p => p.IsCanonical).OrderBy(p => p.Url, StringComparer.Ordinal))
        {
            xml.WriteStartElement("url", Namespace);
            xml.WriteElementString("loc", Namespace, XmlOutput.Clean(address.Of(page.Url)));
            if (page.LastModified is { } date)
            {
                xml.WriteElementString("lastmod", Namespace, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });
}

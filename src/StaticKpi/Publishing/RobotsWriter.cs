using System.Text;
using StaticKpi.Model;
using StaticKpi.Shared;

namespace StaticKpi.Publishing;

/// <summary>
/// <c>robots.txt</c>: every crawler may read every page, and the sitemap is named with its absolute address.
/// Crawlers only read robots.txt at the root of a host, so a site published under a sub-path should have the
/// host's own robots.txt name the sitemap (see docs/publishing.md).
/// </summary>
public static class RobotsWriter
{
    public static byte[] Write(SiteAddress address)
    {
        var text = new StringBuilder();
        text.Append("User-agent: *\n");
        text.Append("Disallow:\n");
        if (address.IsAbsolute)
        {
            text.Append('\n').Append("Sitemap: ").Append(address.Of(SitePaths.Sitemap)).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}

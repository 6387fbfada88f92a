using StaticKpi.Localisation;
using StaticKpi.Model;
using StaticKpi.OpenData;
using StaticKpi.Pages;
using StaticKpi.Scoring;
using StaticKpi.Shared;

namespace StaticKpi.Publishing;

/// <summary>
/// The files a published site needs beside its pages: the open data (CSV, JSON and the data package) and the files
/// for crawlers and feed readers (sitemap.xml, robots.txt, feed.xml). Pure: the files are made in memory.
/// </summary>
public static class SitePublication
{
    /// <summary>The files written beside the pages, in a stable order.</summary>
    /// <param name="strings">The words of the feed; the default theme's for the site's language when not given.</param>
    public static IReadOnlyList<(string Path, byte[] Bytes)> Files(Site site, IReadOnlyList<ScoredReport> reports, SitePlan plan,
        OpenDataFiles data, SiteStrings? strings = null) =>
        [.. data.Files.Select(f => (f.Path, f.Bytes)), .. CrawlerFiles(site, reports, plan, strings)];

    /// <summary>
    /// The files for crawlers and feed readers, once for the whole site at its root: the sitemap lists every page in
    /// every language (<paramref name="plan"/> is the default language's; every language has the same pages).
    /// </summary>
    /// <param name="strings">The words of the feed; the default theme's for the site's language when not given.</param>
    /// <param name="feed">Whether the feed is one of them; a site in several languages has one per language (<see cref="Feed"/>).</param>
    public static IReadOnlyList<(string Path, byte[] Bytes)> CrawlerFiles(Site site, IReadOnlyList<ScoredReport> reports, SitePlan plan,
        SiteStrings? strings = null, bool feed = true)
    {
        var address = new SiteAddress(site.Config.BaseUrl);
        var files = new List<(string Path, byte[] Bytes)> { (SitePaths.Robots, RobotsWriter.Write(address)) };
        if (address.IsAbsolute)
        {
            // Sitemaps and Atom need absolute addresses; without one, SiteConfigLoader warns and neither is written.
            files.Add((SitePaths.Sitemap, SitemapWriter.Write(address, plan.Pages, site.Config.Languages)));
        }

        return feed ? [.. files, .. Feed(site, reports, strings)] : files;
    }

    /// <summary>
    /// The feed of the site's reports, in the site's language: for a language of a site in several, the site projected
    /// into it, written under the language's folder beside its pages. None without reports or an absolute address.
    /// </summary>
    /// <param name="strings">The words of the feed; the default theme's for the site's language when not given.</param>
    public static IReadOnlyList<(string Path, byte[] Bytes)> Feed(Site site, IReadOnlyList<ScoredReport> reports, SiteStrings? strings = null)
    {
        var address = new SiteAddress(site.Config.BaseUrl);
        return address.IsAbsolute && reports.Count > 0
            ? [(SitePaths.Feed, FeedWriter.Write(site.Config, address, reports, strings ?? SiteStrings.Default(site.Config.Language)))]
            : [];
    }
}

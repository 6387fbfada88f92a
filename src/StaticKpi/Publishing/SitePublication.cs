using StaticKpi.Model;
using StaticKpi.OpenData;
using StaticKpi.Output;
using StaticKpi.Pages;
using StaticKpi.Scoring;

namespace StaticKpi.Publishing;

/// <summary>
/// Everything a site needs beyond its scorecard pages to be published: the open data (CSV, JSON and the data
/// package), the indicator, open data and 404 pages, and the files for crawlers and feed readers (sitemap.xml,
/// robots.txt, feed.xml). <see cref="Prepare"/> is pure; <see cref="Write"/> writes the files beside the pages.
/// </summary>
public sealed class SitePublication
{
    private readonly List<(string Path, byte[] Bytes)> _files;

    private SitePublication(IReadOnlyList<PageModel> pages, SiteView siteView, List<(string Path, byte[] Bytes)> files)
    {
        Pages = pages;
        SiteView = siteView;
        _files = files;
    }

    /// <summary>The scorecard pages with their downloads and dates, followed by the publishing pages.</summary>
    public IReadOnlyList<PageModel> Pages { get; }

    public SiteView SiteView { get; }

    /// <summary>The files written beside the pages, in a stable order.</summary>
    public IReadOnlyList<(string Path, byte[] Bytes)> Files => _files;

    public static SitePublication Prepare(Site site, IReadOnlyList<ScoredReport> reports, PageBuilder builder, IReadOnlyList<PageModel> pages)
    {
        var data = OpenDataFiles.Build(site, reports);
        var publishing = new PublishingPageBuilder(site, reports, builder, data);
        var allPages = publishing.Extend(pages);
        var siteView = publishing.SiteView;
        var address = new SiteAddress(site.Config.BaseUrl);

        var files = data.Files.Select(f => (f.Path, f.Bytes)).ToList();
        files.Add((SitePaths.Robots, RobotsWriter.Write(address)));
        if (address.IsAbsolute)
        {
            // Sitemaps and Atom need absolute addresses; without one, SiteConfigLoader warns and neither is written.
            files.Add((SitePaths.Sitemap, SitemapWriter.Write(address, allPages)));
        }

        if (siteView.FeedPath is { } feed)
        {
            files.Add((feed, FeedWriter.Write(site.Config, address, reports)));
        }

        return new SitePublication(allPages, siteView, files);
    }

    public void Write(StagedOutput output)
    {
        foreach (var (path, bytes) in _files)
        {
            output.WriteBytes(path, bytes);
        }
    }
}

using System.Xml.Linq;
using StaticKpi.Tests.Support;

namespace StaticKpi.Tests.Publishing;

/// <summary>sitemap.xml, robots.txt and feed.xml of the example site, whose base_url has a sub-path (/performance/).</summary>
[Collection(PublishedSiteCollection.Name)]
public sealed class SitemapAndFeedTests(PublishedSiteFixture fixture)
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private BuiltSite Site => fixture.Site;

    private XDocument Xml(string file) => XDocument.Load(Path.Combine(Site.Output, file));

    [Fact]
    public void Sitemap_lists_the_absolute_address_of_every_html_page_but_the_404_page_in_address_order()
    {
        var locs = Xml("sitemap.xml").Root!.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
        var expected = Site.HtmlPages()
            .Where(p => p != "404.html")
            .Select(p => "https://example.org/performance/" + (p == "index.html" ? "" : p[..^"index.html".Length]))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, locs);
        Assert.Equal(Site.Result.PagesWritten - 1, locs.Count);
    }

    [Theory]
    [InlineData("", "2025-03-03")]
    [InlineData("2024-25-q3/strategy-resources-performance/", "2025-03-03")]
    [InlineData("2024-25-q2/strategy-resources-performance/", "2024-12-05")]
    [InlineData("2023-24-q1/strategy-resources-performance/182-foi-timeliness/", "2023-08-01")]
    [InlineData("indicators/182-foi-timeliness/", "2025-03-03")]
    [InlineData("accessibility/", "2025-03-03")]
    [InlineData("key/", null)]
    public void Sitemap_lastmod_is_the_date_the_report_was_produced(string url, string? lastmod)
    {
        var entry = Xml("sitemap.xml").Root!.Elements(Sitemap + "url")
            .Single(u => u.Element(Sitemap + "loc")!.Value == "https://example.org/performance/" + url);
        Assert.Equal(lastmod, entry.Element(Sitemap + "lastmod")?.Value);
    }

    [Fact]
    public void Robots_txt_allows_everything_and_names_the_sitemap()
    {
        Assert.Equal("User-agent: *\nDisallow:\n\nSitemap: https://example.org/performance/sitemap.xml\n",
            File.ReadAllText(Path.Combine(Site.Output, "robots.txt")));
    }

    [Fact]
    public void Feed_has_one_entry_per_report_newest_first_identified_by_its_permanent_address()
    {
        var feed = Xml("feed.xml").Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("https://example.org/performance/", feed.Element(Atom + "id")!.Value);
        Assert.Equal("Performance scorecards", feed.Element(Atom + "title")!.Value);
        Assert.Equal("2025-03-03T00:00:00Z", feed.Element(Atom + "updated")!.Value);
        Assert.Equal("Example County Council", feed.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        Assert.Equal("https://example.org/performance/feed.xml",
            feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);

        var entries = feed.Elements(Atom + "entry")
            .Select(e => (Id: e.Element(Atom + "id")!.Value, Updated: e.Element(Atom + "updated")!.Value,
                Link: e.Element(Atom + "link")!.Attribute("href")!.Value, Title: e.Element(Atom + "title")!.Value))
            .ToList();
        Assert.Equal(
            [("https://example.org/performance/2024-25-q3/strategy-resources-performance/", "2025-03-03T00:00:00Z"),
             ("https://example.org/performance/2024-25-q2/strategy-resources-performance/", "2024-12-05T00:00:00Z"),
             ("https://example.org/performance/2023-24-q1/strategy-resources-performance/", "2023-08-01T00:00:00Z"),
             ("https://example.org/performance/2020-21-q2/strategy-resources-performance/", "2020-12-16T00:00:00Z")],
            entries.Select(e => (e.Id, e.Updated)));
        Assert.All(entries, e => Assert.Equal(e.Id, e.Link));
        Assert.Equal(Site.Page("2024-25-q3/strategy-resources-performance/index.html").QuerySelector("h1")!.TextContent, entries[0].Title);
        Assert.Equal("Strategy, Resources and Performance Committee, 2024/25 Q3. 13 indicators: 1 Amber, 11 Green, 1 Baseline.",
            feed.Element(Atom + "entry")!.Element(Atom + "summary")!.Value);
    }
}

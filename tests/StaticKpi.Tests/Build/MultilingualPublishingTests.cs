using System.Xml.Linq;
using StaticKpi.Publishing;

namespace StaticKpi.Tests.Build;

/// <summary>
/// What a site in two languages (tests/fixtures/bilingual: English at the root, Welsh under cy/) publishes beside its
/// pages: a feed per language, in that language, under its folder and linked from its pages; and the theme's files
/// once, at the root, which every language's pages link to.
/// </summary>
/// <remarks>The site is built once, by <see cref="MultilingualSiteTests.Bilingual"/>, whose tests check it built.</remarks>
public sealed class MultilingualPublishingTests(MultilingualSiteTests.Bilingual fixture) : IClassFixture<MultilingualSiteTests.Bilingual>
{
    private static readonly XNamespace Atom = FeedWriter.Namespace;
    private const string Root = "https://example.test/scorecards/";
    private const string Report = "2024-25-q3/finance/";
    private readonly BuiltSite _site = fixture.Site;

    [Fact]
    public void The_welsh_feed_is_under_cy_in_welsh_with_welsh_addresses()
    {
        var feed = XDocument.Load(Path.Combine(_site.Output, "cy", "feed.xml")).Root!;
        var entry = Assert.Single(feed.Elements(Atom + "entry"));

        Assert.Equal("cy-GB", feed.Attribute(XNamespace.Xml + "lang")?.Value);
        Assert.Equal(Root + "cy/", feed.Element(Atom + "id")?.Value);
        Assert.Equal("Cardiau sgorio prawf", feed.Element(Atom + "title")?.Value);
        Assert.Equal("Adroddiadau perfformiad a gyhoeddwyd gan Cyngor Sir Prawf", feed.Element(Atom + "subtitle")?.Value);
        Assert.Equal("Cyngor Sir Prawf", feed.Element(Atom + "author")?.Element(Atom + "name")?.Value);
        Assert.Equal(
            [("self", Root + "cy/feed.xml"), ("alternate", Root + "cy/")],
            feed.Elements(Atom + "link").Select(l => (l.Attribute("rel")?.Value, l.Attribute("href")?.Value)));
        Assert.Equal(Root + "cy/" + Report, entry.Element(Atom + "id")?.Value);
        Assert.Equal("Adroddiad perfformiad y Pwyllgor Cyllid, chwarter 3", entry.Element(Atom + "title")?.Value);
        Assert.Equal("Pwyllgor Cyllid, Chwarter 3, blwyddyn ariannol 2024/25. 2 dangosydd: 2 Gwyrdd.", entry.Element(Atom + "summary")?.Value);
    }

    [Fact]
    public void The_english_feed_stays_at_the_root_in_english()
    {
        var feed = XDocument.Load(Path.Combine(_site.Output, "feed.xml")).Root!;

        Assert.Equal("en-GB", feed.Attribute(XNamespace.Xml + "lang")?.Value);
        Assert.Equal(Root, feed.Element(Atom + "id")?.Value);
        Assert.Equal("Test scorecards", feed.Element(Atom + "title")?.Value);
        Assert.Equal(Root + Report, Assert.Single(feed.Elements(Atom + "entry")).Element(Atom + "id")?.Value);
    }

    [Theory]
    [InlineData("index.html", "./feed.xml", "en", "Test scorecards: new reports")]
    [InlineData("cy/index.html", "./feed.xml", "cy", "Cardiau sgorio prawf: adroddiadau newydd")]
    [InlineData("cy/" + Report + "index.html", "../../feed.xml", "cy", "Cardiau sgorio prawf: adroddiadau newydd")]
    [InlineData("cy/404.html", "/scorecards/cy/feed.xml", "cy", "Cardiau sgorio prawf: adroddiadau newydd")]
    public void Each_language_s_pages_link_to_its_own_feed(string page, string href, string hreflang, string title)
    {
        var link = Assert.Single(_site.Page(page).QuerySelectorAll("link[rel=alternate][type='application/atom+xml']"));

        Assert.Equal((href, hreflang, title), (link.GetAttribute("href"), link.GetAttribute("hreflang"), link.GetAttribute("title")));
        Assert.Equal(Path.Combine(_site.Output, hreflang == "cy" ? "cy" : "", "feed.xml"), _site.FileLinkedFrom(page, href));
    }

    [Fact]
    public void The_theme_s_files_are_written_once_at_the_root_and_every_language_s_pages_link_to_them()
    {
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "cy", "assets")));
        foreach (var page in _site.HtmlPages())
        {
            var links = _site.Page(page).QuerySelectorAll("link[rel=stylesheet], script[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).ToList();
            Assert.NotEmpty(links);
            Assert.All(links, href => Assert.True(File.Exists(_site.FileLinkedFrom(page, href)), $"{page} links to {href}, which is not there."));
            Assert.All(links, href => Assert.StartsWith(Path.Combine(_site.Output, "assets") + Path.DirectorySeparatorChar,
                _site.FileLinkedFrom(page, href), StringComparison.Ordinal));
        }

        Assert.Equal("../../../assets/" + Path.GetFileName(Directory.GetFiles(Path.Combine(_site.Output, "assets"), "site.*.css").Single()),
            _site.Page("cy/" + Report + "index.html").QuerySelector("link[rel=stylesheet]")?.GetAttribute("href"));
    }
}

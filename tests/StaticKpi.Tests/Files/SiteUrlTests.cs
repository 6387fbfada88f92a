using StaticKpi.Files;

namespace StaticKpi.Tests.Files;

/// <summary>One table of links and where each leads, as the checks, the preview and the tests all read them.</summary>
public sealed class SiteUrlTests
{
    public static TheoryData<string, string, string, SiteUrlKind, string, bool, string?> Links => new()
    {
        // From a page, relative: '..' climbs, the query and fragment are cut off, a trailing '/' names a folder.
        { "a/b/index.html", "../c/", "/", SiteUrlKind.InSite, "a/c", true, null },
        { "a/b/index.html", "x.csv?download=1#top", "/", SiteUrlKind.InSite, "a/b/x.csv", false, "top" },
        { "a/b/index.html", "..", "/", SiteUrlKind.InSite, "a", true, null },
        { "a/b/index.html", "./", "/", SiteUrlKind.InSite, "a/b", true, null },
        { "index.html", "key/", "/", SiteUrlKind.InSite, "key", true, null },
        { "index.html", "  key/  ", "/", SiteUrlKind.InSite, "key", true, null },
        { "index.html", "a//b", "/", SiteUrlKind.InSite, "a/b", false, null },
        // Percent-decoding, before splitting: an encoded '/' separates, an encoded '..' climbs.
        { "index.html", "my%20file.pdf", "/", SiteUrlKind.InSite, "my file.pdf", false, null },
        { "index.html", "caf%C3%A9/", "/", SiteUrlKind.InSite, "café", true, null },
        { "index.html", "a%2Fb", "/", SiteUrlKind.InSite, "a/b", false, null },
        { "index.html", "%2e%2e/x", "/", SiteUrlKind.OutsideSite, "%2e%2e/x", false, null },
        // The page itself.
        { "a/index.html", "", "/", SiteUrlKind.SamePage, "a/index.html", false, null },
        { "a/index.html", "#sec%20one", "/", SiteUrlKind.SamePage, "a/index.html", false, "sec one" },
        { "a/index.html", "?q=rent", "/", SiteUrlKind.SamePage, "a/index.html", false, null },
        // Leaving the site.
        { "index.html", "https://example.org/", "/", SiteUrlKind.External, "https://example.org/", false, null },
        { "index.html", "mailto:team@example.org", "/", SiteUrlKind.External, "mailto:team@example.org", false, null },
        { "index.html", "//cdn.example/x.js", "/", SiteUrlKind.External, "//cdn.example/x.js", false, null },
        { "index.html", "../x", "/", SiteUrlKind.OutsideSite, "../x", false, null },
        { "a/index.html", "../../x#y", "/", SiteUrlKind.OutsideSite, "../../x", false, "y" },
        // Climbing out and back in through a folder named like the resolver's own scaffolding is still out.
        { "index.html", "../a/x", "/", SiteUrlKind.OutsideSite, "../a/x", false, null },
        { "index.html", "../b/a/x", "/", SiteUrlKind.OutsideSite, "../b/a/x", false, null },
        // From the host's root: only under the site's path.
        { "404.html", "/performance/key/", "/performance/", SiteUrlKind.InSite, "key", true, null },
        { "404.html", "/performance", "/performance/", SiteUrlKind.InSite, "", true, null },
        { "404.html", "/key/", "/", SiteUrlKind.InSite, "key", true, null },
        { "404.html", "/other/x", "/performance/", SiteUrlKind.OtherPathOnHost, "/other/x", false, null },
        { "404.html", "/performance/../x", "/performance/", SiteUrlKind.OutsideSite, "/../x", false, null },
    };

    [Theory]
    [MemberData(nameof(Links))]
    public void A_link_leads_where_a_browser_would_take_it(
        string fromPage, string url, string sitePath, SiteUrlKind kind, string path, bool namesFolder, string? fragment)
    {
        Assert.Equal(new SiteUrl(kind, path, namesFolder, fragment), SiteUrl.Resolve(fromPage, url, sitePath));
    }

    [Theory]
    [InlineData("", true, "index.html")]
    [InlineData("key", true, "key/index.html")]
    [InlineData("data/x.csv", false, "data/x.csv")]
    public void A_folder_means_its_index_page(string path, bool namesFolder, string file)
    {
        Assert.Equal(file, new SiteUrl(SiteUrlKind.InSite, path, namesFolder, null).FileOrIndex);
    }
}

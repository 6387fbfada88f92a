using System.Text.Json;

namespace StaticKpi.Tests.Build;

/// <summary>
/// The words around the content of a bilingual site (tests/fixtures/bilingual) are in the page's language: the
/// language switch's name, the search script's messages, and the 404 page's switch is a clean address.
/// </summary>
public sealed class LanguageWordsTests : IClassFixture<LanguageWordsTests.Bilingual>
{
    public sealed class Bilingual : IDisposable
    {
        public BuiltSite Site { get; } = new(RepoPaths.Fixture("bilingual"));

        public void Dispose() => Site.Dispose();
    }

    private readonly BuiltSite _site;

    public LanguageWordsTests(Bilingual fixture)
    {
        _site = fixture.Site;
        Assert.True(_site.Result.Succeeded, DiagnosticAssert.Describe(_site.Result.Diagnostics));
    }

    [Theory]
    [InlineData("index.html", "Language")]
    [InlineData("cy/index.html", "Iaith")]
    [InlineData("cy/search/index.html", "Iaith")]
    public void The_switch_is_a_navigation_landmark_named_in_the_page_language(string page, string label)
    {
        var nav = Assert.Single(_site.Page(page).QuerySelectorAll("header nav.language-switch"));

        Assert.Equal(label, nav.GetAttribute("aria-label"));
        Assert.Single(nav.QuerySelectorAll("ul > li > a"));
    }

    [Theory]
    [InlineData("404.html", "/scorecards/cy/404.html", "Cymraeg")]
    [InlineData("cy/404.html", "/scorecards/404.html", "English")]
    public void The_404_page_switch_is_a_clean_address_from_the_host(string page, string href, string name)
    {
        var link = Assert.Single(_site.Page(page).QuerySelectorAll(".language-switch a"));

        Assert.Equal(href, link.GetAttribute("href"));
        Assert.Equal(name, link.TextContent);
    }

    [Fact]
    public void The_welsh_search_page_hands_search_js_its_messages_in_welsh_with_every_plural_form()
    {
        var form = Assert.Single(_site.Page("cy/search/index.html").QuerySelectorAll("form.search-form"));
        using var words = JsonDocument.Parse(form.GetAttribute("data-words")!);
        var root = words.RootElement;

        Assert.Equal(["loading", "unavailable", "no_results", "matches", "first_matches"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Wrthi’n llwytho’r mynegai chwilio…", root.GetProperty("loading").GetString());
        Assert.Equal("Nid oes yr un dangosydd yn cyfateb i “{query}”.", root.GetProperty("no_results").GetString());
        Assert.Equal(["zero", "one", "two", "few", "many", "other"], root.GetProperty("matches").EnumerateObject().Select(p => p.Name));
        Assert.Equal("{count} o dudalennau sy’n cyfateb i “{query}”.", root.GetProperty("matches").GetProperty("other").GetString());
    }

    [Fact]
    public void The_english_search_page_hands_search_js_the_english_messages_it_wrote_before()
    {
        var form = Assert.Single(_site.Page("search/index.html").QuerySelectorAll("form.search-form"));

        // One line in the page; split here at commas for reading.
        const string expected = """
            {"loading":"Loading the search index…","unavailable":"Search is not available right now; the list of all indicators is below.",
            "no_results":"No indicators match \"{query}\".","matches":{"one":"{count} matching page for \"{query}\".",
            "other":"{count} matching pages for \"{query}\"."},
            "first_matches":{"one":"Showing the first {shown} of {count} matching page for \"{query}\".",
            "other":"Showing the first {shown} of {count} matching pages for \"{query}\"."}}
            """;

        Assert.Equal(expected.ReplaceLineEndings(""),
            form.GetAttribute("data-words"));
    }
}

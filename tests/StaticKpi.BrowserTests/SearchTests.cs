using Microsoft.Playwright;
using StaticKpi.BrowserTests.Support;

namespace StaticKpi.BrowserTests;

/// <summary>Site-wide search runs in the browser against the index the generator wrote; no server needed.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchTests(BrowserSiteFixture fixture)
{
    [Fact]
    public async Task Searching_finds_indicators_by_words_in_their_commentary_and_announces_the_count()
    {
        await using var tab = await fixture.NewTabAsync();
        var page = tab.Page;
        await fixture.OpenAsync(page, fixture.Site.Pages.Single(p => p.Path == "search/index.html"));

        await page.GetByLabel("Search indicators and commentary").FillAsync("superfast broadband");
        await page.Keyboard.PressAsync("Enter");
        var status = page.Locator("p.search-status");
        await Assertions.Expect(status).ToContainTextAsync("matching page");

        var links = await page.Locator("ol.search-results a").AllInnerTextsAsync();
        Assert.NotEmpty(links);
        Assert.All(links, text => Assert.Matches("^16[01]: ", text));
        Assert.Equal($"{links.Count} matching page{(links.Count == 1 ? "" : "s")} for \"superfast broadband\".", await status.InnerTextAsync());

        await page.Locator("ol.search-results a").First.ClickAsync();
        await page.WaitForURLAsync("**/16*-*/");
        Assert.StartsWith("Indicator 16", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_with_no_match_says_so()
    {
        await using var tab = await fixture.NewTabAsync();
        var page = tab.Page;
        await page.GotoAsync(fixture.Url(fixture.Site.Pages.Single(p => p.Path == "search/index.html")) + "?q=zzqqxx");
        await Assertions.Expect(page.Locator("p.search-status")).ToHaveTextAsync("No indicators match \"zzqqxx\".");
        Assert.True(await page.Locator("ol.search-results").IsHiddenAsync());
    }
}

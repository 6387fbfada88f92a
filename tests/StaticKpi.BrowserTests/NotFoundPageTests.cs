using Microsoft.Playwright;
using StaticKpi.BrowserTests.Support;

namespace StaticKpi.BrowserTests;

/// <summary>
/// Hosts answer every missing address with 404.html, at whatever depth the address was. The page still gets its
/// stylesheet and its links still work there, because they start from the site's path (/performance/).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NotFoundPageTests(BrowserSiteFixture fixture)
{
    [Fact]
    public async Task A_missing_address_deep_in_the_site_shows_the_styled_404_page_whose_home_link_works()
    {
        await using var tab = await fixture.NewTabAsync();
        var failed = new List<string>();
        tab.Page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !response.Url.Contains("no-such-indicator", StringComparison.Ordinal))
            {
                failed.Add($"{response.Status} {response.Url}");
            }
        };

        var missing = new Uri(fixture.Server.BaseAddress, fixture.Site.SitePath.TrimStart('/') +
            "2024-25-q3/strategy-resources-performance/no-such-indicator/");
        var response = await tab.Page.GotoAsync(missing.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });

        Assert.Equal(404, response!.Status);
        Assert.Equal("Page not found", await tab.Page.Locator("h1").TextContentAsync());
        // The stylesheet loaded: the footer has the theme's 4px top border.
        Assert.Equal("4px", await tab.Page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.site-footer')).borderTopWidth"));
        Assert.Empty(failed);

        await tab.Page.GetByRole(AriaRole.Link, new() { Name = "scorecards home page" }).ClickAsync();
        await tab.Page.WaitForURLAsync(new Uri(fixture.Server.BaseAddress, fixture.Site.SitePath.TrimStart('/')).ToString());
        Assert.Equal("Performance scorecards", await tab.Page.Locator("h1").TextContentAsync());
    }
}

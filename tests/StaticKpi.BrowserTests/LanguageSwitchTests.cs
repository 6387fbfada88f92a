using Microsoft.Playwright;
using StaticKpi.BrowserTests.Support;

namespace StaticKpi.BrowserTests;

/// <summary>
/// In a site in two languages (tests/fixtures/bilingual: English at the root, Welsh under cy/), the language switch in
/// the header leads a reader to the same page in the other language, and back again.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LanguageSwitchTests(BrowserSiteFixture fixture)
{
    private const string Indicator = "2024-25-q3/finance/101-invoices-paid-within-30-days/";

    [Fact]
    public async Task The_switch_leads_to_the_same_indicator_page_in_welsh_and_back_to_english()
    {
        using var site = new ExampleSite(RepoPaths.Fixture("bilingual"));
        await using var server = await StaticSiteServer.StartAsync(site.Output, site.SitePath);
        await using var tab = await fixture.NewTabAsync();
        var english = new Uri(server.BaseAddress, site.SitePath.TrimStart('/') + Indicator).ToString();
        var welsh = new Uri(server.BaseAddress, site.SitePath.TrimStart('/') + "cy/" + Indicator).ToString();
        var response = await tab.Page.GotoAsync(english, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.Equal(200, response!.Status);

        await tab.Page.GetByRole(AriaRole.Link, new() { Name = "Cymraeg", Exact = true }).ClickAsync();
        await tab.Page.WaitForURLAsync(welsh);
        Assert.Equal("cy-GB", await tab.Page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("Dangosydd 101: Anfonebau a dalwyd o fewn 30 diwrnod", await tab.Page.Locator("h1").TextContentAsync());

        await tab.Page.GetByRole(AriaRole.Link, new() { Name = "English", Exact = true }).ClickAsync();
        await tab.Page.WaitForURLAsync(english);
        Assert.Equal("en-GB", await tab.Page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("Indicator 101: Invoices paid within 30 days", await tab.Page.Locator("h1").TextContentAsync());
    }
}

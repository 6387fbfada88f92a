using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StaticKpi.BrowserTests.Support;

namespace StaticKpi.BrowserTests;

/// <summary>The printable report prints like a committee appendix: a cover and summary, then one indicator per page.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PrintTests(BrowserSiteFixture fixture)
{
    private const string PrintQ3 = "2024-25-q3/strategy-resources-performance/print/index.html";

    [Fact]
    public async Task Printing_the_report_gives_a_cover_page_then_each_indicator_starting_its_own_page()
    {
        await using var tab = await fixture.NewTabAsync();
        var page = tab.Page;
        await fixture.OpenAsync(page, fixture.Site.Pages.Single(p => p.Path == PrintQ3));
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        // In print layout: no site chrome, every indicator section breaks before it, and no plot is drawn.
        var indicators = await page.Locator("section.print-indicator").CountAsync();
        Assert.Equal(13, indicators);
        var breaks = await page.Locator("section.print-indicator").EvaluateAllAsync<string[]>("s => s.map(e => getComputedStyle(e).breakBefore)");
        Assert.All(breaks, b => Assert.Equal("page", b));
        Assert.False(await page.Locator("header.site-header").IsVisibleAsync());
        Assert.False(await page.Locator("footer.site-footer").IsVisibleAsync());

        // Each indicator starts a new page, so the PDF has at least the cover plus one page per indicator;
        // the tallest indicators may run to a second page, but never two indicators share one.
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true });
        var pages = PageObject().Matches(Encoding.Latin1.GetString(pdf)).Count;
        Assert.InRange(pages, indicators + 1, indicators * 2 + 1);
    }

    [Fact]
    public async Task The_report_page_links_to_its_printable_version()
    {
        await using var tab = await fixture.NewTabAsync();
        var page = tab.Page;
        await fixture.OpenAsync(page, fixture.Site.Pages.Single(p => p.Path == "2024-25-q3/strategy-resources-performance/index.html"));
        await page.GetByText("Printable version of the whole report, one indicator per page").ClickAsync();
        await page.WaitForURLAsync("**/print/");
        Assert.Equal(13, await page.Locator("section.print-indicator").CountAsync());
    }

    // A page object in the PDF ("/Type /Page", not the "/Type /Pages" tree node).
    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();
}

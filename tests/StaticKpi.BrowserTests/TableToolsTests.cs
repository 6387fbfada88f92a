using Microsoft.Playwright;
using StaticKpi.BrowserTests.Support;

namespace StaticKpi.BrowserTests;

/// <summary>The report's indicator table can be filtered and sorted with ordinary, keyboard-operable controls.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TableToolsTests(BrowserSiteFixture fixture)
{
    private const string ReportQ3 = "2024-25-q3/strategy-resources-performance/index.html";
    private const string ReportQ1 = "2023-24-q1/strategy-resources-performance/index.html";

    [Fact]
    public async Task Filtering_by_rating_shows_only_matching_rows_and_announces_the_count()
    {
        await using var tab = await fixture.NewTabAsync();
        var page = tab.Page;
        await fixture.OpenAsync(page, Page(ReportQ3));

        Assert.Equal("Showing 13 of 13 indicators.", await page.Locator("p.table-tools-status").InnerTextAsync());
        Assert.Equal("status", await page.Locator("p.table-tools-status").GetAttributeAsync("role"));

        await page.GetByLabel("Rating", new PageGetByLabelOptions { Exact = true }).SelectOptionAsync("amber");

        var visible = page.Locator("#indicator-table tbody tr:not([hidden])");
        Assert.Equal(1, await visible.CountAsync());
        Assert.StartsWith("182:", await visible.First.Locator("th").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Showing 1 of 13 indicators.", await page.Locator("p.table-tools-status").InnerTextAsync());
    }

    [Fact]
    public async Task Sorting_by_rating_puts_the_worst_first_and_keyboard_alone_can_do_it()
    {
        await using var tab = await fixture.NewTabAsync();
        var page = tab.Page;
        await fixture.OpenAsync(page, Page(ReportQ1));

        await page.Locator("#sort-by").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown"); // "Rating, worst first"

        Assert.Equal("rating", await page.Locator("#sort-by").InputValueAsync());
        var ratings = await page.Locator("#indicator-table tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.rating)");
        var order = new[] { "red", "amber", "green", "blue", "baseline", "contextual", "in-development", "suspended", "no-data" };
        Assert.Equal(ratings.OrderBy(r => Array.IndexOf(order, r)).ToArray(), ratings);
        Assert.Equal("red", ratings[0]);
    }

    [Fact]
    public async Task Without_javascript_the_whole_table_is_shown_with_no_controls()
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        try
        {
            var page = await context.NewPageAsync();
            await fixture.OpenAsync(page, Page(ReportQ3));
            Assert.Equal(13, await page.Locator("#indicator-table tbody tr:visible").CountAsync());
            Assert.Equal(0, await page.Locator("form.table-tools").CountAsync());
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private SitePage Page(string path) => fixture.Site.Pages.Single(p => p.Path == path);
}

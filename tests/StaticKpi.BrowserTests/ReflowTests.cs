using StaticKpi.BrowserTests.Support;

namespace StaticKpi.BrowserTests;

/// <summary>
/// Reflow and text resizing (WCAG 1.4.10, 1.4.4): no page scrolls sideways at 320 CSS pixels, nor any kind
/// of page with its text at 200% on a desktop-width window. Wide tables scroll inside their own .table-scroll region.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReflowTests(BrowserSiteFixture fixture)
{
    private const string Overflow = """
        () => {
          const width = document.documentElement.clientWidth;
          const scrollWidth = document.documentElement.scrollWidth;
          const culprits = scrollWidth <= width ? [] : [...document.body.querySelectorAll('*')]
            .filter(el => el.getBoundingClientRect().right > width + 0.5 && !el.closest('.table-scroll'))
            .map(el => el.tagName.toLowerCase()
              + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().replace(/\s+/g, '.') : '')
              + ' (right edge ' + Math.round(el.getBoundingClientRect().right) + 'px)')
            .slice(0, 8);
          return { scrollWidth, clientWidth: width, culprits };
        }
        """;

    // Every page, not one of each kind: a long word or address in one indicator's commentary is enough to
    // widen its page, and the check costs about a tenth of a second a page.
    [Fact]
    public async Task No_page_scrolls_horizontally_at_320_css_pixels()
    {
        var problems = await CheckAsync(fixture.Site.Pages, width: 320, height: 640, fontSize: null);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task No_page_kind_scrolls_horizontally_with_text_at_200_percent()
    {
        var problems = await CheckAsync(fixture.Site.OnePageOfEachKind(), width: 1280, height: 800, fontSize: "200%");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private async Task<List<string>> CheckAsync(IEnumerable<SitePage> pages, int width, int height, string? fontSize)
    {
        var problems = new List<string>();
        await using var tab = await fixture.NewTabAsync(width, height);
        foreach (var sitePage in pages)
        {
            await fixture.OpenAsync(tab.Page, sitePage);
            if (fontSize is not null)
            {
                await tab.Page.EvaluateAsync("size => { document.documentElement.style.fontSize = size; }", fontSize);
            }

            var result = await tab.Page.EvaluateAsync<OverflowResult>(Overflow);
            // Wider than the window, or than the space beside a vertical scroll bar where one takes room.
            if (result.ScrollWidth > width || result.ScrollWidth > result.ClientWidth)
            {
                problems.Add($"{sitePage.Kind} page {sitePage.Path}{(fontSize is null ? "" : $" with text at {fontSize}")} is {result.ScrollWidth} " +
                    $"px wide in a {width} px window; " +
                    $"too wide: {string.Join(", ", result.Culprits)}");
            }
        }

        return problems;
    }

    private sealed class OverflowResult
    {
        public int ScrollWidth { get; set; }

        public int ClientWidth { get; set; }

        public string[] Culprits { get; set; } = [];
    }
}

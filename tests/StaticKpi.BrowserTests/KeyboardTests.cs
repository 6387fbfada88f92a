using System.Text.Json;
using StaticKpi.BrowserTests.Support;

namespace StaticKpi.BrowserTests;

/// <summary>
/// Keyboard use (WCAG 2.1.1, 2.4.3, 2.4.7, 2.4.1): Tab reaches every focusable element in document order,
/// starting at the skip link, and every focused element shows a focus indicator.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(BrowserSiteFixture fixture)
{
    // Elements the keyboard should reach, in document order. Not rendered, disabled or tabindex="-1" ones are
    // left out: the browser skips them too.
    private const string ListFocusables = """
        () => {
          const all = [...document.querySelectorAll(
            'a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex="0"], [contenteditable=""], [contenteditable="true"]')];
          window.__focusables = all.filter(el =>
            !el.disabled && el.getAttribute('tabindex') !== '-1' && el.type !== 'hidden' &&
            el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.closest('[inert]') &&
            // Content of a closed <details> keeps its boxes but is skipped by Tab; checkVisibility knows.
            el.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true }));
          return window.__focusables.map(el => describe(el));
          function describe(el) {
            return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' "'
              + (el.getAttribute('aria-label') || el.textContent || el.getAttribute('href') || '').trim().replace(/\s+/g, ' ').slice(0, 60) + '"';
          }
        }
        """;

    private const string PositiveTabindex = "() => [...document.querySelectorAll('[tabindex]')].filter(el => el.tabIndex > 0).map(el => " +
        "el.outerHTML.slice(0, 120))";

    // Where focus is: its index in the list above (-1 if elsewhere), and whether it visibly shows focus.
    private const string DescribeFocus = """
        () => {
          const el = document.activeElement;
          const style = getComputedStyle(el);
          const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
          const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
          return {
            index: window.__focusables.indexOf(el),
            element: el === document.body ? 'body' : el.tagName.toLowerCase() + ' ' + el.outerHTML.slice(0, 100),
            visible: outline || shadow,
            style: 'outline: ' + style.outlineStyle + ' ' + style.outlineWidth + '; box-shadow: ' + style.boxShadow,
          };
        }
        """;

    [Theory]
    [InlineData("home")]
    [InlineData("report")]
    [InlineData("indicator")]
    public async Task Tab_reaches_every_focusable_element_in_order_with_a_visible_focus_indicator(string kind)
    {
        var sitePage = fixture.Site.Largest(kind);
        await using var tab = await fixture.NewTabAsync();
        var page = tab.Page;
        await fixture.OpenAsync(page, sitePage);

        Assert.Empty(await page.EvaluateAsync<string[]>(PositiveTabindex));
        var expected = await page.EvaluateAsync<string[]>(ListFocusables);
        Assert.True(expected.Length > 3, $"{sitePage.Path} has only {expected.Length} focusable elements");

        var problems = new List<string>();
        for (var i = 0; i < expected.Length; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<JsonElement>(DescribeFocus);
            var index = focus.GetProperty("index").GetInt32();
            if (index != i)
            {
                problems.Add($"Tab {i + 1} should reach {expected[i]} but focus is on " +
                    $"{(index >= 0 ? expected[index] : focus.GetProperty("element").GetString())}");
                break;
            }

            if (!focus.GetProperty("visible").GetBoolean())
            {
                problems.Add($"{expected[i]} shows no focus indicator ({focus.GetProperty("style").GetString()})");
            }
        }

        Assert.True(problems.Count == 0, $"On {sitePage.Path}:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    [Theory]
    [InlineData("home")]
    [InlineData("report")]
    [InlineData("indicator")]
    public async Task The_first_tab_lands_on_the_skip_link_which_moves_focus_to_the_main_content(string kind)
    {
        var sitePage = fixture.Site.Largest(kind);
        await using var tab = await fixture.NewTabAsync();
        var page = tab.Page;
        await fixture.OpenAsync(page, sitePage);

        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<JsonElement>(
            "() => { const el = document.activeElement; const r = el.getBoundingClientRect();" +
            " return { text: el.textContent.trim(), href: el.getAttribute('href') || '', onScreen: " +
            "r.left >= 0 && r.top >= 0 && r.width > 0 && r.right <= innerWidth }; }");
        Assert.Equal("Skip to main content", focused.GetProperty("text").GetString());
        Assert.True(focused.GetProperty("onScreen").GetBoolean(), "The focused skip link must be visible on screen.");
        var target = focused.GetProperty("href").GetString()!;
        Assert.StartsWith("#", target);

        await page.Keyboard.PressAsync("Enter");
        var activeId = await page.EvaluateAsync<string>("() => document.activeElement.id");
        Assert.Equal(target[1..], activeId);
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.tagName.toLowerCase()"));
    }
}

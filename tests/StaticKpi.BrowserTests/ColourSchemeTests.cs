using System.Text.Json;
using Microsoft.Playwright;
using StaticKpi.BrowserTests.Support;
using Xunit.Abstractions;

namespace StaticKpi.BrowserTests;

/// <summary>
/// The dark scheme and forced colours (issue 16): axe finds no violation on any page in the dark scheme, charts take
/// the scheme's colours and follow a change of scheme, and with forced colours (Windows high contrast) the rating
/// badges, the focus ring and the chart lines stay visible in the user's system colours.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ColourSchemeTests(BrowserSiteFixture fixture, ITestOutputHelper output)
{
    // The colours a system colour keyword stands for on this page, as getComputedStyle writes them.
    private const string SystemColours = """
        () => {
          const probe = document.createElement('span');
          probe.style.cssText = 'forced-color-adjust: none; color: CanvasText; background-color: Canvas; outline-color: Highlight';
          document.body.appendChild(probe);
          const style = getComputedStyle(probe);
          const result = { canvasText: style.color, canvas: style.backgroundColor, highlight: style.outlineColor };
          probe.remove();
          return result;
        }
        """;

    [Fact]
    public async Task Every_generated_page_has_no_wcag_a_or_aa_violations_in_the_dark_scheme()
    {
        var violations = new List<AxeViolation>();
        await using (var axe = await AxeRunner.StartAsync(fixture, ColorScheme.Dark))
        {
            foreach (var page in fixture.Site.Pages)
            {
                violations.AddRange(await axe.CheckAsync(fixture, page));
            }
        }

        output.WriteLine($"axe checked {fixture.Site.Pages.Count} pages in the dark scheme.");
        Assert.True(violations.Count == 0, AxeViolation.Report(violations));
    }

    [Fact]
    public async Task Every_page_of_the_real_report_fixture_has_no_wcag_a_or_aa_violations_in_the_dark_scheme()
    {
        using var site = new ExampleSite(Path.Combine(RepoPaths.Root, "tests", "fixtures", "real-report"));
        await using var server = await StaticSiteServer.StartAsync(site.Output, site.SitePath);

        var violations = new List<AxeViolation>();
        await using (var axe = await AxeRunner.StartAsync(fixture, ColorScheme.Dark))
        {
            foreach (var page in site.Pages)
            {
                violations.AddRange(await axe.CheckAsync(server, page));
            }
        }

        output.WriteLine($"axe checked {site.Pages.Count} pages of the real-report fixture in the dark scheme.");
        Assert.True(violations.Count == 0, AxeViolation.Report(violations));
    }

    [Fact]
    public async Task Charts_take_the_dark_schemes_colours_with_every_line_at_3_to_1_and_follow_a_change_back_to_light()
    {
        await using var tab = await fixture.NewTabAsync(1280, 800);
        await tab.Page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });
        await fixture.OpenAsync(tab.Page, fixture.Site.Largest("report"));
        await NarrowScreenTests.DrawAllChartsAsync(tab.Page);

        Assert.Equal("rgb(18, 19, 20)", await tab.Page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
        var dark = await ChartColoursAsync(tab.Page);
        Assert.Equal(("rgb(18, 19, 20)", "rgb(18, 19, 20)", "rgb(243, 242, 241)"), (dark.Paper, dark.Plot, dark.Font));
        Assert.NotEmpty(dark.Contrasts);
        Assert.All(dark.Contrasts, ratio => Assert.True(ratio >= 3, $"a bar or line at {ratio:0.00}:1 against the background"));

        await tab.Page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Light });
        await tab.Page.WaitForFunctionAsync("() => document.querySelector('.chart-plot')._fullLayout.paper_bgcolor === '#ffffff'");
        var light = await ChartColoursAsync(tab.Page);
        Assert.Equal(("#ffffff", "#ffffff", "#0b0c0c"), (light.Paper, light.Plot, light.Font));
    }

    [Fact]
    public async Task With_forced_colours_every_rating_badge_keeps_a_border_in_the_text_colour()
    {
        await using var tab = await ForcedColoursTabAsync();
        await fixture.OpenAsync(tab.Page, fixture.Site.Largest("report"));
        var system = await tab.Page.EvaluateAsync<JsonElement>(SystemColours);
        var canvasText = system.GetProperty("canvasText").GetString();
        Assert.NotEqual(system.GetProperty("canvas").GetString(), canvasText);

        var badges = await tab.Page.EvaluateAsync<JsonElement>("""
            () => [...document.querySelectorAll('main .rag')].filter(b => b.checkVisibility()).map(b => {
              const style = getComputedStyle(b);
              return { width: parseFloat(style.borderTopWidth), style: style.borderTopStyle, colour: style.borderTopColor,
                background: style.backgroundColor, text: b.textContent.trim() };
            })
            """);

        Assert.True(badges.GetArrayLength() > 0);
        Assert.All(badges.EnumerateArray(), badge =>
        {
            var text = badge.GetProperty("text").GetString();
            Assert.True(badge.GetProperty("width").GetDouble() >= 2, $"{text}: border {badge.GetProperty("width").GetDouble()} px");
            Assert.NotEqual("none", badge.GetProperty("style").GetString());
            Assert.Equal(canvasText, badge.GetProperty("colour").GetString());
            Assert.NotEqual(badge.GetProperty("background").GetString(), badge.GetProperty("colour").GetString());
        });
    }

    [Fact]
    public async Task With_forced_colours_the_focus_ring_is_a_3_px_outline_in_the_highlight_colour()
    {
        await using var tab = await ForcedColoursTabAsync();
        await fixture.OpenAsync(tab.Page, fixture.Site.Largest("report"));
        var system = await tab.Page.EvaluateAsync<JsonElement>(SystemColours);

        var rings = new List<string>();
        for (var press = 0; press < 4; press++)
        {
            await tab.Page.Keyboard.PressAsync("Tab");
            rings.Add(await tab.Page.EvaluateAsync<string>("""
                () => {
                  const style = getComputedStyle(document.activeElement);
                  return document.activeElement.tagName.toLowerCase() + ' ' + style.outlineStyle + ' ' + style.outlineWidth + ' '
                    + style.outlineColor;
                }
                """));
        }

        var highlight = system.GetProperty("highlight").GetString();
        Assert.NotEqual(system.GetProperty("canvas").GetString(), highlight);
        Assert.Equal(Enumerable.Repeat($"a solid 3px {highlight}", 4), rings);
    }

    [Fact]
    public async Task With_forced_colours_chart_lines_markers_and_labels_are_drawn_in_the_text_colour_on_the_background()
    {
        await using var tab = await ForcedColoursTabAsync();
        await fixture.OpenAsync(tab.Page, fixture.Site.Largest("report"));
        await NarrowScreenTests.DrawAllChartsAsync(tab.Page);
        var system = await tab.Page.EvaluateAsync<JsonElement>(SystemColours);

        var colours = await tab.Page.EvaluateAsync<JsonElement>("""
            () => {
              const plot = document.querySelector('.chart-plot');
              const strokes = [...plot.querySelectorAll('.scatterlayer .js-line, .barlayer .point path')]
                .map(p => getComputedStyle(p).fill !== 'none' && p.closest('.barlayer') ? getComputedStyle(p).fill : getComputedStyle(p).stroke);
              return { paper: plot._fullLayout.paper_bgcolor, font: plot._fullLayout.font.color, marks: [...new Set(strokes)] };
            }
            """);

        Assert.Equal(system.GetProperty("canvas").GetString(), colours.GetProperty("paper").GetString());
        Assert.Equal(system.GetProperty("canvasText").GetString(), colours.GetProperty("font").GetString());
        Assert.Equal([system.GetProperty("canvasText").GetString()], colours.GetProperty("marks").EnumerateArray().Select(m => m.GetString()));
    }

    private async Task<BrowserTab> ForcedColoursTabAsync()
    {
        var tab = await fixture.NewTabAsync(1280, 800);
        await tab.Page.EmulateMediaAsync(new PageEmulateMediaOptions { ForcedColors = ForcedColors.Active });
        return tab;
    }

    private sealed record ChartColours(string Paper, string Plot, string Font, IReadOnlyList<double> Contrasts);

    /// <summary>The first chart's paper, plot and font colours, and the contrast of each bar and line colour on its paper.</summary>
    private static async Task<ChartColours> ChartColoursAsync(IPage page)
    {
        var json = await page.EvaluateAsync<JsonElement>("""
            () => {
              const plot = document.querySelector('.chart-plot');
              const rgb = c => { const m = c.match(/\d+(\.\d+)?/g).map(Number); return m.slice(0, 3); };
              const lum = c => { const v = rgb(c).map(x => { x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
                return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };
              const paper = getComputedStyle(plot.querySelector('.main-svg')).backgroundColor;
              const marks = [...plot.querySelectorAll('.scatterlayer .js-line, .barlayer .point path')]
                .map(p => p.closest('.barlayer') ? getComputedStyle(p).fill : getComputedStyle(p).stroke);
              const contrasts = marks.map(c => { const a = lum(c), b = lum(paper); return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05); });
              const layout = plot._fullLayout;
              return { paper: layout.paper_bgcolor, plot: layout.plot_bgcolor, font: layout.font.color, contrasts };
            }
            """);
        return new ChartColours(json.GetProperty("paper").GetString()!, json.GetProperty("plot").GetString()!, json.GetProperty("font").GetString()!,
            [.. json.GetProperty("contrasts").EnumerateArray().Select(c => c.GetDouble())]);
    }
}

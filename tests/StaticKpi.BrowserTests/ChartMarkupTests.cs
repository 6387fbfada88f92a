using Microsoft.Playwright;
using StaticKpi.BrowserTests.Support;
using StaticKpi.Build;

namespace StaticKpi.BrowserTests;

/// <summary>
/// plotly.js draws chart text through its own pseudo-HTML, which turns <c>&lt;a href&gt;</c> into a live SVG link.
/// A site whose chart texts are all link markup is built and drawn in Chromium: the markup is shown as the editor
/// typed it, and no link is drawn.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ChartMarkupTests(BrowserSiteFixture fixture)
{
    private const string Link = "<a href=\"https://evil.example/\">X</a>";
    private const string Invoices = "content/indicators/101-invoices-paid.yaml";
    private const string TrendId = "chart-101-2024-25-q3-trend";
    private const string ExtraId = "chart-101-2024-25-q3-extra-1";

    /// <summary>The minimal fixture's indicator 101 with link markup as its benchmark's label, and an extra chart
    /// whose title, axis titles, a category, a series name and a benchmark name are link markup.</summary>
    private const string HostileChart = """
        charts:
          - period: 2024/25 Q3
            type: bar
            title: '<a href="https://evil.example/">X</a>'
            x_title: '<a href="https://evil.example/">X</a>'
            y_title: '<a href="https://evil.example/">X</a>'
            categories: ['<a href="https://evil.example/">X</a>', Plain]
            series:
              - name: '<a href="https://evil.example/">X</a>'
                values: [1, 2]
            benchmarks:
              - name: '<a href="https://evil.example/">X</a>'
                value: 1.5

        """;

    // Counts the links in an element (HTML or SVG, which is what plotly.js makes of <a href>).
    private const string CountLinks = "id => [...document.getElementById(id).querySelectorAll('*')].filter(e => e.localName === 'a' || " +
        "e.hasAttribute('href') || e.hasAttributeNS('http://www.w3.org/1999/xlink', 'href')).length";

    private const string TextsOf = "([id, selector]) => [...document.getElementById(id).querySelectorAll(selector)].map(e => e.textContent)";

    // Finding 10 of issue 12: a series name, axis title and benchmark label of link markup drew a live link.
    [Fact]
    public async Task Link_markup_in_chart_text_is_shown_as_text_and_draws_no_link()
    {
        var root = Path.Combine(Path.GetTempPath(), "statickpi-browser-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var source = Path.Combine(root, "site");
            CopyDirectory(Path.Combine(RepoPaths.Root, "tests", "fixtures", "minimal"), source);
            var indicator = Path.Combine(source, Invoices);
            var yaml = File.ReadAllText(indicator);
            yaml = yaml.Replace("    period: 2023/24\n", "    period: 2023/24\n    label: '" + Link + "'\n", StringComparison.Ordinal)
                .Replace("series:\n", HostileChart + "series:\n", StringComparison.Ordinal);
            File.WriteAllText(indicator, yaml);
            var output = Path.Combine(root, "_site");
            var result = SiteBuild.Run(new BuildOptions(source, output));
            Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));

            var pagePath = Path.GetRelativePath(output, Assert.Single(
                Directory.GetFiles(output, "index.html", SearchOption.AllDirectories),
                f => File.ReadAllText(f).Contains($"id=\"{ExtraId}\"", StringComparison.Ordinal))).Replace('\\', '/');
            await using var server = await StaticSiteServer.StartAsync(output);
            await using var tab = await fixture.NewTabAsync();
            var page = tab.Page;
            var response = await page.GotoAsync(server.Url(new SitePage(pagePath, "indicator")),
                new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            Assert.Equal(200, response?.Status);
            await DrawAsync(page, TrendId);
            await DrawAsync(page, ExtraId);

            // The benchmark's name in the trend chart's legend, as typed.
            Assert.Equal(0, await page.EvaluateAsync<int>(CountLinks, TrendId));
            Assert.Contains(Link + " (2023/24)", await TextsAsync(page, TrendId, ".legendtext"));

            // The extra chart: series and benchmark names in the legend, both axis titles and the category's tick label.
            Assert.Equal(0, await page.EvaluateAsync<int>(CountLinks, ExtraId));
            Assert.Equal([Link, Link], await TextsAsync(page, ExtraId, ".legendtext"));
            Assert.Equal([Link], await TextsAsync(page, ExtraId, ".g-xtitle text"));
            Assert.Equal([Link], await TextsAsync(page, ExtraId, ".g-ytitle text"));
            // The long category is wrapped at its space onto two lines (StaticKpi's own <br>).
            Assert.Equal(["<a", "href=\"https://evil.example/\">X</a>"], await TextsAsync(page, ExtraId, ".xtick text tspan.line"));
            Assert.Equal("Plain", (await TextsAsync(page, ExtraId, ".xtick text"))[1]);

            // Hover text, drawn only on hover: the bar over the hostile category.
            await page.EvaluateAsync("id => window.Plotly.Fx.hover(document.getElementById(id), [{ curveNumber: 0, pointNumber: 0 }])", ExtraId);
            Assert.Equal([Link + Link + ": 1"], await TextsAsync(page, ExtraId, ".hoverlayer .hovertext text"));
            Assert.Equal(0, await page.EvaluateAsync<int>(CountLinks, ExtraId));

            // The control: the same plotly.js given the raw markup draws a link in the legend and in the axis title, so
            // the counts above can see one.
            await page.EvaluateAsync(
                "link => { const div = document.createElement('div'); div.id = 'control'; document.body.appendChild(div); " +
                "return window.Plotly.newPlot(div, [{ type: 'bar', name: link, x: ['a'], y: [1], showlegend: true }], { xaxis: { title: { text: " +
                "link } } }, { displayModeBar: false }); }",
                Link);
            Assert.Equal(2, await page.EvaluateAsync<int>(CountLinks, "control"));
        }
        finally
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // A temporary folder left behind is harmless.
            }
        }
    }

    /// <summary>Scrolls a chart into view (charts draw lazily) and waits until plotly.js has drawn it.</summary>
    private static async Task DrawAsync(IPage page, string id)
    {
        await page.Locator("#" + id).ScrollIntoViewIfNeededAsync();
        await page.WaitForFunctionAsync(
            "id => document.getElementById(id).getAttribute('data-rendered') === 'true'", id, new PageWaitForFunctionOptions { Timeout = 15_000 });
    }

    private static async Task<string[]> TextsAsync(IPage page, string id, string selector) =>
        await page.EvaluateAsync<string[]>(TextsOf, new[] { id, selector });

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.EnumerateDirectories(from))
        {
            CopyDirectory(directory, Path.Combine(to, Path.GetFileName(directory)));
        }
    }
}

using System.Text.Json;
using Microsoft.Playwright;
using StaticKpi.BrowserTests.Support;

namespace StaticKpi.BrowserTests;

/// <summary>
/// Phones (issue 16, "On every screen"): at 390 and 320 CSS pixels the tables stack into labelled blocks, so every
/// rating, current figure and indicator is on screen without scrolling sideways; stacked tables are still tables to
/// screen readers; charts keep most of their width for the plot with the legend below; a table that still scrolls says
/// so and scrolls with the keyboard; the report's filter still hides the rows it filters out.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NarrowScreenTests(BrowserSiteFixture fixture)
{
    // Ratings (badges and rating cells), current figures and row headers of every table on the page that is drawn
    // (a chart's table folded away in its details is not), with those whose box leaves the window.
    private const string KeyCells = """
        () => {
          const width = document.documentElement.clientWidth;
          const cells = [...document.querySelectorAll(
              'main table .rag, main td[data-label="Rating"], main td[data-label="Current"], main table.stack tbody th')]
            .filter(el => el.checkVisibility());
          const off = cells.filter(el => { const r = el.getBoundingClientRect(); return r.left < -0.5 || r.right > width + 0.5; })
            .map(el => el.textContent.trim().slice(0, 40) + ' (' + Math.round(el.getBoundingClientRect().left) + '-'
              + Math.round(el.getBoundingClientRect().right) + ' px)');
          return { width, scrollWidth: document.documentElement.scrollWidth,
            ratings: cells.filter(el => el.matches('.rag, td[data-label="Rating"]')).length, off };
        }
        """;

    // Each drawn chart: the share of its width the plot area takes, where its legend is against the plot area,
    // and any two x-axis tick labels whose boxes overlap.
    private const string ChartGeometry = """
        () => [...document.querySelectorAll('.chart-plot[data-rendered="true"]')].map(plot => {
          const size = plot._fullLayout._size;
          const area = plot.querySelector('.nsewdrag').getBoundingClientRect();
          const legend = plot.querySelector('.legend');
          const labels = [...plot.querySelectorAll('.xtick text')].map(t => t.getBoundingClientRect());
          let collisions = 0;
          for (let i = 0; i < labels.length; i++) {
            for (let j = i + 1; j < labels.length; j++) {
              const a = labels[i], b = labels[j];
              if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) collisions++;
            }
          }
          return { id: plot.id, share: size.w / plot._fullLayout.width, areaWidth: area.width,
            legendBelow: legend ? legend.getBoundingClientRect().top >= area.bottom : null, collisions };
        })
        """;

    public static TheoryData<int> PhoneWidths => new() { 390, 320 };

    [Theory]
    [MemberData(nameof(PhoneWidths))]
    public async Task No_rating_current_figure_or_indicator_cell_is_outside_the_window_and_no_page_scrolls_sideways(int width)
    {
        var problems = new List<string>();
        await using var tab = await fixture.NewTabAsync(width, 800);
        foreach (var page in PagesWithKeyColumns())
        {
            await fixture.OpenAsync(tab.Page, page);
            var result = await tab.Page.EvaluateAsync<JsonElement>(KeyCells);
            var off = result.GetProperty("off").EnumerateArray().Select(e => e.GetString()).ToList();
            if (result.GetProperty("ratings").GetInt32() == 0)
            {
                problems.Add($"{page.Path}: no rating shown at all");
            }

            if (off.Count > 0)
            {
                problems.Add($"{page.Path}: {off.Count} key cell(s) outside the {width} px window: {string.Join("; ", off.Take(5))}");
            }

            if (result.GetProperty("scrollWidth").GetInt32() > width)
            {
                problems.Add($"{page.Path}: the page is {result.GetProperty("scrollWidth").GetInt32()} px wide in a {width} px window");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task Stacked_tables_are_still_tables_with_rows_cells_and_headers_in_chromiums_accessibility_tree()
    {
        await using var tab = await fixture.NewTabAsync(320, 800);
        await fixture.OpenAsync(tab.Page, LatestReport());
        Assert.Equal("block", await tab.Page.EvalOnSelectorAsync<string>("#indicator-table", "t => getComputedStyle(t).display"));
        var expected = await tab.Page.EvaluateAsync<Dictionary<string, int>>("""
            () => {
              const drawn = sel => [...document.querySelectorAll(sel)].filter(el => el.checkVisibility()).length;
              return { table: drawn('main table'), row: drawn('main table tr'), cell: drawn('main table td'),
                columnheader: drawn('main table th[scope=col]'), rowheader: drawn('main table th[scope=row]') };
            }
            """);

        var cdp = await tab.Context.NewCDPSessionAsync(tab.Page);
        var tree = await cdp.SendAsync("Accessibility.getFullAXTree");
        var roles = tree!.Value.GetProperty("nodes").EnumerateArray()
            .Where(n => !n.GetProperty("ignored").GetBoolean() && n.TryGetProperty("role", out _))
            .Select(n => n.GetProperty("role").GetProperty("value").GetString()!)
            .ToList();

        Assert.Equal(2, expected["table"]);
        Assert.Equal(
            expected.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"),
            expected.Keys.Order(StringComparer.Ordinal).Select(role => $"{role} {roles.Count(r => r == role)}"));
    }

    [Fact]
    public async Task At_320_px_each_chart_plot_takes_at_least_60_percent_of_its_width_with_the_legend_below_and_no_tick_labels_overlapping()
    {
        await using var tab = await fixture.NewTabAsync(320, 800);
        var problems = new List<string>();
        var charts = 0;
        foreach (var page in new[] { LatestReport(), IndicatorPage() })
        {
            await fixture.OpenAsync(tab.Page, page);
            await DrawAllChartsAsync(tab.Page);
            foreach (var chart in (await tab.Page.EvaluateAsync<JsonElement>(ChartGeometry)).EnumerateArray())
            {
                charts++;
                var id = chart.GetProperty("id").GetString();
                var share = chart.GetProperty("share").GetDouble();
                if (share < 0.6)
                {
                    problems.Add($"{page.Path} {id}: the plot area is {share:P0} of the chart's width");
                }

                if (chart.GetProperty("legendBelow").ValueKind == JsonValueKind.False)
                {
                    problems.Add($"{page.Path} {id}: the legend is not below the plot");
                }

                if (chart.GetProperty("collisions").GetInt32() > 0)
                {
                    problems.Add($"{page.Path} {id}: {chart.GetProperty("collisions").GetInt32()} pair(s) of x-axis labels overlap");
                }
            }
        }

        Assert.True(charts >= 2, $"only {charts} chart(s) drawn");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task A_table_wider_than_its_region_says_so_and_scrolls_with_the_arrow_keys()
    {
        // Wider than the stacking breakpoint (40rem), narrower than the report's seven columns.
        await using var tab = await fixture.NewTabAsync(700, 800);
        await fixture.OpenAsync(tab.Page, LatestReport());
        var region = tab.Page.Locator(".table-scroll:has(#indicator-table)");
        Assert.True(await region.EvaluateAsync<bool>("r => r.scrollWidth > r.clientWidth"), "the report table fits at 700 px");

        var hint = await region.EvaluateAsync<string?>("r => { const p = r.previousElementSibling; " +
            "return p && p.matches('.scroll-hint') && p.checkVisibility() ? p.textContent : null; }");
        Assert.Equal("Scroll the table sideways to see more columns.", hint);
        Assert.Equal("0", await region.GetAttributeAsync("tabindex"));

        await region.FocusAsync();
        await tab.Page.Keyboard.PressAsync("ArrowRight");
        await tab.Page.Keyboard.PressAsync("ArrowRight");
        await tab.Page.WaitForFunctionAsync("() => document.querySelector('.table-scroll:has(#indicator-table)').scrollLeft > 0");
    }

    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task Tables_that_fit_show_no_scroll_hint_on_the_report(int width)
    {
        await using var tab = await fixture.NewTabAsync(width, 800);
        await fixture.OpenAsync(tab.Page, LatestReport());

        Assert.Equal(0, await tab.Page.EvaluateAsync<int>(
            "() => [...document.querySelectorAll('.scroll-hint')].filter(p => p.checkVisibility()).length"));
    }

    [Fact]
    public async Task At_320_px_the_rating_filter_shows_only_the_rows_it_keeps()
    {
        await using var tab = await fixture.NewTabAsync(320, 800);
        await fixture.OpenAsync(tab.Page, LatestReport());
        await tab.Page.SelectOptionAsync("#filter-rating", "amber");

        var shown = await tab.Page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('#indicator-table tbody tr')].filter(r => r.checkVisibility())" +
            ".map(r => r.getAttribute('data-rating'))");
        var status = await tab.Page.Locator(".table-tools-status").TextContentAsync();

        Assert.NotEmpty(shown);
        Assert.All(shown, rating => Assert.Equal("amber", rating));
        var total = await tab.Page.Locator("#indicator-table tbody tr").CountAsync();
        Assert.Equal($"Showing {shown.Length} of {total} indicators.", status);
    }

    /// <summary>The home page, every report, an indicator's page, the indicator list and an indicator's own page.</summary>
    private IEnumerable<SitePage> PagesWithKeyColumns() =>
        fixture.Site.Pages.Where(p => p.Kind is "home" or "report" or "indicators")
            .Append(IndicatorPage())
            .Append(fixture.Site.Largest("indicator-latest"));

    private SitePage LatestReport() =>
        fixture.Site.Pages.Where(p => p.Kind == "report").OrderByDescending(p => p.Path, StringComparer.Ordinal).First();

    /// <summary>The largest indicator page of a report (not a printable report, which ExampleSite counts as the same kind).</summary>
    private SitePage IndicatorPage() =>
        fixture.Site.Pages.Where(p => p.Kind == "indicator" && !p.Path.EndsWith("/print/index.html", StringComparison.Ordinal))
            .OrderByDescending(p => new FileInfo(Path.Combine(fixture.Site.Output, p.Path)).Length)
            .ThenBy(p => p.Path, StringComparer.Ordinal)
            .First();

    /// <summary>Scrolls each chart into view (they draw lazily) and waits until it is drawn.</summary>
    internal static async Task DrawAllChartsAsync(IPage page)
    {
        var plots = page.Locator(".chart-plot");
        var count = await plots.CountAsync();
        for (var i = 0; i < count; i++)
        {
            await plots.Nth(i).ScrollIntoViewIfNeededAsync();
            await page.WaitForFunctionAsync(
                "i => document.querySelectorAll('.chart-plot')[i].getAttribute('data-rendered') === 'true'",
                i, new PageWaitForFunctionOptions { Timeout = 15_000 });
        }
    }
}

using System.Text.Json;
using Microsoft.Playwright;
using StaticKpi.BrowserTests.Support;

namespace StaticKpi.BrowserTests;

/// <summary>
/// Charts drawn by plotly.js in Chromium: the SVG has the data the figure JSON promised, nothing breaks the
/// page's content security policy, and without JavaScript the summary and table are what readers get.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ChartTests(BrowserSiteFixture fixture)
{
    private const string FoiQ3 = "2024-25-q3/strategy-resources-performance/182-foi-timeliness/index.html";
    private const string BroadbandQ2 = "2020-21-q2/strategy-resources-performance/160-superfast-broadband-coverage/index.html";
    private const string AbsenceQ1 = "2023-24-q1/strategy-resources-performance/213-mental-health-absence/index.html";
    private const string ReportQ3 = "2024-25-q3/strategy-resources-performance/index.html";

    // Collects CSP violations from the first moment of the page, before any script of ours runs.
    private const string RecordViolations = """
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
        """;

    // For one drawn chart: per trace, its name, the values the figure holds, and what the SVG drew.
    private const string DescribeChart = """
        id => {
          const gd = document.getElementById(id);
          const svgTraces = [...gd.querySelectorAll('.scatterlayer .trace, .barlayer .trace')];
          return gd.data.map((trace, i) => ({
            name: trace.name || '',
            type: trace.type,
            values: (trace.y || []).filter(v => v !== null).length,
            markers: svgTraces[i] ? svgTraces[i].querySelectorAll('.points path.point').length : -1,
            lines: svgTraces[i] ? [...svgTraces[i].querySelectorAll('path.js-line')].filter(p => (p.getAttribute('d') || '').length > 1).length : -1,
            shape: trace.line && trace.line.shape || '',
            dash: trace.line && trace.line.dash || '',
          }));
        }
        """;

    [Fact]
    public async Task Trend_chart_draws_every_value_the_target_line_and_a_dashed_projection()
    {
        // 160 in 2020/21 Q2 has three consecutive quarters, the fewest a projection is drawn from.
        await using var tab = await fixture.NewTabAsync();
        await OpenAndDrawAllAsync(tab.Page, BroadbandQ2);

        var traces = await TracesAsync(tab.Page, "chart-160-2020-21-q2-trend");
        var actual = traces.Single(t => t.Name == "Actual");
        Assert.Equal(3, actual.Values);
        Assert.Equal(actual.Values, actual.Markers);

        var target = traces.Single(t => t.Name == "Target");
        Assert.Equal("hv", target.Shape);
        Assert.True(target.Lines >= 1, "the target trace drew no line");

        var projection = traces.Single(t => t.Name == "Projection (not data)");
        Assert.Equal("dash", projection.Dash);
        Assert.True(projection.Lines >= 1, "the projection drew no line");
    }

    [Fact]
    public async Task Trend_chart_bridges_each_gap_with_a_dotted_line_named_for_it_and_projects_nothing()
    {
        // 182's figures stop between 2020/21 Q2 and 2022/23 Q4 and between 2023/24 Q1 and 2024/25 Q2.
        await using var tab = await fixture.NewTabAsync();
        await OpenAndDrawAllAsync(tab.Page, FoiQ3);

        var traces = await TracesAsync(tab.Page, "chart-182-2024-25-q3-trend");

        Assert.Equal(["Actual", "No data for 2020/21 Q3 to 2022/23 Q3", "No data for 2023/24 Q2 to 2024/25 Q1", "Target"],
            traces.Select(t => t.Name).ToList());
        var actual = traces[0];
        Assert.Equal((6, 6), (actual.Values, actual.Markers));
        Assert.All(traces.Skip(1).Take(2), gap =>
        {
            Assert.Equal("dot", gap.Dash);
            Assert.True(gap.Lines >= 1, $"'{gap.Name}' drew no line");
        });
    }

    [Fact]
    public async Task Bar_and_line_chart_from_content_draws_both_series()
    {
        await using var tab = await fixture.NewTabAsync();
        await OpenAndDrawAllAsync(tab.Page, AbsenceQ1);

        var id = await tab.Page.EvaluateAsync<string>("() => document.querySelectorAll('.chart-plot')[1].id");
        var traces = await TracesAsync(tab.Page, id);
        Assert.Equal(["bar", "scatter"], traces.Select(t => t.Type).ToList());
        Assert.Equal(12, traces[0].Values);
        Assert.Equal(12, traces[1].Values);
        Assert.Equal(12, await tab.Page.EvaluateAsync<int>(
            $"() => document.getElementById('{id}').querySelectorAll('.barlayer .trace .point').length"));
    }

    [Fact]
    public async Task Every_chart_on_report_and_indicator_pages_draws_without_errors_or_csp_violations()
    {
        var pages = fixture.Site.Pages.Where(p => p.Kind is "report" or "indicator").ToList();
        var problems = new List<string>();
        await using var tab = await fixture.NewTabAsync();
        var page = tab.Page;
        await page.AddInitScriptAsync(RecordViolations);
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);

        var drawn = 0;
        foreach (var sitePage in pages)
        {
            errors.Clear();
            drawn += await OpenAndDrawAllAsync(page, sitePage.Path);
            var violations = await page.EvaluateAsync<string[]>("() => window.__violations");
            problems.AddRange(violations.Select(v => $"{sitePage.Path}: CSP violation {v}"));
            problems.AddRange(errors.Select(e => $"{sitePage.Path}: console error {e}"));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        // Every page has a chart; only an indicator with no figure yet has nothing to plot.
        Assert.True(drawn >= pages.Count - 5, $"{drawn} charts drawn on {pages.Count} pages");
    }

    [Fact]
    public async Task Plotly_is_loaded_only_on_pages_with_charts()
    {
        await using var tab = await fixture.NewTabAsync();
        var requested = new List<string>();
        tab.Page.Request += (_, request) => requested.Add(request.Url);

        await fixture.OpenAsync(tab.Page, fixture.Site.Pages.Single(p => p.Path == "key/index.html"));
        Assert.DoesNotContain(requested, url => url.Contains("plotly", StringComparison.Ordinal));

        await fixture.OpenAsync(tab.Page, fixture.Site.Pages.Single(p => p.Path == FoiQ3));
        Assert.Single(requested, url => url.Contains("plotly", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_javascript_the_summary_and_data_table_are_shown_and_the_empty_plot_is_not()
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        try
        {
            var page = await context.NewPageAsync();
            await fixture.OpenAsync(page, fixture.Site.Pages.Single(p => p.Path == FoiQ3));
            var figure = page.Locator("#chart-182-2024-25-q3-trend").Locator("xpath=..");

            Assert.True(await figure.Locator(".chart-summary").IsVisibleAsync());
            Assert.StartsWith("Performance improved from 80.2% in 2024/25 Q2 to 85.0% in 2024/25 Q3.",
                await figure.Locator(".chart-summary").InnerTextAsync(), StringComparison.Ordinal);
            Assert.True(await figure.Locator("details.chart-data table").IsVisibleAsync());
            Assert.True(await figure.Locator("details.chart-data a[download]").IsVisibleAsync());
            Assert.False(await page.Locator("#chart-182-2024-25-q3-trend").IsVisibleAsync());
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    /// <summary>Opens a page, scrolls each chart into view (they draw lazily) and waits until all are drawn.</summary>
    private async Task<int> OpenAndDrawAllAsync(IPage page, string path)
    {
        await fixture.OpenAsync(page, fixture.Site.Pages.Single(p => p.Path == path));
        var plots = page.Locator(".chart-plot");
        var count = await plots.CountAsync();
        for (var i = 0; i < count; i++)
        {
            await plots.Nth(i).ScrollIntoViewIfNeededAsync();
            await page.WaitForFunctionAsync(
                "i => document.querySelectorAll('.chart-plot')[i].getAttribute('data-rendered') === 'true'",
                i, new PageWaitForFunctionOptions { Timeout = 15_000 });
        }

        return count;
    }

    private sealed record TraceInfo(string Name, string Type, int Values, int Markers, int Lines, string Shape, string Dash);

    private static async Task<List<TraceInfo>> TracesAsync(IPage page, string chartId)
    {
        var json = await page.EvaluateAsync<JsonElement>(DescribeChart, chartId);
        return [.. json.EnumerateArray().Select(t => new TraceInfo(
            t.GetProperty("name").GetString()!,
            t.GetProperty("type").GetString()!,
            t.GetProperty("values").GetInt32(),
            t.GetProperty("markers").GetInt32(),
            t.GetProperty("lines").GetInt32(),
            t.GetProperty("shape").GetString()!,
            t.GetProperty("dash").GetString()!))];
    }
}

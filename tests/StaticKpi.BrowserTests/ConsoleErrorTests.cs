using Microsoft.Playwright;
using StaticKpi.BrowserTests.Support;

namespace StaticKpi.BrowserTests;

/// <summary>Every kind of page loads without a console error, an uncaught script error or a failed request.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ConsoleErrorTests(BrowserSiteFixture fixture)
{
    [Fact]
    public async Task No_page_kind_logs_a_console_error_or_fails_a_request()
    {
        var problems = new List<string>();
        var current = "";
        await using var tab = await fixture.NewTabAsync();
        var page = tab.Page;
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "assert")
            {
                problems.Add($"{current}: console {message.Type}: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => problems.Add($"{current}: uncaught error: {error}");
        page.RequestFailed += (_, request) => problems.Add($"{current}: request failed: {request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                problems.Add($"{current}: {response.Status} for {response.Url}");
            }
        };

        foreach (var sitePage in fixture.Site.OnePageOfEachKind())
        {
            current = sitePage.Path;
            await fixture.OpenAsync(page, sitePage);
            // Let scripts that run after load (chart loaders) finish and report.
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}

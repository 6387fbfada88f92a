using System.Diagnostics;
using Microsoft.Playwright;

namespace StaticKpi.BrowserTests.Support;

/// <summary>
/// Shared by every browser test: the example site built once, served on 127.0.0.1, and one headless
/// Chromium. A missing browser fails each test that needs it with how to install it; it never skips.
/// </summary>
public sealed class BrowserSiteFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private Exception? _browserProblem;

    public ExampleSite Site { get; private set; } = null!;

    public StaticSiteServer Server { get; private set; } = null!;

    /// <summary>How long building, serving and launching took, for the test log.</summary>
    public TimeSpan SetUpTime { get; private set; }

    public IBrowser Browser => _browser ?? throw new BrowserMissingException(_browserProblem?.Message ?? "The browser was not launched.");

    public async Task InitializeAsync()
    {
        var clock = Stopwatch.StartNew();
        Site = new ExampleSite();
        Server = await StaticSiteServer.StartAsync(Site.Output, Site.SitePath);
        try
        {
            (_playwright, _browser) = await Chromium.LaunchAsync();
        }
        catch (BrowserMissingException ex)
        {
            _browserProblem = ex;
        }

        SetUpTime = clock.Elapsed;
    }

    public string Url(SitePage page) => Server.Url(page);

    /// <summary>
    /// A fresh tab in its own context (no shared history, focus or storage) at the given viewport; the
    /// context closes when the tab is disposed.
    /// </summary>
    public async Task<BrowserTab> NewTabAsync(int width = 1280, int height = 800)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ReducedMotion = ReducedMotion.Reduce,
        });
        return new BrowserTab(context, await context.NewPageAsync());
    }

    /// <summary>Opens a page of the site and fails unless the server answered 200.</summary>
    public async Task OpenAsync(IPage page, SitePage sitePage)
    {
        var response = await page.GotoAsync(Url(sitePage), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.True(response is { Status: 200 }, $"{sitePage.Path} answered {response?.Status.ToString() ?? "nothing"}");
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }

        Site?.Dispose();
    }
}

public sealed class BrowserTab(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IBrowserContext Context { get; } = context;

    public IPage Page { get; } = page;

    public ValueTask DisposeAsync() => new(Context.CloseAsync());
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSiteFixture>
{
    public const string Name = "Browser";
}

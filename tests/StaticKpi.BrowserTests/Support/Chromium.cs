using Microsoft.Playwright;

namespace StaticKpi.BrowserTests.Support;

/// <summary>Launches Debian's chromium package through Playwright: browsers are never downloaded.</summary>
public static class Chromium
{
    public const string InstallHint =
        "Install it with `apt-get update && apt-get install -y --no-install-recommends chromium` (scripts/test.sh does this), " +
        "or set STATICKPI_CHROMIUM to the path of a Chromium or Chrome binary.";

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("STATICKPI_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var path = ExecutablePath;
        if (!File.Exists(path))
        {
            throw new BrowserMissingException($"No browser at {path}. The browser tests need Chromium. {InstallHint}");
        }

        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = path,
                Headless = true,
                Args = Args,
            });
            return (playwright, browser);
        }
        catch (PlaywrightException ex)
        {
            playwright.Dispose();
            throw new BrowserMissingException($"Chromium at {path} did not start: {ex.Message}{Environment.NewLine}{InstallHint}", ex);
        }
    }
}

public sealed class BrowserMissingException : Exception
{
    public BrowserMissingException(string message) : base(message)
    {
    }

    public BrowserMissingException(string message, Exception inner) : base(message, inner)
    {
    }
}

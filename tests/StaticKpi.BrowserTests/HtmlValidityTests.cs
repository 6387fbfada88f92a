using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using StaticKpi.BrowserTests.Support;
using Xunit.Abstractions;

namespace StaticKpi.BrowserTests;

/// <summary>
/// Every generated page is valid HTML according to the W3C Nu HTML Checker (vnu.jar from tools/package.json),
/// run once over the whole output folder. It needs no browser, so it has its own build of the site and runs
/// beside the browser tests.
/// </summary>
public sealed class HtmlValidityTests(HtmlValidityTests.SiteFixture fixture, ITestOutputHelper output) : IClassFixture<HtmlValidityTests.SiteFixture>
{
    private const string InstallHint = "Install it with `npm ci --prefix tools` from the repository root (scripts/test.sh does this).";

    private static string VnuJar => Path.Combine(RepoPaths.Root, "tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    [Fact]
    public async Task Every_generated_page_is_valid_html()
    {
        Assert.True(File.Exists(VnuJar), $"The W3C Nu HTML Checker is missing: {VnuJar} does not exist. {InstallHint}");
        Assert.Contains(fixture.Site.Pages, p => p.Kind == "indicator");

        var clock = Stopwatch.StartNew();
        var start = new ProcessStartInfo("java")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-jar", VnuJar, "--format", "json", "--errors-only", "--stdout", "--skip-non-html", fixture.Site.Output })
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception ex)
        {
            Assert.Fail($"Java could not be started ({ex.Message}); the Nu HTML Checker needs Java 17 or later " +
                $"(`apt-get install -y --no-install-recommends openjdk-17-jre-headless`) and vnu.jar. {InstallHint}");
            return;
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var report = await stdout;
            output.WriteLine($"vnu checked {fixture.Site.Pages.Count} pages in {clock.Elapsed.TotalSeconds:0.0} s (exit code {process.ExitCode}).");

            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(report);
            }
            catch (JsonException)
            {
                Assert.Fail($"The Nu HTML Checker did not report JSON (exit code {process.ExitCode}). " +
                    $"{InstallHint}{Environment.NewLine}{report}{await stderr}");
                return;
            }

            using (json)
            {
                var messages = json.RootElement.GetProperty("messages").EnumerateArray().ToList();
                Assert.True(messages.Count == 0, $"{messages.Count} HTML error(s):{Environment.NewLine}{Describe(messages)}");
            }
        }
    }

    private string Describe(IEnumerable<JsonElement> messages)
    {
        var text = new StringBuilder();
        foreach (var message in messages)
        {
            var url = message.TryGetProperty("url", out var u) ? u.GetString() ?? "" : "";
            // vnu names files as "file:/tmp/x/_site/key/index.html".
            var file = url.StartsWith("file:", StringComparison.Ordinal)
                ? Path.GetRelativePath(fixture.Site.Output, Uri.UnescapeDataString(url["file:".Length..].TrimStart('/')).Insert(0, "/"))
                : url;
            var line = message.TryGetProperty("lastLine", out var l) ? l.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) : "?";
            var column = message.TryGetProperty("firstColumn", out var c)
                ? c.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture)
                : "?";
            var type = message.GetProperty("type").GetString();
            var extract = message.TryGetProperty("extract", out var e) ? $"{Environment.NewLine}    {e.GetString()?.ReplaceLineEndings(" ")}" : "";
            text.Append($"{file}:{line}:{column}: {type}: {message.GetProperty("message").GetString()}{extract}").AppendLine();
        }

        return text.ToString();
    }

    public sealed class SiteFixture : IDisposable
    {
        public ExampleSite Site { get; } = new();

        public void Dispose() => Site.Dispose();
    }
}

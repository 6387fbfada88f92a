using System.Net;
using AngleSharp.Html.Parser;
using StaticKpi.Cli;
using StaticKpi.Cli.Serve;
using StaticKpi.Tests.Support;

namespace StaticKpi.Tests.EndToEnd.Security;

/// <summary>
/// Issue 12, finding 13 ("no internal exception text ever") under <c>serve</c>: a rebuild that throws is reported
/// in plain words in the log and on the error page, its details go to a crash report, and the preview keeps running
/// and recovers on the next save.
/// </summary>
public sealed class PreviewInternalErrorTests
{
    private const string Invoices = "content/indicators/101-invoices-paid.yaml";
    private const string ReportPage = "2024-25-q3/finance/";
    private const string InternalText = "Sequence contains no elements \u001B[2J at /home/editor/secret";
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task A_rebuild_that_throws_is_reported_plainly_and_the_preview_recovers_on_the_next_save()
    {
        using var site = TempSite.FromMinimal();
        var reports = Path.Combine(site.Root, "crash-reports");
        var log = new SyncLog();
        FailingBuilder? builder = null;
        await using var server = await PreviewServer.StartAsync(
            new ServeOptions(site.Source, OutputDirectory: Path.Combine(site.Root, "serve"), Log: log.Writer)
            {
                CrashReports = new CrashReport(reports),
            },
            (source, output) => builder = new FailingBuilder(new FullPreviewBuilder(source, output)));
        using var client = new HttpClient { BaseAddress = server.Address };
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(ReportPage)).StatusCode);

        builder!.Fail = true;
        site.Replace(Invoices, "    value: 91.5\n", "    value: 93.5\n");

        var errorPage = await Eventually.Async(async () =>
        {
            using var response = await client.GetAsync(ReportPage);
            return response.StatusCode == HttpStatusCode.InternalServerError
                ? Parser.ParseDocument(await response.Content.ReadAsStringAsync())
                : null;
        }, "the error page");
        var report = Assert.Single(Directory.GetFiles(reports));
        var diagnostic = $"{site.Source}: error SKPI016: {PreviewServer.InternalErrorMessage} Save a file to try again. " +
                         $"The details are in {report}: please attach that file when you report this.";
        Assert.Equal([diagnostic], errorPage.QuerySelectorAll("main li").Select(li => li.TextContent));
        Assert.Equal(
            [$"Changed: {Invoices}", diagnostic, "The site could not be built; the browser shows the errors until they are fixed."],
            log.Lines().Skip(1));
        Assert.Contains($"System.InvalidOperationException: {InternalText}", File.ReadAllText(report), StringComparison.Ordinal);
        Assert.Contains($"During: rebuilding the preview after changes to {Invoices}", File.ReadAllText(report), StringComparison.Ordinal);

        builder.Fail = false;
        site.Replace(Invoices, "    value: 93.5\n", "    value: 94.0\n");

        await Eventually.Async(async () =>
        {
            using var response = await client.GetAsync(ReportPage);
            var page = Parser.ParseDocument(await response.Content.ReadAsStringAsync());
            return response.StatusCode == HttpStatusCode.OK &&
                   page.QuerySelector("table.indicators tbody tr")?.QuerySelectorAll("td")[1].TextContent == "94.0% (2024/25 Q3)" ? page : null;
        }, "the rebuilt page after the fix");
    }

    [Fact]
    public async Task A_failure_around_a_rebuild_does_not_stop_the_preview_following_edits()
    {
        using var site = TempSite.FromMinimal();
        var reports = Path.Combine(site.Root, "crash-reports");
        var log = new SyncLog { ThrowOnceOn = "Changed: " };
        await using var server = await PreviewServer.StartAsync(
            new ServeOptions(site.Source, OutputDirectory: Path.Combine(site.Root, "serve"), Log: log.Writer)
            {
                CrashReports = new CrashReport(reports),
            });
        using var client = new HttpClient { BaseAddress = server.Address };

        // The log fails on the first change's line (outside the build itself): that change is lost, the loop is not.
        site.Replace(Invoices, "    value: 91.5\n", "    value: 93.5\n");
        var report = await Eventually.Async(() => Directory.Exists(reports) ? Directory.GetFiles(reports).SingleOrDefault() : null, "a crash report");
        Assert.Equal(
            [PreviewServer.InternalErrorMessage, $"The details are in {report}: please attach that file when you report this."],
            await Eventually.Async(() => log.Lines().Length >= 3 ? log.Lines()[1..] : null, "the plain message"));

        site.Replace(Invoices, "    value: 93.5\n", "    value: 94.0\n");

        await Eventually.Async(async () =>
        {
            using var response = await client.GetAsync(ReportPage);
            var page = Parser.ParseDocument(await response.Content.ReadAsStringAsync());
            return page.QuerySelector("table.indicators tbody tr")?.QuerySelectorAll("td")[1].TextContent == "94.0% (2024/25 Q3)" ? page : null;
        }, "the page rebuilt after the next save");
    }

    /// <summary>Builds as usual, or throws like a bug in a build stage when <see cref="Fail"/> is set.</summary>
    private sealed class FailingBuilder(IPreviewBuilder inner) : IPreviewBuilder
    {
        public volatile bool Fail;

        public PreviewBuildResult Build(IReadOnlyCollection<string> changedFiles) =>
            Fail ? throw new InvalidOperationException(InternalText) : inner.Build(changedFiles);

        public void Dispose() => inner.Dispose();
    }

    /// <summary>The preview's log, read while the server writes it; optionally failing once on a line.</summary>
    private sealed class SyncLog
    {
        private readonly StringWriter _inner = new();
        private int _thrown;

        public SyncLog() => Writer = new Failing(this);

        public string? ThrowOnceOn { get; init; }

        public TextWriter Writer { get; }

        /// <summary>The lines so far, with the first build's timing line as "Built".</summary>
        public string[] Lines()
        {
            lock (_inner)
            {
                return [.. _inner.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n')
                    .Select(l => l.StartsWith("Built ", StringComparison.Ordinal) ? "Built" : l)];
            }
        }

        private sealed class Failing(SyncLog log) : TextWriter
        {
            public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

            public override void WriteLine(string? value)
            {
                if (log.ThrowOnceOn is { } start && value?.StartsWith(start, StringComparison.Ordinal) == true
                    && Interlocked.Exchange(ref log._thrown, 1) == 0)
                {
                    throw new InvalidOperationException(InternalText);
                }

                lock (log._inner)
                {
                    log._inner.WriteLine(value);
                }
            }
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using StaticKpi.Cli.Serve;
using StaticKpi.Content;
using StaticKpi.Diagnostics;
using StaticKpi.Pages;
using StaticKpi.Pages.Kinds;

namespace StaticKpi.Benchmarks;

/// <summary>
/// How long <c>statickpi serve</c> takes to show an edit: starts the real preview (watcher, debounce and incremental
/// builder) on a site folder, then several times saves one commentary file with a new sentence appended to its original
/// text (as an editor saves: the whole file written again) and measures each time from the write until the indicator's
/// page on disk contains the sentence. Each sentence replaces the last, so that it is always within the text the search
/// index keeps and the index is rewritten every time too. The file is put back as it was at the end.
/// </summary>
internal static class ServeTimings
{
    private static readonly TimeSpan GiveUp = TimeSpan.FromSeconds(60);

    public static int Run(string source, int runs)
    {
        var (file, page) = ShownCommentary(source);
        var log = new StringWriter();
        var output = Path.Combine(Path.GetTempPath(), "statickpi-serve-bench-" + Environment.ProcessId);
        var path = Path.Combine(source, file);
        var original = File.ReadAllText(path);
        Console.WriteLine($"Editing {file}, shown on {page}");
        try
        {
            var start = Stopwatch.StartNew();
            var server = PreviewServer.StartAsync(new ServeOptions(source, OutputDirectory: output, Log: log)).GetAwaiter().GetResult();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"First (whole) build and start: {start.Elapsed.TotalSeconds:F1} s"));
            try
            {
                var times = new List<double>();
                for (var run = 1; run <= runs; run++)
                {
                    var builds = server.Builds;
                    var sentence = $"Benchmark sentence number {run} of {Environment.ProcessId}.";
                    var clock = Stopwatch.StartNew();
                    File.WriteAllText(path, $"{original}\n{sentence}\n");
                    var onDisk = Path.Combine(server.State.SiteDirectory!, page);
                    while (!Contains(onDisk, sentence))
                    {
                        if (clock.Elapsed > GiveUp)
                        {
                            Console.Error.WriteLine($"The page did not show the sentence within {GiveUp.TotalSeconds} s. Server log:\n{log}");
                            return 1;
                        }

                        Thread.Sleep(1);
                    }

                    var ms = clock.Elapsed.TotalMilliseconds;
                    times.Add(ms);
                    // Let the build finish (the search index may still be being written) before the next edit.
                    while (server.Builds == builds)
                    {
                        Thread.Sleep(1);
                    }

                    Thread.Sleep(300);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run}: {ms:F0} ms; {LastBuildLine(log)}"));
                }

                times.Sort();
                var median = times.Count % 2 == 1 ? times[times.Count / 2] : (times[(times.Count / 2) - 1] + times[times.Count / 2]) / 2;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Edit to page on disk: median {median:F0} ms over {runs} runs (debounce " +
                    $"{new ServeOptions(source).Debounce.TotalMilliseconds:F0} ms included)"));
            }
            finally
            {
                server.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        }
        finally
        {
            File.WriteAllText(path, original);
        }

        return 0;
    }

    /// <summary>A commentary file (relative path) and the indicator page (output path) that shows it: the first in plan order.</summary>
    private static (string File, string Page) ShownCommentary(string source)
    {
        var diagnostics = new DiagnosticBag();
        var site = ContentLoader.Load(source, diagnostics) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.ToSortedList()));
        return SitePlan.Create(site).Pages
            .Where(p => p.Kind is IndicatorPageKind)
            .Select(p => (Commentary: site.CommentaryFor(p.Indicator!.Id, p.Report!.Period), Page: p.OutputPath))
            .Where(x => x.Commentary is not null)
            .Select(x => (x.Commentary!.Location.File, x.Page))
            .First();
    }

    private static bool Contains(string path, string text)
    {
        try
        {
            return File.ReadAllText(path).Contains(text, StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>The server's summary of the latest build (read once the build has had time to print it).</summary>
    private static string LastBuildLine(StringWriter log) =>
        log.ToString().Split('\n').LastOrDefault(l => l.StartsWith("Rebuilt", StringComparison.Ordinal)
            || l.StartsWith("Built", StringComparison.Ordinal))?.Trim() ?? "";
}

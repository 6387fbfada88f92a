using System.Diagnostics;
using System.Globalization;

namespace StaticKpi.Benchmarks;

/// <summary>
/// Time and memory of building and rendering each kind of page, on one thread, for the pages of a site's first
/// report: a quick look at what one page costs, without the noise of a whole build.
/// </summary>
internal static class RenderTimings
{
    public static int Run(string source, int rounds)
    {
        var prepared = new PreparedSite(source);
        var (factory, renderer, group) = (prepared.Pages, prepared.Renderer, prepared.LastReport);

        Console.WriteLine("| step | pages | µs per page | KB allocated per page | KB of HTML per page |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        for (var round = 1; round <= rounds; round++)
        {
            var (models, buildTime, buildBytes) = Measure(() => factory.Build(group).ToList());
            Report($"build models (round {round})", models.Count, buildTime, buildBytes, 0);
            foreach (var kind in models.GroupBy(m => m.Layout))
            {
                var pages = kind.ToList();
                long htmlLength = 0;
                var (_, time, bytes) = Measure(() =>
                {
                    foreach (var page in pages)
                    {
                        htmlLength += renderer.Render(page).Length;
                    }

                    return 0;
                });
                Report($"render {kind.Key} (round {round})", pages.Count, time, bytes, htmlLength);
            }
        }

        return 0;
    }

    private static (T Result, TimeSpan Time, long Bytes) Measure<T>(Func<T> action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var result = action();
        return (result, clock.Elapsed, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static void Report(string step, int pages, TimeSpan time, long bytes, long htmlChars) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {step} | {pages} | {time.TotalMicroseconds / pages:0} | {bytes / 1024.0 / pages:0.0} | {htmlChars / 1024.0 / pages:0.0} |"));
}

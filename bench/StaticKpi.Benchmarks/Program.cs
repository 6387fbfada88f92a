using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using StaticKpi.Benchmarks;
using StaticKpi.Charts;

if (args.Contains("--quick"))
{
    return QuickBenchmark.Run();
}

if (args is ["--page-sizes", var site])
{
    return PageSizes.Run(site);
}

if (args is ["--render", var renderSource, ..])
{
    return RenderTimings.Run(renderSource, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5);
}

if (args is ["--serve", var serveSource, ..])
{
    return ServeTimings.Run(serveSource, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10);
}

if (args is ["--incremental", var incrementalSource, var commentaryFile, ..])
{
    return IncrementalTimings.Run(incrementalSource, commentaryFile, args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 10);
}

if (args is ["--stages", var source, ..])
{
    return StageTimings.Run(source, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3);
}

BenchmarkSwitcher.FromAssembly(typeof(TrendChartBenchmarks).Assembly).Run(args);
return 0;

/// <summary>
/// A plain Stopwatch loop for a quick figure without BenchmarkDotNet's minutes of runs: the trend chart (figure and
/// JSON) of 1,000 indicators of 20 quarters, five times, printing the median time per chart.
/// </summary>
internal static class QuickBenchmark
{
    private const int Indicators = 1000;
    private const int Runs = 5;
    private const int WarmUpPasses = 3;

    public static int Run()
    {
        var builder = new ChartBuilder(SampleIndicators.Config);
        var indicators = SampleIndicators.Many(Indicators);
        var period = SampleIndicators.ReportPeriod;

        // Warm-up: three passes, so tiered JIT has promoted the hot methods and each thread's JSON buffer has grown.
        long bytes = 0;
        for (var pass = 0; pass < WarmUpPasses; pass++)
        {
            bytes += indicators.Sum(i => (long)builder.Trend(i, period).Json.Length);
        }

        var perChart = new List<double>(Runs);
        for (var run = 1; run <= Runs; run++)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var stopwatch = Stopwatch.StartNew();
            foreach (var indicator in indicators)
            {
                bytes += builder.Trend(indicator, period).Json.Length;
            }

            stopwatch.Stop();
            var ms = stopwatch.Elapsed.TotalMilliseconds / Indicators;
            var kb = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0 / Indicators;
            perChart.Add(ms);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {run}: {stopwatch.Elapsed.TotalMilliseconds:F1} ms for {Indicators} charts, {ms:F4} ms and {kb:F1} KB allocated per chart"));
        }

        perChart.Sort();
        var median = perChart[Runs / 2];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Trend chart, {SampleIndicators.Periods} periods: median {median:F4} ms per chart over {Runs} runs " +
            $"({bytes / (Indicators * (Runs + WarmUpPasses))} bytes of JSON per chart)"));
        return 0;
    }
}

using System.Diagnostics;
using System.Globalization;
using StaticKpi.Charts;
using StaticKpi.Content;
using StaticKpi.Diagnostics;
using StaticKpi.Output;
using StaticKpi.Pages;
using StaticKpi.Render;
using StaticKpi.Scoring;

namespace StaticKpi.Benchmarks;

/// <summary>
/// Wall time of each build stage on a site folder, in one process: the first pass includes JIT compilation (as a
/// real build does), later passes show the steady state. A quick way to see where a build spends its time.
/// </summary>
internal static class StageTimings
{
    public static int Run(string source, int passes)
    {
        var output = Path.Combine(Path.GetTempPath(), "statickpi-stages-" + Environment.ProcessId);
        Console.WriteLine("| pass | load | score | charts | pages (with charts) | render | write | total |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (var pass = 1; pass <= passes; pass++)
        {
            var times = new List<double>();
            var clock = Stopwatch.StartNew();
            double Lap()
            {
                var ms = clock.Elapsed.TotalMilliseconds;
                clock.Restart();
                times.Add(ms);
                return ms;
            }

            var diagnostics = new DiagnosticBag();
            var site = ContentLoader.Load(source, diagnostics) ?? throw new InvalidOperationException(
                "The site has errors:\n" + string.Join("\n", diagnostics.ToSortedList()));
            Lap();
            var reports = ReportScorer.ScoreAll(site);
            Lap();
            ChartDefaults.Configure();
            var charts = new ChartBuilder(site.Config);
            Parallel.ForEach(reports, report =>
            {
                charts.RatingDistribution(report);
                foreach (var scored in report.Indicators)
                {
                    charts.Trend(scored.Indicator, report.Report.Period);
                    charts.Extras(scored.Indicator, report.Report.Period);
                }
            });
            Lap();
            var builder = new PageBuilder(site, reports, charts);
            var pages = builder.BuildAll();
            Lap();
            var theme = new Theme(Path.Combine(source, "themes", site.Config.Theme));
            var assets = theme.AssetPaths().ToDictionary(p => p, p => p, StringComparer.Ordinal);
            var renderer = new PageRenderer(theme, builder.SiteView, assets);
            renderer.Prepare(pages.Select(p => p.Layout));
            var html = new string[pages.Count];
            Parallel.For(0, pages.Count, i => html[i] = renderer.Render(pages[i]));
            Lap();
            using (var staged = new StagedOutput(output))
            {
                Parallel.For(0, pages.Count, i =>
                {
                    staged.WriteText(pages[i].OutputPath, html[i]);
                    foreach (var file in PageBuilder.FilesOf(pages[i]))
                    {
                        staged.WriteBytes(file.RelativePath, file.Bytes);
                    }
                });
                staged.Commit();
            }

            Lap();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {pass} | {string.Join(" | ", times.Select(t => t.ToString("0", CultureInfo.InvariantCulture)))} | {times.Sum():0} ms |"));
        }

        Directory.Delete(output, recursive: true);
        return 0;
    }
}

using System.Globalization;
using StaticKpi.Build;

namespace StaticKpi.Benchmarks;

/// <summary>
/// The library's <see cref="IncrementalBuild"/> alone, without the preview's watcher: one whole build, then several
/// updates after saving a commentary file with a sentence appended to its original text, each with the time of its stages. The file is put back as
/// it was at the end.
/// </summary>
internal static class IncrementalTimings
{
    public static int Run(string source, string file, int runs)
    {
        var output = Path.Combine(Path.GetTempPath(), "statickpi-incremental-bench-" + Environment.ProcessId);
        var path = Path.Combine(source, file);
        var original = File.ReadAllText(path);
        try
        {
            var build = new IncrementalBuild(source);
            var full = build.Full(output);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Whole build: {full.PagesWritten} pages in {full.Elapsed.TotalSeconds:F1} s"));
            for (var run = 1; run <= runs; run++)
            {
                File.WriteAllText(path, $"{original}\nBenchmark sentence number {run}.\n");
                var timings = new BuildTimings();
                var result = build.Update([file], timings);
                if (!result.Succeeded)
                {
                    Console.Error.WriteLine(string.Join("\n", result.Diagnostics));
                    return 1;
                }

                Console.WriteLine($"Update {run}: {result.PagesWritten} pages rebuilt, {result.FilesWritten} files replaced");
                Console.WriteLine(timings.Describe());
            }
        }
        finally
        {
            File.WriteAllText(path, original);
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }

        return 0;
    }
}

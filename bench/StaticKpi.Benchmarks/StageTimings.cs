using StaticKpi.Build;

namespace StaticKpi.Benchmarks;

/// <summary>
/// Wall time of each build stage on a site folder, building it several times in one process: the first pass includes
/// JIT compilation (as a real build does), later passes show the steady state. A quick way to see where a build spends
/// its time; each pass is the real <see cref="SiteBuild"/>, timed by <see cref="BuildTimings"/>.
/// </summary>
internal static class StageTimings
{
    public static int Run(string source, int passes)
    {
        var output = Path.Combine(Path.GetTempPath(), "statickpi-stages-" + Environment.ProcessId);
        try
        {
            for (var pass = 1; pass <= passes; pass++)
            {
                if (Directory.Exists(output))
                {
                    Directory.Delete(output, recursive: true);
                }

                var timings = new BuildTimings();
                var result = SiteBuild.Run(new BuildOptions(source, output), timings);
                if (!result.Succeeded)
                {
                    Console.Error.WriteLine("The site has errors:\n" + string.Join("\n", result.Diagnostics));
                    return 1;
                }

                Console.WriteLine($"Pass {pass}: {result.PagesWritten} pages, {result.FilesWritten} files");
                Console.WriteLine(timings.Describe());
            }
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }

        return 0;
    }
}

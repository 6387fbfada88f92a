using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace StaticKpi.Tests.EndToEnd.Security;

/// <summary>
/// Runs <c>dotnet StaticKpi.Cli.dll ARGS</c> as a child process and reports its exit code, output and peak memory.
/// </summary>
/// <remarks>
/// Memory is measured in a separate process because the test host holds every other test's memory too: the child's
/// own <c>VmHWM</c> (the kernel's high-water mark of its resident memory, native memory included) is read by
/// <see cref="StartupHook"/> as the child exits, so no peak between two samples can be missed. The child also runs
/// with its managed heap capped (<c>DOTNET_GCHeapHardLimit</c>), so an import that tried to hold more fails with
/// an out-of-memory error rather than taking the test machine's memory.
/// </remarks>
public static partial class ImportChildProcess
{
    public const long MemoryLimitBytes = 200L * 1024 * 1024;

    public sealed record Outcome(int ExitCode, string Stdout, string Stderr, long PeakBytes);

    public static Outcome Run(params string[] args)
    {
        var folder = AppContext.BaseDirectory;
        var status = Path.Combine(Path.GetTempPath(), $"statickpi-status-{Guid.NewGuid():N}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(folder, "StaticKpi.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_STARTUP_HOOKS"] = typeof(ImportChildProcess).Assembly.Location;
        start.Environment["STATICKPI_TEST_STATUS_FILE"] = status;
        start.Environment["DOTNET_GCHeapHardLimit"] = MemoryLimitBytes.ToString("X", CultureInfo.InvariantCulture);
        start.Environment["DOTNET_gcServer"] = "0";
        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("statickpi import ran for more than two minutes");
            }

            var error = stderr.Result;
            Assert.True(File.Exists(status),
                $"statickpi import did not exit normally (exit code {process.ExitCode}): {error[..Math.Min(error.Length, 2000)]}");
            var peak = PeakPattern().Match(File.ReadAllText(status));
            Assert.True(peak.Success, "the child process did not report its memory");
            return new Outcome(process.ExitCode, stdout.Result.ReplaceLineEndings("\n"), stderr.Result.ReplaceLineEndings("\n"),
                long.Parse(peak.Groups[1].Value, CultureInfo.InvariantCulture) * 1024);
        }
        finally
        {
            File.Delete(status);
        }
    }

    [GeneratedRegex(@"^VmHWM:\s+(\d+) kB$", RegexOptions.Multiline)]
    private static partial Regex PeakPattern();
}

using System.Diagnostics;

namespace StaticKpi.Tests.Support;

/// <summary>Runs a program to its end, as a terminal or a CI runner would, and keeps what it printed.</summary>
public static class ChildProcess
{
    /// <param name="Output">Standard output, with "\n" line ends.</param>
    /// <param name="Errors">Standard error, with "\n" line ends.</param>
    public sealed record Outcome(int ExitCode, string Output, string Errors);

    /// <param name="environment">Variables to set (or, when null, to remove) on top of this process's own.</param>
    public static Outcome Run(
        string program, IEnumerable<string> args, string workingDirectory, IReadOnlyDictionary<string, string?> environment, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', args)} ran for more than {timeout.TotalSeconds} s");
        }

        process.WaitForExit();
        return new Outcome(process.ExitCode, output.Result.ReplaceLineEndings("\n"), errors.Result.ReplaceLineEndings("\n"));
    }

    /// <summary>
    /// What a child 'dotnet' needs to run alone and offline: no telemetry or first-run text, a package folder of its
    /// own (so a package of the same version left in the user's NuGet cache by an earlier pack is never installed
    /// instead of this one), and the runtime's folder for an installed tool's launcher.
    /// </summary>
    public static Dictionary<string, string?> DotnetEnvironment(string packagesFolder) => new(StringComparer.Ordinal)
    {
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
        ["NUGET_PACKAGES"] = packagesFolder,
        ["DOTNET_ROOT"] = DotnetRoot,
    };

    /// <summary>The .NET installation running the tests (shared/Microsoft.NETCore.App/VERSION/ is three levels below it).</summary>
    public static string DotnetRoot { get; } =
        Path.GetFullPath(Path.Combine(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
}

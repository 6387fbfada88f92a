using System.Reflection;
using System.Xml.Linq;

namespace StaticKpi.Tests.Support;

/// <summary>
/// The StaticKpi.Tool package, packed once per test run from the command line this run built (dotnet pack
/// --no-build), into a temporary folder that serves as a local NuGet feed for the tests that install it as an
/// editor would (Cli/Packaging) and as the GitHub Action does (EndToEnd/ActionTests).
/// </summary>
internal static class PackedTool
{
    private static readonly Lazy<(string Folder, ChildProcess.Outcome Pack)> Packed = new(Pack, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string CliProjectFolder => Path.Combine(RepoPaths.Root, "src", "StaticKpi.Cli");

    /// <summary>The package's version, read from Directory.Build.props (the one place it is written).</summary>
    public static string Version { get; } =
        XDocument.Load(Path.Combine(RepoPaths.Root, "Directory.Build.props")).Descendants("Version").Single().Value;

    /// <summary>The folder holding the packed .nupkg: a feed for 'dotnet tool install --add-source'.</summary>
    public static string Feed => Packed.Value.Folder;

    public static string Package => Path.Combine(Feed, $"StaticKpi.Tool.{Version}.nupkg");

    /// <summary>What 'dotnet pack' printed and its exit code.</summary>
    public static ChildProcess.Outcome PackOutcome => Packed.Value.Pack;

    /// <summary>A NuGet package folder for one test's child processes (see <see cref="ChildProcess.DotnetEnvironment"/>).</summary>
    public static string NewPackagesFolder() => Path.Combine(Scratch, "nuget-" + Guid.NewGuid().ToString("N"));

    private static string Scratch { get; } = Path.Combine(Path.GetTempPath(), "statickpi-tests", "packed-" + Guid.NewGuid().ToString("N"));

    private static (string, ChildProcess.Outcome) Pack()
    {
        var feed = Path.Combine(Scratch, "feed");
        Directory.CreateDirectory(feed);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteScratch();
        // The configuration this test assembly was built in is the one the command line was built in beside it.
        var configuration = typeof(PackedTool).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var outcome = ChildProcess.Run(
            "dotnet", ["pack", CliProjectFolder, "--configuration", configuration, "--no-build", "--output", feed],
            RepoPaths.Root, ChildProcess.DotnetEnvironment(NewPackagesFolder()), TimeSpan.FromMinutes(2));
        Assert.True(outcome.ExitCode == 0, $"dotnet pack failed:\n{outcome.Output}{outcome.Errors}");
        return (feed, outcome);
    }

    private static void DeleteScratch()
    {
        try
        {
            Directory.Delete(Scratch, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder must not fail the test run.
        }
    }
}

using System.Diagnostics;
using System.Security.Cryptography;

namespace StaticKpi.Tests.EndToEnd.Security;

/// <summary>What the output tests share: a site's files by hash, and the real command line run as a child process.</summary>
internal static class OutputTestSupport
{
    /// <summary>Every file under <paramref name="root"/> by relative path, with its SHA-256; empty when the folder is missing.</summary>
    public static SortedDictionary<string, string> Snapshot(string root)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(root))
        {
            return files;
        }

        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            files[Path.GetRelativePath(root, file).Replace('\\', '/')] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
        }

        return files;
    }

    public static bool Same(SortedDictionary<string, string> one, SortedDictionary<string, string> two) =>
        one.Count == two.Count && one.All(pair => two.TryGetValue(pair.Key, out var hash) && hash == pair.Value);

    /// <summary>The names in <paramref name="folder"/>, sorted.</summary>
    public static List<string> Entries(string folder) =>
        [.. Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    /// <summary>
    /// The names in <paramref name="folder"/>, sorted, but for the build cache's folders: a build made with the command
    /// keeps its cache beside its output on purpose (<c>BuildOptions.CacheBeside</c>).
    /// </summary>
    public static List<string> Leftovers(string folder) => [.. Entries(folder).Where(n => !n.EndsWith(".statickpi-cache", StringComparison.Ordinal))];

    /// <summary>Starts <c>dotnet StaticKpi.Cli.dll ARGS</c>, the command line exactly as users run it, in its own process.</summary>
    public static Process StartCli(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "StaticKpi.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("STATICKPI_TEST_SWAP");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }

    /// <summary>Runs the command line to the end: its exit code, standard output and standard error.</summary>
    public static (int ExitCode, string Stdout, string Stderr) RunCli(IEnumerable<string> args,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        using var process = StartCli(args, environment);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill();
            throw new TimeoutException("The command line did not finish within two minutes.");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>SIGKILL on Linux and macOS: no finally block, no clean-up, as when a CI runner is cancelled.</summary>
    public static void KillHard(Process process)
    {
        try
        {
            process.Kill();
        }
        catch (InvalidOperationException)
        {
            // It had already exited.
        }

        process.WaitForExit();
    }
}

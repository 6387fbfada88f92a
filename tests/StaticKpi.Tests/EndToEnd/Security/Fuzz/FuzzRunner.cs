using StaticKpi.Cli;

namespace StaticKpi.Tests.EndToEnd.Security.Fuzz;

/// <summary>A failed case: every problem found, and the mutations that made them.</summary>
internal sealed class FuzzCaseFailure(IReadOnlyList<string> problems, string description)
    : Exception($"{problems.Count} problem(s):\n  " + string.Join("\n  ", problems) + "\n" + description)
{
    public IReadOnlyList<string> Problems { get; } = problems;

    public string Description { get; } = description;
}

/// <summary>
/// Runs one <see cref="FuzzCase"/> end to end: writes the mutated site over a previous good build, runs the real
/// <c>statickpi build</c> and <c>statickpi validate</c> in-process, and judges the exit codes, what they printed,
/// what they wrote and where (see <see cref="CliOutput"/>, <see cref="ExpectedFailures"/>, <see cref="OutputInspector"/>).
/// </summary>
internal static class FuzzRunner
{
    /// <summary>A build of the unmutated site, copied into each case's output first, so a failed build must keep it.</summary>
    private static readonly Lazy<(string Directory, SortedDictionary<string, string> Hashes)> Baseline = new(BuildBaseline);

    /// <summary>Seconds spent in each phase of the cases so far, to show where a run's time goes.</summary>
    public static readonly PhaseTimes Times = new();

    /// <summary>Throws <see cref="FuzzCaseFailure"/> naming every problem the case found.</summary>
    public static void Check(FuzzCase fuzzCase, TimeSpan timeout)
    {
        var (site, steps) = fuzzCase.Apply();
        var description = $"marker {fuzzCase.Marker}; mutations:\n  " + string.Join("\n  ", steps);
        var problems = Run(site, fuzzCase.Marker, timeout, out var hung);
        if (problems.Count > 0)
        {
            throw new FuzzCaseFailure(problems, description + (hung ? "\n(the hung build's folders were left in place)" : ""));
        }
    }

    public static List<string> Run(FuzzSite site, string marker, TimeSpan timeout, out bool hung)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var folder = CaseFolder.Create(site, marker);
        hung = false;
        try
        {
            TempSite.CopyDirectory(Baseline.Value.Directory, folder.Output);
            var sourceBefore = CaseFolder.Hashes(folder.Source);
            var problems = new List<string>();
            Times.Add("set-up", clock);

            var build = Cli(["build", "--source", folder.Source, "--output", folder.Output], timeout);
            Times.Add("build", clock);
            var validate = build is null ? null : Cli(["validate", "--source", folder.Source], timeout);
            Times.Add("validate", clock);
            if (build is null || validate is null)
            {
                hung = true;
                return [$"hang: {(build is null ? "build" : "validate")} ran for more than {timeout.TotalSeconds:N0} s"];
            }

            problems.AddRange(CliOutput.Check(build, site, folder.Source));
            problems.AddRange(CliOutput.Check(validate, site, folder.Source));
            if (build.ExitCode != validate.ExitCode && build.ExitCode is 0 or 1 && validate.ExitCode is 0 or 1)
            {
                problems.Add($"validate disagrees with build: build exited {build.ExitCode}, validate {validate.ExitCode}");
            }

            if (build.ExitCode == 0)
            {
                problems.AddRange(ExpectedFailures.Of(site).Select(reason => $"accepted bad content: {reason}"));
            }

            problems.AddRange(Placement(folder, sourceBefore, marker, build.ExitCode));
            Times.Add("checks", clock);
            if (build.ExitCode == 0 && Directory.Exists(folder.Output))
            {
                problems.AddRange(OutputInspector.Inspect(folder.Output, marker));
            }

            Times.Add("output inspection", clock);
            return problems;
        }
        finally
        {
            if (!hung)
            {
                folder.Dispose();
            }

            Times.Add("clean-up", clock);
        }
    }

    /// <summary>
    /// Where the build wrote: nothing outside the output folder (no new entry beside the site or the output, nothing
    /// named with the marker in the temporary folder), the source untouched, and after a failure the old site whole.
    /// </summary>
    private static IEnumerable<string> Placement(CaseFolder folder, SortedDictionary<string, string> sourceBefore, string marker, int exitCode)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder.Root).Select(Path.GetFileName))
        {
            if (!CaseFolder.RootEntries.Contains(entry))
            {
                yield return $"wrote outside the output: {Payload.Show(entry!)} appeared beside the site";
            }
        }

        foreach (var entry in Directory.EnumerateFileSystemEntries(folder.Root, "*", SearchOption.AllDirectories)
                     .Concat(Directory.EnumerateFileSystemEntries(Path.GetTempPath()))
                     .Concat(Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(CaseFolder.Parent)!))
                     .Where(e => e.Contains(marker, StringComparison.OrdinalIgnoreCase)
                         && !e.StartsWith(folder.Output + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                         && !e.StartsWith(folder.Source + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
        {
            yield return $"wrote outside the output: {Payload.Show(entry)}";
        }

        // The folders between the case folder and the output hold only the way down to it.
        foreach (var (between, only) in new[] { (Path.Combine(folder.Root, "out"), "a"), (Path.Combine(folder.Root, "out", "a"), "b") })
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(between).Select(Path.GetFileName).Where(n => n != only))
            {
                yield return $"wrote outside the output: {Payload.Show(entry!)} appeared above the output folder";
            }
        }

        // The build cache's folder beside the output is kept on purpose; anything else is a leftover.
        var others = Directory.EnumerateFileSystemEntries(folder.OutputParent).Select(Path.GetFileName)
            .Where(n => n is not "_site" and not "._site.statickpi-cache").ToList();
        if (others.Count > 0)
        {
            yield return $"left beside the output: {string.Join(", ", others.Select(o => Payload.Show(o!)))}";
        }

        if (!sourceBefore.SequenceEqual(CaseFolder.Hashes(folder.Source)))
        {
            yield return "source changed: the build changed, added or removed a file in the site folder";
        }

        if (exitCode != 0 && !Baseline.Value.Hashes.SequenceEqual(CaseFolder.Hashes(folder.Output)))
        {
            yield return "old site not kept: after a failed build the output is not the previous site";
        }
        else if (exitCode == 0 && !File.Exists(Path.Combine(folder.Output, "index.html")))
        {
            yield return "no site: the build succeeded but the output has no index.html";
        }
    }

    /// <summary>The command line in-process on its own thread; null when it runs past <paramref name="timeout"/> (left running).</summary>
    private static CliRun? Cli(string[] args, TimeSpan timeout)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var run = Task.Factory.StartNew(() => StatickpiCli.Run(args, stdout, stderr, _ => null), TaskCreationOptions.LongRunning);
        try
        {
            if (!run.Wait(timeout))
            {
                return null;
            }
        }
        catch (AggregateException ex)
        {
            // StatickpiCli.Run catches everything; an exception here escaped it.
            return new CliRun(args[0], -1, stdout.ToString(), stderr + $"\nException escaped the command line: {ex.InnerException}");
        }

        return new CliRun(args[0], run.Result, stdout.ToString(), stderr.ToString());
    }

    private static (string, SortedDictionary<string, string>) BuildBaseline()
    {
        var directory = Path.Combine(CaseFolder.Parent, "baseline-" + Guid.NewGuid().ToString("N"));
        var source = Path.Combine(directory, "site");
        var output = Path.Combine(directory, "_site");
        FuzzSite.Original.WriteTo(source);
        var exit = StatickpiCli.Run(["build", "--source", source, "--output", output], TextWriter.Null, TextWriter.Null, _ => null);
        if (exit != 0)
        {
            throw new InvalidOperationException($"The unmutated fixture did not build (exit {exit}).");
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteQuietly(directory);
        return (output, CaseFolder.Hashes(output));
    }

    private static void DeleteQuietly(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>Wall time by phase, summed over cases (thread-safe; each <see cref="Add"/> restarts the clock).</summary>
internal sealed class PhaseTimes
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, double> _seconds = new(StringComparer.Ordinal);

    public void Add(string phase, System.Diagnostics.Stopwatch clock)
    {
        _seconds.AddOrUpdate(phase, clock.Elapsed.TotalSeconds, (_, total) => total + clock.Elapsed.TotalSeconds);
        clock.Restart();
    }

    public string Describe() => string.Join(", ", _seconds.Select(p => $"{p.Key} {p.Value:N1} s"));
}

using System.Diagnostics;
using System.Globalization;
using System.Text;
using CsCheck;

namespace StaticKpi.Tests.EndToEnd.Security.Fuzz;

/// <summary>
/// How many cases to run and from which seed. The test run uses the defaults (500 cases from a fixed seed, the same
/// cases every time); <c>bench/fuzz.sh</c> sets the environment for a long run.
/// </summary>
/// <param name="CaseSeed">One case's seed (as a failure report prints it): run that case alone.</param>
/// <param name="Deep">Also nest 100,000 deep, which overflows the stack and kills the test host on today's code (finding 3).</param>
/// <param name="ReportPath">Where to write every failure, not only the first few of each kind.</param>
internal sealed record FuzzSettings(int Cases, string Seed, string? CaseSeed, bool Deep, TimeSpan Timeout, string? ReportPath)
{
    public const int DefaultCases = 500;

    /// <summary>A CsCheck seed (twelve characters of 0-9, a-z, A-Z, _ and -).</summary>
    public const string DefaultSeed = "0fuzzSKPI120";

    public static FuzzSettings FromEnvironment()
    {
        static string? Variable(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
        return new FuzzSettings(
            int.Parse(Variable("STATICKPI_FUZZ_CASES") ?? DefaultCases.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
            Variable("STATICKPI_FUZZ_SEED") ?? DefaultSeed,
            Variable("STATICKPI_FUZZ_CASE_SEED"),
            Variable("STATICKPI_FUZZ_DEEP") == "1",
            TimeSpan.FromSeconds(int.Parse(Variable("STATICKPI_FUZZ_TIMEOUT_S") ?? "60", CultureInfo.InvariantCulture)),
            Variable("STATICKPI_FUZZ_REPORT"));
    }
}

/// <summary>One failed case: its CsCheck seed (which alone reproduces it), its problems and its mutations.</summary>
internal sealed record FuzzFailure(string Seed, IReadOnlyList<string> Problems, string Description);

/// <summary>The result of a run: how many cases, how long, and every failure.</summary>
/// <param name="Cpu">Processor time of the whole test process over the run (both cores count), so a busy machine's figures can be judged.</param>
internal sealed record FuzzReport(FuzzSettings Settings, int Cases, TimeSpan Elapsed, TimeSpan Cpu, IReadOnlyList<FuzzFailure> Failures)
{
    public double CasesPerSecond => Cases / Math.Max(Elapsed.TotalSeconds, 0.001);

    /// <summary>The kind of a problem: its text before the first colon.</summary>
    public static string KindOf(string problem) => problem[..Math.Max(0, problem.IndexOf(':', StringComparison.Ordinal))];

    /// <summary>Counts by kind, then up to <paramref name="examples"/> failures of each kind with their seeds and mutations.</summary>
    public string Summary(int examples)
    {
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture,
                $"{Cases:N0} cases from seed {Settings.Seed} in {Elapsed.TotalSeconds:N1} s ({CasesPerSecond:N2} cases/s, " +
                $"{Cpu.TotalSeconds:N1} s of processor time); {Failures.Count:N0} failed.")
            .AppendLine(CultureInfo.InvariantCulture, $"Time by phase: {FuzzRunner.Times.Describe()}.");
        var kinds = Failures.SelectMany(f => f.Problems.Select(KindOf).Distinct().Select(k => (Kind: k, Failure: f)))
            .GroupBy(x => x.Kind).OrderByDescending(g => g.Count());
        foreach (var kind in kinds)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"\n== {kind.Key}: {kind.Count():N0} case(s)");
            foreach (var (_, failure) in kind.OrderBy(x => x.Failure.Description.Length).Take(examples))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"-- seed {failure.Seed} (rerun alone: STATICKPI_FUZZ_CASE_SEED={failure.Seed})")
                    .AppendLine("  " + string.Join("\n  ", failure.Problems.Where(p => KindOf(p) == kind.Key).Take(5)))
                    .AppendLine("  " + failure.Description.Replace("\n", "\n  ", StringComparison.Ordinal));
            }
        }

        return text.ToString();
    }
}

/// <summary>
/// Runs the cases. Each case has its own CsCheck seed, drawn in order from the run's seed, and is run with CsCheck's
/// <c>Sample</c> (one iteration from that seed), so any case can be rerun alone from the seed a report prints, and a
/// run goes on past a failure to report every kind of problem rather than only the first.
/// </summary>
internal static class FuzzCampaign
{
    public static FuzzReport Run(FuzzSettings settings, Action<string> progress)
    {
        var cases = FuzzGen.Cases(settings.Deep);
        List<string> seeds = settings.CaseSeed is { } one ? [one] : CaseSeeds(settings.Seed, settings.Cases);
        var failures = new List<FuzzFailure>();
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < seeds.Count; i++)
        {
            try
            {
                cases.Sample(c => FuzzRunner.Check(c, settings.Timeout), seed: seeds[i], iter: 1, threads: 1, print: c => c.Describe());
            }
            catch (CsCheckException ex)
            {
                failures.Add(ex.InnerException is FuzzCaseFailure failure
                    ? new FuzzFailure(seeds[i], failure.Problems, failure.Description)
                    : new FuzzFailure(seeds[i], [$"harness error: {ex.InnerException?.GetType().Name}: {ex.InnerException?.Message}"], ex.Message));
            }

            if ((i + 1) % 100 == 0)
            {
                progress($"{i + 1:N0} cases, {failures.Count:N0} failed, {clock.Elapsed.TotalSeconds:N0} s");
            }
        }

        var report = new FuzzReport(settings, seeds.Count, clock.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu, failures);
        if (settings.ReportPath is { } path)
        {
            File.WriteAllText(path, report.Summary(examples: int.MaxValue));
        }

        return report;
    }

    /// <summary>The seeds of a run's cases: the same list for the same run seed, on every machine.</summary>
    public static List<string> CaseSeeds(string runSeed, int count)
    {
        var run = PCG.Parse(runSeed);
        return [.. Enumerable.Range(0, count).Select(_ => new PCG(run.Stream, run.Next64()).ToString())];
    }
}

using System.Diagnostics;
using StaticKpi.Output;
using StaticKpi.SiteGenerator;
using Xunit.Abstractions;
using static StaticKpi.Tests.EndToEnd.Security.OutputTestSupport;

namespace StaticKpi.Tests.EndToEnd.Security;

/// <summary>
/// A build killed at any moment leaves a whole site at the output path, old or new, and the next build clears away
/// what it left. Real processes, killed with SIGKILL, so no clean-up code of theirs runs.
/// </summary>
public sealed class OutputCrashSafetyTests(ITestOutputHelper log)
{
    private const string Organisation = "organisation: Synthetic County Council";

    // Issue 12, finding 5: kills at random (seeded) moments; after each, the output is exactly the old site or exactly
    // the new one, and the next build leaves no staging or previous folders.
    [Fact]
    public void A_build_killed_at_random_moments_leaves_the_old_or_the_new_site_whole_and_the_next_build_clears_up()
    {
        using var folder = new TempFolder();
        var source = SyntheticSite.Write(new SiteSpec(Indicators: 12, Periods: 4, Committees: 2, Seed: 5), folder.Combine("site")).Directory;
        var output = folder.Combine("out");
        var clock = Stopwatch.StartNew();
        Assert.Equal(0, RunCli(BuildArgs(source, output)).ExitCode);
        var buildTime = clock.Elapsed;
        var old = Snapshot(output);
        var random = new Random(20240312);
        var outcomes = new List<string>();
        for (var round = 1; round <= 5; round++)
        {
            SetOrganisation(source, $"round {round}");
            string when;
            using (var killed = StartCli(BuildArgs(source, output)))
            {
                if (round % 2 == 1)
                {
                    // Any moment from start-up to past the end, scaled by the last whole build (the machine may be busy).
                    var delay = buildTime * (0.1 + (random.NextDouble() * 1.0));
                    Thread.Sleep(delay);
                    when = $"{delay.TotalMilliseconds:0} ms after start";
                }
                else
                {
                    // While it writes, swaps or deletes: once its staging folder exists, at once or a little later.
                    var extra = round == 2 ? TimeSpan.Zero : buildTime * (random.NextDouble() * 0.6);
                    var waited = Stopwatch.StartNew();
                    while (!killed.HasExited && !Directory.EnumerateDirectories(folder.Path, ".out.staging-*").Any())
                    {
                        Assert.True(waited.Elapsed < TimeSpan.FromMinutes(1), "The build never made its staging folder.");
                        Thread.Sleep(5);
                    }

                    Thread.Sleep(extra);
                    when = $"{extra.TotalMilliseconds:0} ms after staging began";
                }

                KillHard(killed);
            }

            var afterKill = Snapshot(output);
            var leftBehind = Leftovers(folder.Path).Except(["out", "site"]).ToList();

            clock.Restart();
            var (exit, _, stderr) = RunCli(BuildArgs(source, output));
            buildTime = clock.Elapsed;
            Assert.True(exit == 0, stderr);
            var fresh = Snapshot(output);
            Assert.False(Same(old, fresh));
            var outcome = Same(afterKill, old) ? "old" : Same(afterKill, fresh) ? "new" : null;
            Assert.True(outcome is not null,
                $"Round {round}: after a kill {when} the output held {afterKill.Count} files, " +
                $"neither the old site ({old.Count}) nor the new one ({fresh.Count}).");
            Assert.Equal(["out", "site"], Leftovers(folder.Path));
            outcomes.Add($"{when}: {outcome}, left [{string.Join(", ", leftBehind.Select(n => n[..n.LastIndexOf('-')]).Distinct())}]");
            old = fresh;
        }

        log.WriteLine($"The last whole build took {buildTime.TotalMilliseconds:0} ms; kills: {string.Join("; ", outcomes)}");
        // Round 2 kills as soon as the staging folder exists, so at least that round left folders for the next build.
        Assert.Contains(outcomes, o => o.Contains("left [.out.staging", StringComparison.Ordinal));
    }

    // Issue 12, finding 5: the two-rename swap (used where renameat2 cannot exchange), killed exactly between its
    // renames: no site at the output path; the next build, even one that fails on content, puts the complete new site
    // there and deletes the rest.
    [Fact]
    public void A_build_killed_between_the_two_renames_is_recovered_by_the_next_build()
    {
        using var folder = new TempFolder();
        var source = folder.CopyFrom(TempSite.MinimalFixture, "site");
        var output = folder.Combine("out");
        Assert.Equal(0, RunCli(BuildArgs(source, output)).ExitCode);
        File.WriteAllText(Path.Combine(source, "site.config.yaml"),
            File.ReadAllText(Path.Combine(source, "site.config.yaml")).Replace("title: ", "title: New ", StringComparison.Ordinal));
        Assert.Equal(0, RunCli(BuildArgs(source, folder.Combine("expected"))).ExitCode);
        var expected = Snapshot(folder.Combine("expected"));

        using (var paused = StartCli(BuildArgs(source, output), new Dictionary<string, string> { ["STATICKPI_TEST_SWAP"] = "rename-pause" }))
        {
            var waited = Stopwatch.StartNew();
            while (!(Directory.Exists(output) is false && Directory.EnumerateDirectories(folder.Path, "out.previous-*").Any()))
            {
                Assert.True(waited.Elapsed < TimeSpan.FromMinutes(1) && !paused.HasExited, "The build never reached the gap between the renames.");
                Thread.Sleep(20);
            }

            KillHard(paused);
        }

        var staging = Assert.Single(Directory.EnumerateDirectories(folder.Path, ".out.staging-*"));
        Assert.Single(Directory.EnumerateDirectories(folder.Path, "out.previous-*"));
        Assert.False(Directory.Exists(output));

        File.WriteAllText(Path.Combine(source, "content", "indicators", "999-broken.yaml"), "id: [\n");
        var (exit, _, _) = RunCli(BuildArgs(source, output));

        Assert.Equal(1, exit);
        Assert.True(Same(expected, Snapshot(output)), "The output is not the complete new site.");
        Assert.Equal(["expected", "out", "site"], Leftovers(folder.Path));
        Assert.False(Directory.Exists(staging));
    }

    // Issue 12, finding 5: with no complete staging folder, the previous site is what goes back.
    [Fact]
    public void Without_a_complete_staging_folder_the_previous_site_is_moved_back()
    {
        using var site = TempSite.FromMinimal();
        Assert.True(site.Build().Succeeded);
        var old = Snapshot(site.Output);
        Directory.Move(site.Output, Path.Combine(site.OutputParent, "_site.previous-4242-0badc0de"));
        var staging = Path.Combine(site.OutputParent, "._site.staging-4242-0badc0de");
        Directory.CreateDirectory(Path.Combine(staging, "half"));
        File.WriteAllText(Path.Combine(staging, "half", "index.html"), "<p>half");
        File.WriteAllText(staging + ".lock", "");

        site.Write("content/indicators/999-broken.yaml", "id: [\n");
        Assert.False(site.Build().Succeeded);

        Assert.True(Same(old, Snapshot(site.Output)));
        Assert.Equal(["_site"], Leftovers(site.OutputParent));
    }

    // Issue 12, finding 5: folders are judged by their lock, never by process id: a running build's are left alone,
    // and folders named after a live process id (ours) but with no lock are cleared, as process ids are reused.
    [Fact]
    public void Stale_folders_are_told_from_a_running_builds_by_its_lock_not_by_process_id()
    {
        using var site = TempSite.FromMinimal();
        var running = Path.Combine(site.OutputParent, "._site.staging-1-0000abcd");
        Directory.CreateDirectory(running);
        using var lockOfRunning = FolderLock.TryCreate(running + ".lock");
        Assert.NotNull(lockOfRunning);
        var reusedId = Path.Combine(site.OutputParent, $"._site.staging-{Environment.ProcessId}");
        Directory.CreateDirectory(Path.Combine(reusedId, "assets"));
        var deadWithLockFile = Path.Combine(site.OutputParent, "_site.previous-77-12345678");
        Directory.CreateDirectory(deadWithLockFile);
        File.WriteAllText(Path.Combine(site.OutputParent, "._site.staging-77-12345678.lock"), "");
        var unrelated = Path.Combine(site.OutputParent, "._site.staging-notes");
        Directory.CreateDirectory(unrelated);

        Assert.True(site.Build().Succeeded);

        Assert.Equal(["._site.staging-1-0000abcd", "._site.staging-1-0000abcd.lock", "._site.staging-notes", "_site"], Entries(site.OutputParent));
        lockOfRunning.Dispose();
        Assert.True(site.Build().Succeeded);
        Assert.Equal(["._site.staging-notes", "_site"], Entries(site.OutputParent));
    }

    private static string[] BuildArgs(string source, string output) => ["build", "--source", source, "--output", output];

    private static void SetOrganisation(string source, string suffix)
    {
        var config = Path.Combine(source, "site.config.yaml");
        var lines = File.ReadAllLines(config).Select(l => l.StartsWith(Organisation, StringComparison.Ordinal) ? $"{Organisation} {suffix}" : l);
        File.WriteAllText(config, string.Join("\n", lines) + "\n");
    }
}

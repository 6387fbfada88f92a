using System.Collections.Concurrent;
using StaticKpi.Cli.Serve;

namespace StaticKpi.Tests.Cli.Serve;

/// <summary>The preview's watcher: file events debounced into batches of changed paths relative to the site folder.</summary>
public sealed class SourceWatcherTests
{
    private const string Commentary = "content/commentary/101/2024-25-q3.md";
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(500);

    [Fact]
    public async Task The_events_of_one_save_arrive_as_one_batch_after_the_default_debounce()
    {
        // An editor's save: often a truncate and one or two writes a few microseconds apart.
        var batches = await SaveWithTheDefaultDebounceAsync(site =>
        {
            var path = site.PathOf(Commentary);
            File.WriteAllText(path, "## Commentary\nFirst.\n");
            File.AppendAllText(path, "Second.\n");
            File.AppendAllText(path, "Third.\n");
        });

        Assert.Equal([[Commentary]], batches);
    }

    [Fact]
    public async Task A_save_through_a_temporary_file_reports_both_names_in_one_batch()
    {
        var batches = await SaveWithTheDefaultDebounceAsync(site =>
        {
            var temporary = site.PathOf(Commentary + ".tmp");
            File.WriteAllText(temporary, "## Commentary\nSaved safely.\n");
            File.Move(temporary, site.PathOf(Commentary), overwrite: true);
        });

        Assert.Equal([[Commentary, Commentary + ".tmp"]], batches);
    }

    [Fact]
    public async Task Files_outside_the_configuration_content_and_themes_are_not_reported()
    {
        using var site = TempSite.FromMinimal();
        var batches = new ConcurrentQueue<IReadOnlyCollection<string>>();
        using var watcher = new SourceWatcher(site.Source, new ServeOptions(site.Source).Debounce, batches.Enqueue);

        site.Write("README.md", "Notes.\n");
        site.Write("_site/index.html", "<p>Built elsewhere.</p>\n");
        await Task.Delay(Quiet);
        Assert.Empty(batches);

        site.Replace("site.config.yaml", "title: Test scorecards", "title: Test scorecards 2");

        await WaitForBatchesAsync(batches, 1);
        Assert.Equal([["site.config.yaml"]], batches.Select(b => b.ToArray()));
    }

    /// <summary>
    /// Saves in a new copy of the site and returns the batches the watcher reports, each in order. On a loaded machine
    /// the save's own writes, or the watcher's event thread, can be held up longer than the 50 ms debounce, which
    /// rightly splits the save; so a save that came as more than one batch is tried again, up to three times in all.
    /// A watcher that does not wait for the quiet reports every event on its own, every time.
    /// </summary>
    private static async Task<string[][]> SaveWithTheDefaultDebounceAsync(Action<TempSite> save)
    {
        string[][] batches = [];
        for (var attempt = 1; attempt <= 3 && batches.Length != 1; attempt++)
        {
            using var site = TempSite.FromMinimal();
            var reported = new ConcurrentQueue<IReadOnlyCollection<string>>();
            using var watcher = new SourceWatcher(site.Source, new ServeOptions(site.Source).Debounce, reported.Enqueue);
            save(site);
            await WaitForBatchesAsync(reported, 1);
            await Task.Delay(Quiet);
            batches = [.. reported.Select(b => b.Order(StringComparer.Ordinal).ToArray())];
        }

        return batches;
    }

    private static async Task WaitForBatchesAsync(ConcurrentQueue<IReadOnlyCollection<string>> batches, int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (batches.Count < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for {count} batch(es) of changes.");
            await Task.Delay(10);
        }
    }
}

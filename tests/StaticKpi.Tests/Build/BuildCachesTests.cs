using StaticKpi.Build;
using Xunit.Abstractions;

namespace StaticKpi.Tests.Build;

/// <summary>Measures the whole process's managed memory, so it runs alone, after the tests that run in parallel.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasurements
{
    public const string Name = "Memory measurements";
}

/// <summary>
/// The build's caches live as long as the build: the preview's incremental updates each start from new, empty
/// caches and let go of the last ones, so <c>statickpi serve</c> does not grow with every edit.
/// </summary>
[Collection(MemoryMeasurements.Name)]
public sealed class BuildCachesTests(ITestOutputHelper output)
{
    private const string Commentary101 = "content/commentary/101/2024-25-q3.md";

    [Fact]
    public void Two_hundred_commentary_edits_in_the_preview_keep_the_caches_and_the_managed_memory_the_same_size()
    {
        using var site = TempSite.FromMinimal();
        var build = new IncrementalBuild(site.Source);
        Assert.True(build.Full(Path.Combine(site.Root, "preview")).Succeeded);
        var text = site.Read(Commentary101);

        var counts = new List<(int Charts, int Pages, int Render)>();
        // Four windows of forty edits after the first forty, eight readings each.
        var windows = Enumerable.Range(0, 4).Select(_ => new List<long>()).ToArray();
        WeakReference? previousCaches = null;
        for (var edit = 1; edit <= 200; edit++)
        {
            site.Write(Commentary101, text.Replace("after 10 days", $"after {edit + 10} days", StringComparison.Ordinal));
            var result = build.Update([Commentary101]);
            Assert.True(result.Succeeded);
            Assert.Equal(3, result.PagesWritten);
            var caches = build.Caches!;
            counts.Add((caches.Charts.Count, caches.Pages.Count, caches.Render.Count));
            if (edit % 10 == 0)
            {
                // The caches of an earlier update are unreachable once a later one has replaced them.
                Assert.False(previousCaches is not null && IsAliveAfterCollection(previousCaches), $"caches kept after edit {edit}");
                previousCaches = new WeakReference(caches);
            }

            if (edit % 5 == 0 && edit > 40)
            {
                windows[(edit - 41) / 40].Add(ManagedMemoryAfterCollection());
            }
        }

        foreach (var (window, readings) in windows.Select((readings, i) => (i, readings)))
        {
            output.WriteLine($"memory after a collection at edits {45 + (window * 40)}-{80 + (window * 40)}: " +
                $"{string.Join(", ", readings.Select(b => b.ToString("N0")))} B");
        }

        // Every update's caches hold what its three pages needed: the chart point texts of indicator 101's two
        // periods and the views and partial texts of its history, the same after every edit.
        Assert.Equal([(7, 13, 26)], counts.Distinct());
        // A leak raises the floor of every window over the one before; the test host does not, in a full run: after a
        // full collection it still holds, or not, buffers that pools and other tests' leftover work keep for a while, so
        // single readings flip between two levels about 620 KiB apart (59.74 / 60.37 / 59.74 MB in one CI run), and the
        // floor rises in one-off steps (+544 KiB once between edits 10 and 20, flat after). So: the lowest reading of
        // each window, and the middle of the three rises between windows. Measured alone, each rise is under 4 KiB;
        // before the caches were the build's, the renderer's partial cache grew ~4 KiB with every edit, ~160 KiB a window.
        var floors = windows.Select(readings => readings.Min()).ToArray();
        var rises = floors.Skip(1).Zip(floors, (later, earlier) => later - earlier).Order().ToArray();
        Assert.InRange(rises[1], long.MinValue, 96 * 1024);
    }

    [Fact]
    public void An_update_replaces_the_caches_and_disposes_of_the_rendering_threads_state_of_the_build_before()
    {
        using var site = TempSite.FromMinimal();
        var build = new IncrementalBuild(site.Source);
        Assert.True(build.Full(Path.Combine(site.Root, "preview")).Succeeded);
        var whole = build.Caches!;

        site.Replace(Commentary101, "after 10 days", "after 5 days");
        Assert.True(build.Update([Commentary101]).Succeeded);

        Assert.NotSame(whole, build.Caches);
        Assert.Throws<ObjectDisposedException>(() => whole.Render.States.Value);
    }

    private static bool IsAliveAfterCollection(WeakReference reference)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return reference.IsAlive;
    }

    private static long ManagedMemoryAfterCollection()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}

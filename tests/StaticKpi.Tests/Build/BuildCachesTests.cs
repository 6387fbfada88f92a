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
        long atEdit20 = 0;
        long atEdit200 = 0;
        for (var edit = 1; edit <= 200; edit++)
        {
            site.Write(Commentary101, text.Replace("after 10 days", $"after {edit + 10} days", StringComparison.Ordinal));
            var result = build.Update([Commentary101]);
            Assert.True(result.Succeeded);
            Assert.Equal(3, result.PagesWritten);
            var caches = build.Caches!;
            counts.Add((caches.Charts.Count, caches.Pages.Count, caches.Render.Count));
            if (edit == 20)
            {
                atEdit20 = ManagedMemoryAfterCollection();
            }
            else if (edit == 200)
            {
                atEdit200 = ManagedMemoryAfterCollection();
            }
        }

        output.WriteLine($"memory after a collection at edit 20: {atEdit20:N0} B, at edit 200: {atEdit200:N0} B");
        // Every update's caches hold what its three pages needed: the chart point texts of indicator 101's two
        // periods and the views and partial texts of its history, the same after every edit.
        Assert.Equal([(7, 13, 26)], counts.Distinct());
        // Measured: 15,536,064 B at edit 20 and 15,745,744 B at edit 200 (+205 KiB, in two steps of ~115 KiB with
        // flat stretches between, not per edit); before the caches were the build's, the renderer's partial cache
        // grew ~4 KiB with every edit (17,357,216 B to 18,106,960 B, +732 KiB).
        Assert.InRange(atEdit200 - atEdit20, long.MinValue, 512 * 1024);
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

    private static long ManagedMemoryAfterCollection()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}

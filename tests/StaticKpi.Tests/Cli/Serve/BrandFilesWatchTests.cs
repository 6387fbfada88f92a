using System.Collections.Concurrent;
using StaticKpi.Cli.Serve;

namespace StaticKpi.Tests.Cli.Serve;

/// <summary>The preview rebuilds when a branding file (logo, favicon, stylesheet in the site's assets/ folder) changes.</summary>
public sealed class BrandFilesWatchTests
{
    [Fact]
    public async Task A_changed_file_in_the_assets_folder_is_reported()
    {
        using var site = TempSite.FromMinimal();
        site.Write("assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        var batches = new ConcurrentQueue<IReadOnlyCollection<string>>();
        using var watcher = new SourceWatcher(site.Source, new ServeOptions(site.Source).Debounce, batches.Enqueue);

        File.WriteAllText(site.PathOf("assets/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>\n");

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (batches.IsEmpty)
        {
            Assert.True(DateTime.UtcNow < deadline, "Timed out waiting for the change.");
            await Task.Delay(10);
        }

        Assert.Equal([["assets/logo.svg"]], batches.Select(b => b.ToArray()));
    }
}

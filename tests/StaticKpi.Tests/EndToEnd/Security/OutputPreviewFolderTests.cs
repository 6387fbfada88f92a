using StaticKpi.Cli.Serve;
using StaticKpi.Output;
using static StaticKpi.Tests.EndToEnd.Security.OutputTestSupport;

namespace StaticKpi.Tests.EndToEnd.Security;

/// <summary>The preview's folders of builds are deleted on stop, and those of a killed preview by the next one.</summary>
public sealed class OutputPreviewFolderTests
{
    // Issue 12, finding 5: a killed `serve` left its temporary folder for ever. A folder beside the new preview's whose
    // lock can be taken belongs to a preview that has ended and is deleted; a running preview's folder and folders
    // without a preview's lock are not touched.
    [Fact]
    public async Task Starting_a_preview_deletes_the_folders_of_previews_that_were_killed()
    {
        using var site = TempSite.FromMinimal();
        var previews = Path.Combine(site.Root, "previews");
        var killed = Path.Combine(previews, "killed");
        Directory.CreateDirectory(Path.Combine(killed, "1", "assets"));
        File.WriteAllText(Path.Combine(killed, PreviewFolders.LockName), "");
        var running = Path.Combine(previews, "running");
        Directory.CreateDirectory(running);
        using var runningLock = FolderLock.TryCreate(Path.Combine(running, PreviewFolders.LockName));
        Assert.NotNull(runningLock);
        var someoneElses = Path.Combine(previews, "notes");
        Directory.CreateDirectory(someoneElses);

        var own = Path.Combine(previews, "own");
        await using (var server = await PreviewServer.StartAsync(new ServeOptions(site.Source, OutputDirectory: own)))
        {
            Assert.Equal(["notes", "own", "running"], Entries(previews));
            Assert.Equal([PreviewFolders.LockName, "1"], Entries(own));
        }

        Assert.Equal(["notes", "running"], Entries(previews));
    }

    // Issue 12, finding 1 (the same defect in serve): the preview deletes its folder when it stops, so a folder that
    // holds files but is not a preview's is refused before anything is built or deleted.
    [Fact]
    public async Task A_preview_refuses_a_folder_that_is_not_its_own()
    {
        using var site = TempSite.FromMinimal();

        var refused = await Assert.ThrowsAsync<IOException>(
            () => PreviewServer.StartAsync(new ServeOptions(site.Source, OutputDirectory: site.Source)));

        Assert.Equal($"The preview's folder {site.Source} is not empty and is not a preview's folder, so the preview will not use it.",
            refused.Message);
        Assert.Equal(["content", "site.config.yaml"], Entries(site.Source));
    }
}

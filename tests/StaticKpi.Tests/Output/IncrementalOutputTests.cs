using System.Text;
using StaticKpi.Output;

namespace StaticKpi.Tests.Output;

/// <summary>An existing site brought up to date in place: only changed files written, at the commit, and the rest kept.</summary>
public sealed class IncrementalOutputTests
{
    [Fact]
    public void Files_written_from_many_threads_into_new_folders_all_arrive_at_the_commit()
    {
        using var folder = new TempFolder();
        var site = MarkedSite(folder, []);

        using (var output = new IncrementalOutput(ExistingOutput.Read(site, new Dictionary<string, FileStamp>())!))
        {
            Parallel.For(0, 2000, i => output.WriteBytes($"f{i % 40}/g{i % 7}/{i}.html", Bytes(i)));
            output.Commit();
            Assert.Equal(2000, output.Changed);
        }

        Assert.All(Enumerable.Range(0, 2000), i => Assert.Equal(Bytes(i), File.ReadAllBytes(Path.Combine(site, $"f{i % 40}/g{i % 7}/{i}.html"))));
    }

    [Fact]
    public void A_commit_keeps_unchanged_files_replaces_changed_ones_and_deletes_the_rest_with_their_empty_folders()
    {
        using var folder = new TempFolder();
        var site = MarkedSite(folder, ["same.html", "changed.html", "gone/deep/old.html", "kept-unread.html"]);
        var sameTime = File.GetLastWriteTimeUtc(Path.Combine(site, "same.html"));
        var existing = ExistingOutput.Read(site, new Dictionary<string, FileStamp>())!;

        using (var output = new IncrementalOutput(existing))
        {
            output.WriteBytes("same.html", Encoding.UTF8.GetBytes("same.html"));
            output.WriteBytes("changed.html", "new bytes"u8);
            output.WriteBytes("new/page.html", "a new page"u8);
            output.Keep("kept-unread.html", existing.Files["kept-unread.html"].Hash);
            Assert.Equal("changed.html", File.ReadAllText(Path.Combine(site, "changed.html")));
            output.Commit();
            Assert.Equal(2, output.Changed);
        }

        Assert.Equal([".statickpi-output", "changed.html", "kept-unread.html", "new/page.html", "same.html"], FilesOf(site));
        Assert.Equal("new bytes", File.ReadAllText(Path.Combine(site, "changed.html")));
        Assert.Equal(sameTime, File.GetLastWriteTimeUtc(Path.Combine(site, "same.html")));
        Assert.False(Directory.Exists(Path.Combine(site, "gone")));
    }

    [Fact]
    public void Without_a_commit_the_site_is_left_as_it_was_and_nothing_is_left_beside_it()
    {
        using var folder = new TempFolder();
        var site = MarkedSite(folder, ["a.html", "b/c.html"]);

        using (var output = new IncrementalOutput(ExistingOutput.Read(site, new Dictionary<string, FileStamp>())!))
        {
            output.WriteBytes("a.html", "changed"u8);
            output.WriteBytes("d.html", "new"u8);
        }

        Assert.Equal([".statickpi-output", "a.html", "b/c.html"], FilesOf(site));
        Assert.Equal("a.html", File.ReadAllText(Path.Combine(site, "a.html")));
        Assert.Equal(["site"], Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Keeping_a_file_the_site_does_not_hold_with_those_bytes_is_refused()
    {
        using var folder = new TempFolder();
        var site = MarkedSite(folder, ["a.html"]);
        using var output = new IncrementalOutput(ExistingOutput.Read(site, new Dictionary<string, FileStamp>())!);

        var refused = Assert.Throws<InvalidOperationException>(() => output.Keep("a.html", ContentHash.Of("other bytes"u8)));

        Assert.Equal("The output has no file a.html with these bytes to keep.", refused.Message);
    }

    /// <summary>A StaticKpi output folder holding each named file, its text its own path.</summary>
    private static string MarkedSite(TempFolder folder, string[] files)
    {
        var site = folder.Combine("site");
        Directory.CreateDirectory(site);
        File.WriteAllBytes(Path.Combine(site, OutputMarker.FileName), OutputMarker.Bytes.ToArray());
        foreach (var file in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(site, file))!);
            File.WriteAllText(Path.Combine(site, file), file);
        }

        return site;
    }

    private static byte[] Bytes(int i) => Encoding.UTF8.GetBytes($"page {i}");

    private static List<string> FilesOf(string site) =>
        [.. Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
}

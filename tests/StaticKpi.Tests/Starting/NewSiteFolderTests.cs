using StaticKpi.Starting;

namespace StaticKpi.Tests.Starting;

/// <summary>Writing a new site never overwrites or deletes: existing files are kept, and git's own folder does not count.</summary>
public sealed class NewSiteFolderTests
{
    [Fact]
    public void A_folder_with_only_git_s_own_folder_counts_as_empty_and_a_missing_one_too()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Combine(".git"));

        Assert.Empty(NewSiteFolder.Contents(folder.Path));
        Assert.Empty(NewSiteFolder.Contents(folder.Combine("not-made-yet")));

        File.WriteAllText(folder.Combine("notes.txt"), "mine");
        Directory.CreateDirectory(folder.Combine(".github"));
        Assert.Equal([".github", "notes.txt"], NewSiteFolder.Contents(folder.Path));
    }

    [Fact]
    public void Files_already_there_are_kept_as_they_were_and_the_rest_written_in_utf8_without_a_byte_order_mark()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.Combine("README.md"), "Our own readme\n");

        var written = NewSiteFolder.Write(folder.Path, [new("README.md", "new\n"), new("content/a/b.md", "£1\n")]);

        Assert.Equal(["content/a/b.md"], written.Written);
        Assert.Equal(["README.md"], written.Kept);
        Assert.Equal("Our own readme\n", File.ReadAllText(folder.Combine("README.md")));
        Assert.Equal([0xC2, 0xA3, (byte)'1', (byte)'\n'], File.ReadAllBytes(folder.Combine("content/a/b.md")));
    }
}

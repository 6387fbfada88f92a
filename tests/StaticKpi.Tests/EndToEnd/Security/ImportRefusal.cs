using StaticKpi.Tests.Import;

namespace StaticKpi.Tests.EndToEnd.Security;

/// <summary>Runs an import that must be refused and checks that it was, with exactly these problems, and that no file of the site changed.</summary>
public static class ImportRefusal
{
    /// <summary>The last line of a refusal for <paramref name="count"/> problems.</summary>
    public static string Summary(int count) =>
        $"Nothing was imported: {count} problem{(count == 1 ? "" : "s")} found. Fix the table and import again.\n";

    /// <summary>Imports <paramref name="table"/> in-process and asserts the refusal; <paramref name="problems"/> are the lines before the
    /// summary.</summary>
    public static void AssertRefused(TempSite site, string table, params string[] problems)
    {
        var before = ImportFiles.Snapshot(site.Source);

        var (exitCode, stdout, stderr) = ImportFiles.Run("import", table, "--source", site.Source);

        Assert.Equal("", stdout);
        Assert.Equal(string.Concat(problems.Select(p => p + "\n")) + Summary(problems.Length), stderr);
        Assert.Equal(1, exitCode);
        AssertUnchanged(before, site);
    }

    /// <summary>Every file of the site is still there with the same bytes, and there is no other.</summary>
    public static void AssertUnchanged(SortedDictionary<string, byte[]> before, TempSite site)
    {
        var after = ImportFiles.Snapshot(site.Source);
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, file => Assert.True(file.Value.AsSpan().SequenceEqual(after[file.Key]), $"{file.Key} changed"));
    }
}

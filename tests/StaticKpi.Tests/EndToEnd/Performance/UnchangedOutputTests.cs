
namespace StaticKpi.Tests.EndToEnd.Performance;

/// <summary>
/// A rebuild replaces the site as a whole, but a file whose bytes did not change is kept from the old site (with its
/// modification time) rather than written again, so deploy tools and the preview see only what really changed.
/// </summary>
public sealed class UnchangedOutputTests
{
    private static readonly DateTime LongAgo = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_rebuild_of_unchanged_content_keeps_every_file_as_it_was()
    {
        using var site = TempSite.FromMinimal();
        Assert.True(site.Build().Succeeded);
        var before = Snapshot(site.Output);
        Age(site.Output);

        var result = site.Build();

        Assert.True(result.Succeeded);
        Assert.Empty(Changed(site.Output));
        Assert.Equal(before.Keys, Snapshot(site.Output).Keys);
        AssertSameBytes(before, Snapshot(site.Output));
        Assert.Equal(["_site"], Directory.EnumerateFileSystemEntries(site.OutputParent).Select(Path.GetFileName));
    }

    [Fact]
    public void Changing_one_commentary_rewrites_only_the_pages_that_show_it_and_the_search_index()
    {
        using var site = TempSite.FromMinimal();
        Assert.True(site.Build().Succeeded);
        var before = Snapshot(site.Output);
        Age(site.Output);

        site.Replace("content/commentary/101/2024-25-q3.md", "- Chase approvers after 10 days.", "- Chase approvers after 5 days.");
        Assert.True(site.Build().Succeeded);

        var after = Snapshot(site.Output);
        // The indicator's page, the printable report that reprints its commentary, and the search index.
        Assert.Equal(
            ["2024-25-q3/finance/101-invoices-paid-within-30-days/index.html", "2024-25-q3/finance/print/index.html", "search/index.json"],
            Changed(site.Output));
        Assert.Equal(before.Keys, after.Keys);
        AssertSameBytes(
            before.Where(f => !Changed(site.Output).Contains(f.Key)).ToDictionary(),
            after.Where(f => !Changed(site.Output).Contains(f.Key)).ToDictionary());
        Assert.Contains("after 5 days", System.Text.Encoding.UTF8.GetString(after["2024-25-q3/finance/101-invoices-paid-within-30-days/index.html"]),
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_kept_file_is_still_the_new_sites_own_after_the_old_site_is_gone()
    {
        using var site = TempSite.FromMinimal();
        Assert.True(site.Build().Succeeded);
        Assert.True(site.Build().Succeeded);
        var page = Path.Combine(site.Output, "index.html");
        var bytes = File.ReadAllBytes(page);

        // A third build replaces the second; the page (kept twice) must survive the old sites being deleted.
        Assert.True(site.Build().Succeeded);

        Assert.Equal(bytes, File.ReadAllBytes(page));
    }

    /// <summary>Sets every file's modification time far in the past, so any file written again stands out.</summary>
    private static void Age(string root)
    {
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, LongAgo);
        }
    }

    private static List<string> Changed(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => File.GetLastWriteTimeUtc(f) != LongAgo)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    private static SortedDictionary<string, byte[]> Snapshot(string root) =>
        new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);

    private static void AssertSameBytes(IDictionary<string, byte[]> before, IDictionary<string, byte[]> after)
    {
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in before)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(after[path]), $"{path} changed.");
        }
    }
}

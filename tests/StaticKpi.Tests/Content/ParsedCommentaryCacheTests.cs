using System.Text.Json;
using StaticKpi.Content;
using StaticKpi.Diagnostics;

namespace StaticKpi.Tests.Content;

/// <summary>
/// The cache of parsed commentary kept between builds: a load with it gives exactly what a load without it gives,
/// whatever state the cache file is in.
/// </summary>
public sealed class ParsedCommentaryCacheTests
{
    private const string Key = "test 1";
    private const string Commentary101 = "content/commentary/101/2024-25-q3.md";
    private const string Commentary102 = "content/commentary/102/2024-25-q3.md";

    /// <summary>Skips from level 2 to level 4: the loader warns, and the warning must come back from the cache.</summary>
    private const string WithWarning = "## Commentary\n\nFewer days lost.\n\n#### Detail\n\nSee the [last report](../101/).\n";

    public static TheoryData<string> Sites => new() { "", "tests/fixtures/real-report" };

    [Theory]
    [MemberData(nameof(Sites))]
    public void A_warm_cache_gives_every_commentary_file_exactly_as_a_fresh_parse(string site)
    {
        var source = Path.Combine(RepoPaths.Root, site);
        using var folder = new TempFolder();
        var path = folder.Combine("commentary.cache");
        var fresh = SiteSources.Load(source);

        var cold = ParsedCommentaryCache.Open(path, Key);
        var coldLoad = SiteSources.Load(source, cold);
        cold.Save();
        var warm = ParsedCommentaryCache.Open(path, Key);
        var warmLoad = SiteSources.Load(source, warm);

        var files = fresh.Commentaries.Count();
        Assert.True(files >= 6, $"only {files} commentary files");
        Assert.Equal((0, files), (cold.Hits, cold.Misses));
        Assert.Equal((files, 0), (warm.Hits, warm.Misses));
        LoadedCommentaryAssert.Equal(fresh.Commentaries, coldLoad.Commentaries);
        LoadedCommentaryAssert.Equal(fresh.Commentaries, warmLoad.Commentaries);
        AssertSameSite(fresh, warmLoad);
    }

    [Fact]
    public void A_warning_comes_back_from_the_cache_with_its_place_and_text()
    {
        using var site = WarmSite(out var path);

        var (cache, sources) = LoadWith(site.Source, path);
        var loaded = sources.Commentaries.Single(f => f.File == Commentary102);

        Assert.Equal((2, 0), (cache.Hits, cache.Misses));
        var warning = Assert.Single(loaded.Diagnostics);
        Assert.Equal(new Diagnostic(Severity.Warning, RuleIds.SkippedHeadingLevel, new SourceLocation(Commentary102, 5, 1),
            "The heading 'Detail' is level 4 but follows a level-2 heading, skipping level 3.",
            "Write it as '### Detail': sections are level 2 (##) on the page and each heading inside goes one level deeper."), warning);
        Assert.Equal($"{Commentary102}:5:1", warning.Location.ToString());
        var link = Assert.Single(loaded.Value!.Links!);
        Assert.Equal(("../101/", new SourceLocation(Commentary102, 7, 9)), (link.Url, link.Location));
        Assert.Equal("2024/25 Q3", loaded.Value.Period.Key);
    }

    [Fact]
    public void A_changed_file_is_parsed_again_and_the_others_come_from_the_cache()
    {
        using var site = WarmSite(out var path);
        site.Replace(Commentary102, "Fewer days lost.", "More days lost.");

        var (cache, loaded) = LoadWith(site.Source, path);

        Assert.Equal((1, 1), (cache.Hits, cache.Misses));
        Assert.Equal("<p>More days lost.</p>", loaded.Commentaries.Single(f => f.File == Commentary102).Value!.CommentaryHtml!.Split('\n')[0]);
        LoadedCommentaryAssert.Equal(SiteSources.Load(site.Source).Commentaries, loaded.Commentaries);
    }

    [Fact]
    public void A_file_moved_to_another_path_with_the_same_bytes_is_parsed_again()
    {
        using var site = WarmSite(out var path, secondFile: false);
        site.Write("content/commentary/101/2024-25-q2.md", site.Read(Commentary101));
        site.Delete(Commentary101);

        var (cache, loaded) = LoadWith(site.Source, path);

        Assert.Equal((0, 1), (cache.Hits, cache.Misses));
        Assert.Equal("2024/25 Q2", loaded.Commentaries.Single().Value!.Period.Key);
    }

    [Fact]
    public void A_cache_written_with_another_key_is_ignored_whole()
    {
        using var site = WarmSite(out var path, secondFile: false);

        var (cache, loaded) = LoadWith(site.Source, path, "test 2");

        Assert.Equal((0, 1), (cache.Hits, cache.Misses));
        LoadedCommentaryAssert.Equal(SiteSources.Load(site.Source).Commentaries, loaded.Commentaries);
    }

    [Theory]
    [InlineData("empty")]
    [InlineData("cut short")]
    [InlineData("cut to its checksum")]
    [InlineData("one byte changed")]
    [InlineData("garbage")]
    [InlineData("a folder")]
    public void A_damaged_cache_file_is_ignored_and_the_load_is_the_same(string damage)
    {
        using var site = WarmSite(out var path);
        var bytes = File.ReadAllBytes(path);
        Damage(path, bytes, damage);

        var (cache, loaded) = LoadWith(site.Source, path);

        Assert.Equal((0, 2), (cache.Hits, cache.Misses));
        var fresh = SiteSources.Load(site.Source);
        LoadedCommentaryAssert.Equal(fresh.Commentaries, loaded.Commentaries);
        AssertSameSite(fresh, loaded);
        if (damage != "a folder")
        {
            cache.Save();
            Assert.Equal(bytes, File.ReadAllBytes(path)); // written anew, as the undamaged one was
        }
    }

    [Fact]
    public void Save_keeps_only_the_entries_this_load_used()
    {
        using var site = WarmSite(out var path);
        Assert.Equal([Commentary101, Commentary102], EntryFiles(path));
        site.Delete(Commentary102);

        var (cache, _) = LoadWith(site.Source, path);
        cache.Save();

        Assert.Equal((1, 0), (cache.Hits, cache.Misses));
        Assert.Equal([Commentary101], EntryFiles(path));
    }

    [Fact]
    public void Save_writes_nothing_when_the_load_used_exactly_what_was_read()
    {
        using var site = WarmSite(out var path, secondFile: false);
        var cache = ParsedCommentaryCache.Open(path, Key);
        // An old time stamp, so that a write (a new file renamed into place) would show. Deleting the file
        // instead raced the cache's read of it on its own thread: on a busy machine the delete came first.
        var marked = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, marked);

        SiteSources.Load(site.Source, cache);
        cache.Save();

        Assert.Equal((1, 0), (cache.Hits, cache.Misses));
        Assert.Equal(marked, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void Two_builds_saving_at_once_leave_a_whole_file_of_one_of_them()
    {
        using var site = TempSite.FromMinimal();
        site.Write(Commentary102, WithWarning);
        using var other = TempSite.FromMinimal();
        var path = Path.Combine(site.Root, "cache", "commentary.cache");
        for (var round = 0; round < 20; round++)
        {
            if (File.Exists(path))
            {
                File.Delete(path);
            }

            var first = ParsedCommentaryCache.Open(path, Key);
            var second = ParsedCommentaryCache.Open(path, Key);
            SiteSources.Load(site.Source, first);
            SiteSources.Load(other.Source, second);
            Parallel.Invoke(first.Save, second.Save);

            var files = EntryFiles(path);
            Assert.True(files.SequenceEqual([Commentary101, Commentary102]) || files.SequenceEqual([Commentary101]), string.Join(", ", files));
        }

        Assert.Equal(["commentary.cache"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("plain", new byte[] { 0x61, 0xC3, 0xA9, 0x0A })]
    [InlineData("UTF-8 byte order mark", new byte[] { 0xEF, 0xBB, 0xBF, 0x61, 0x0A })]
    [InlineData("invalid UTF-8", new byte[] { 0x61, 0xFF, 0xC3, 0x28, 0xE2, 0x82 })]
    [InlineData("UTF-16 byte order mark", new byte[] { 0xFF, 0xFE, 0x61, 0x00, 0xE9, 0x00 })]
    [InlineData("UTF-16 big-endian byte order mark", new byte[] { 0xFE, 0xFF, 0x00, 0x61 })]
    [InlineData("empty", new byte[0])]
    public void Decoding_read_bytes_gives_the_text_reading_the_file_as_text_gives(string bytesAre, byte[] bytes)
    {
        using var folder = new TempFolder();
        var path = folder.Combine("file.md");
        File.WriteAllBytes(path, bytes);

        Assert.True(File.ReadAllText(path) == SiteFile.Decode(bytes), bytesAre);
    }

    /// <summary>
    /// A copy of the minimal site, with a second commentary file (which has a warning) unless told otherwise, and a
    /// cache of its commentary saved at <paramref name="path"/>.
    /// </summary>
    private static TempSite WarmSite(out string path, bool secondFile = true)
    {
        var site = TempSite.FromMinimal();
        if (secondFile)
        {
            site.Write(Commentary102, WithWarning);
        }

        path = Path.Combine(site.Root, "commentary.cache");
        SaveWarm(site.Source, path);
        return site;
    }

    private static (ParsedCommentaryCache Cache, SiteSources Loaded) LoadWith(string source, string path, string key = Key)
    {
        var cache = ParsedCommentaryCache.Open(path, key);
        return (cache, SiteSources.Load(source, cache));
    }

    /// <summary>Loads the site once with an empty cache at <paramref name="path"/> and saves it.</summary>
    private static void SaveWarm(string source, string path)
    {
        var cache = ParsedCommentaryCache.Open(path, Key);
        SiteSources.Load(source, cache);
        cache.Save();
    }

    /// <summary>Assembling the site (the checks across files) gives the same diagnostics and commentary.</summary>
    private static void AssertSameSite(SiteSources expected, SiteSources actual)
    {
        var expectedDiagnostics = new DiagnosticBag();
        var actualDiagnostics = new DiagnosticBag();
        var expectedSite = expected.AssembleDespiteErrors(expectedDiagnostics);
        var actualSite = actual.AssembleDespiteErrors(actualDiagnostics);
        Assert.Equal(expectedDiagnostics.ToList(), actualDiagnostics.ToList());
        LoadedCommentaryAssert.Equal(expectedSite!.Commentaries, actualSite!.Commentaries);
    }

    /// <summary>The paths of the entries in a cache file (after its 16-byte checksum).</summary>
    private static List<string> EntryFiles(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path).AsMemory(16));
        var files = json.RootElement.GetProperty("Entries").EnumerateArray().Select(e => e.GetProperty("File").GetString()!);
        return [.. files.Order(StringComparer.Ordinal)];
    }

    private static void Damage(string path, byte[] bytes, string damage)
    {
        switch (damage)
        {
            case "empty":
                File.WriteAllBytes(path, []);
                break;
            case "cut short":
                File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
                break;
            case "cut to its checksum":
                File.WriteAllBytes(path, bytes[..16]);
                break;
            case "one byte changed":
                var changed = bytes.ToArray();
                var at = bytes.AsSpan().IndexOf("Payment times"u8);
                changed[at] = (byte)'X'; // still valid JSON, so only the checksum can tell
                File.WriteAllBytes(path, changed);
                break;
            case "garbage":
                File.WriteAllBytes(path, [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251))]);
                break;
            default:
                File.Delete(path);
                Directory.CreateDirectory(path);
                break;
        }
    }
}

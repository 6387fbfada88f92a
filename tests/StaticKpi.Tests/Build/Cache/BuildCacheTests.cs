using StaticKpi.Build;
using StaticKpi.Build.Cache;
using StaticKpi.Editing;

namespace StaticKpi.Tests.Build.Cache;

/// <summary>
/// The persistent build cache: a build redoes only what changed, and whatever it keeps, in every case below its output
/// is byte for byte a build's from scratch. The synthetic site has 2 committees of 6 reports each (12 report groups),
/// 20 indicators' own pages and 7 other pages of the whole site: 39 page groups.
/// </summary>
public sealed class BuildCacheTests
{
    private const int Groups = 39;

    [Fact]
    public void A_first_build_stages_the_whole_site_and_the_next_with_nothing_changed_writes_nothing()
    {
        using var site = new CachedSite();
        var first = site.Build();
        var times = site.TimesOfOutput();

        var second = site.Build();

        Assert.Equal(new CacheUse(NothingChanged: false, GroupsKept: 0, Groups, FilesWrittenInPlace: null), first.Cache);
        Assert.Equal(new CacheUse(NothingChanged: true, Groups, Groups, FilesWrittenInPlace: 0), second.Cache);
        Assert.Equal((first.PagesWritten, first.FilesWritten), (second.PagesWritten, second.FilesWritten));
        Assert.Equal(first.RatingCounts, second.RatingCounts);
        Assert.Equal(first.Diagnostics, second.Diagnostics);
        Assert.Equal(times, site.TimesOfOutput());
        site.AssertOutputIsAColdBuilds();
    }

    [Fact]
    public void Editing_one_commentary_rebuilds_only_the_groups_that_show_it_and_matches_a_cold_build()
    {
        using var site = new CachedSite();
        site.Build();
        var times = site.TimesOfOutput();
        var commentary = Directory.EnumerateFiles(site.PathOf("content/commentary"), "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).First();
        File.AppendAllText(commentary, "\nOne more sentence, added by an editor.\n");

        var result = site.Build();

        // Built again: the group of the report of that quarter, and the 7 pages of the whole site that have no key (the
        // search page among them, though its index holds only the start of each commentary, which did not change).
        Assert.Equal(new CacheUse(NothingChanged: false, Groups - 1 - 7, Groups, FilesWrittenInPlace: 2), result.Cache);
        var changed = site.TimesOfOutput().Where(t => times[t.Key] != t.Value).Select(t => t.Key).Order(StringComparer.Ordinal).ToList();
        var indicatorFolder = Path.GetFileName(Path.GetDirectoryName(commentary))!;
        var quarter = Path.GetFileNameWithoutExtension(commentary);
        Assert.Equal(2, changed.Count);
        Assert.Matches($"^{quarter}/[a-z-]+/{indicatorFolder}-[a-z0-9-]+/index.html$", changed[0]);
        Assert.Matches($"^{quarter}/[a-z-]+/print/index.html$", changed[1]);
        site.AssertOutputIsAColdBuilds();
    }

    [Fact]
    public void A_new_quarter_for_one_committee_rebuilds_that_committees_groups_and_matches_a_cold_build()
    {
        using var site = new CachedSite();
        site.Build();
        var committee = site.Committees[0];
        var scaffold = NewPeriod.Run(site.Source, CachedSite.NextQuarter(), committee, new DateOnly(2021, 11, 30));
        Assert.True(scaffold.Succeeded, scaffold.Error);
        site.FillEmptyValues();

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.NotNull(result.Cache?.FilesWrittenInPlace);
        // The other committee's 6 reports and the own pages of its 10 indicators are kept.
        Assert.Equal(6 + 10, result.Cache!.GroupsKept);
        Assert.Equal(Groups + 1, result.Cache.Groups);
        site.AssertOutputIsAColdBuilds();
    }

    [Theory]
    [InlineData("template")]
    [InlineData("configuration")]
    [InlineData("tool")]
    public void A_change_to_the_template_configuration_or_tool_builds_the_whole_site_again(string change)
    {
        using var site = new CachedSite();
        site.Build();
        var tool = "tool 1";
        switch (change)
        {
            case "template":
                var partial = site.PathOf("themes/default/partials/rating.html");
                Directory.CreateDirectory(Path.GetDirectoryName(partial)!);
                File.WriteAllText(partial, "<span class=\"rag rag-{{ $1.key }}\">{{ $1.name }}</span>");
                break;
            case "configuration":
                var config = site.PathOf("site.config.yaml");
                File.WriteAllText(config, File.ReadAllText(config).Replace("title: ", "title: Renamed ", StringComparison.Ordinal));
                break;
            default:
                tool = "tool 2";
                break;
        }

        var result = site.Build(tool);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(new CacheUse(NothingChanged: false, GroupsKept: 0, Groups, FilesWrittenInPlace: null), result.Cache);
        site.AssertOutputIsAColdBuilds();
    }

    [Fact]
    public void A_deleted_cache_gives_a_whole_build_with_the_same_output()
    {
        using var site = new CachedSite();
        site.Build();
        Directory.Delete(site.CacheDirectory, recursive: true);

        var result = site.Build();

        Assert.Equal(new CacheUse(NothingChanged: false, GroupsKept: 0, Groups, FilesWrittenInPlace: null), result.Cache);
        site.AssertOutputIsAColdBuilds();
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("one byte changed")]
    [InlineData("empty")]
    [InlineData("not JSON")]
    public void A_damaged_manifest_is_ignored_and_the_site_built_whole(string damage)
    {
        using var site = new CachedSite();
        site.Build();
        var manifest = Path.Combine(site.CacheDirectory, "manifest.json");
        var bytes = File.ReadAllBytes(manifest);
        File.WriteAllBytes(manifest, damage switch
        {
            "truncated" => bytes[..(bytes.Length / 2)],
            "one byte changed" => [.. bytes[..^10], (byte)(bytes[^10] ^ 1), .. bytes[^9..]],
            "empty" => [],
            _ => "this is not a manifest"u8.ToArray(),
        });

        var result = site.Build();

        Assert.Equal(new CacheUse(NothingChanged: false, GroupsKept: 0, Groups, FilesWrittenInPlace: null), result.Cache);
        site.AssertOutputIsAColdBuilds();
    }

    [Fact]
    public void A_group_record_that_does_not_list_its_pages_is_not_kept()
    {
        using var site = new CachedSite();
        site.Build();
        var path = Path.Combine(site.CacheDirectory, "manifest.json");
        var manifest = BuildCacheManifest.Read(path)!;
        // A well-formed manifest (its checksum right) whose record of every group leaves out the group's pages.
        var wrong = manifest with
        {
            Groups = manifest.Groups.ToDictionary(g => g.Key, g => g.Value.Where(p => !p.EndsWith(".html", StringComparison.Ordinal)).ToArray()),
        };
        wrong.Write(path);
        File.AppendAllText(Directory.EnumerateFiles(site.PathOf("content/commentary"), "*.md", SearchOption.AllDirectories).First(), "\nMore.\n");

        var result = site.Build();

        Assert.Equal(0, result.Cache!.GroupsKept);
        Assert.NotNull(result.Cache.FilesWrittenInPlace);
        site.AssertOutputIsAColdBuilds();
    }

    [Theory]
    [InlineData("edited")]
    [InlineData("deleted")]
    [InlineData("added")]
    public void An_output_file_changed_by_hand_is_put_right_by_the_next_build(string change)
    {
        using var site = new CachedSite();
        site.Build();
        var page = Directory.EnumerateFiles(site.Output, "index.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Last();
        switch (change)
        {
            case "edited":
                File.AppendAllText(page, "<p>added by hand</p>");
                break;
            case "deleted":
                File.Delete(page);
                break;
            default:
                File.WriteAllText(Path.Combine(site.Output, "stray.html"), "not from the build");
                break;
        }

        var result = site.Build();

        Assert.False(result.Cache!.NothingChanged);
        Assert.Equal(change == "added" ? 0 : 1, result.Cache.FilesWrittenInPlace);
        site.AssertOutputIsAColdBuilds();
    }

    [Fact]
    public void Two_builds_at_once_on_the_same_cache_both_succeed_and_leave_a_cold_builds_output()
    {
        using var site = new CachedSite();
        site.Build();
        File.AppendAllText(Directory.EnumerateFiles(site.PathOf("content/commentary"), "*.md", SearchOption.AllDirectories).First(), "\nMore.\n");

        var results = new BuildResult[2];
        Parallel.For(0, 2, i => results[i] = site.Build());

        Assert.All(results, r => Assert.True(r.Succeeded, string.Join("\n", r.Diagnostics)));
        // They ran one after the other: the second found nothing left to do.
        Assert.Equal([false, true], results.Select(r => r.Cache!.NothingChanged).Order());
        site.AssertOutputIsAColdBuilds();
    }

    [Fact]
    public void A_build_that_fails_leaves_the_site_and_the_cache_as_they_were()
    {
        using var site = new CachedSite();
        site.Build();
        var before = CachedSite.FilesOf(site.Output);
        var indicator = Directory.EnumerateFiles(site.PathOf("content/indicators"), "*.yaml").Order(StringComparer.Ordinal).First();
        var text = File.ReadAllText(indicator);
        File.WriteAllText(indicator, text.Replace("direction: ", "direction: sideways #", StringComparison.Ordinal));

        var failed = site.Build();
        File.WriteAllText(indicator, text);
        var after = site.Build();

        Assert.False(failed.Succeeded);
        Assert.Null(failed.Cache);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), CachedSite.FilesOf(site.Output).Keys.Order(StringComparer.Ordinal));
        Assert.True(after.Cache!.NothingChanged);
        site.AssertOutputIsAColdBuilds();
    }

    [Fact]
    public void The_cache_folder_is_hidden_beside_the_output_and_named_after_it()
    {
        var output = Path.Combine(Path.GetTempPath(), "site-output", "_site");

        Assert.Equal(Path.Combine(Path.GetTempPath(), "site-output", "._site.statickpi-cache"), BuildOptions.CacheBeside(output));
        Assert.Equal(BuildOptions.CacheBeside(output), BuildOptions.CacheBeside(output + Path.DirectorySeparatorChar));
    }
}

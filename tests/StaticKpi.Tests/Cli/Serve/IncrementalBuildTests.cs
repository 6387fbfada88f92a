using StaticKpi.Build;
using StaticKpi.Cli.Serve;
using StaticKpi.Diagnostics;

namespace StaticKpi.Tests.Cli.Serve;

/// <summary>
/// The preview's incremental rebuild: after an edit to commentary only the pages that show it are rebuilt, in place,
/// and the site and diagnostics are exactly what a whole build of the edited content gives.
/// </summary>
public sealed class IncrementalBuildTests
{
    private const string Commentary101 = "content/commentary/101/2024-25-q3.md";
    private const string Page101 = "2024-25-q3/finance/101-invoices-paid-within-30-days/index.html";
    private const string Page103 = "2024-25-q3/finance/103-complaints-received/index.html";
    private const string PrintQ2 = "2024-25-q2/finance/print/index.html";
    private const string PrintQ3 = "2024-25-q3/finance/print/index.html";
    private const string SearchIndex = "search/index.json";
    private static readonly DateTime LongAgo = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Editing_one_commentary_replaces_only_its_indicator_page_the_printable_report_and_the_search_index()
    {
        using var site = TempSite.FromMinimal();
        var (build, preview, before) = Preview(site);

        site.Replace(Commentary101, "- Chase approvers after 10 days.", "- Chase approvers after 5 days.");
        Assert.True(build.CanUpdate([Commentary101]));
        var result = build.Update([Commentary101]);

        Assert.True(result.Succeeded);
        Assert.True(result.Incremental);
        Assert.Equal(preview, build.SiteDirectory);
        // Built: the indicator page, the printable report and the search page; written: all but the search page's
        // HTML, whose bytes did not change.
        Assert.Equal(3, result.PagesWritten);
        Assert.Equal(3, result.FilesWritten);
        Assert.Equal([Page101, PrintQ3, SearchIndex], Changed(before, Snapshot(preview)));
        Assert.Contains("after 5 days", File.ReadAllText(Path.Combine(preview, Page101)), StringComparison.Ordinal);
        AssertSameAsWholeBuild(site, preview, result);
    }

    [Fact]
    public void On_the_example_site_an_edit_to_one_commentary_gives_the_site_a_whole_build_gives()
    {
        using var site = ExampleSite();
        var (build, preview, before) = Preview(site);

        const string Commentary182 = "content/commentary/182/2024-25-q3.md";
        site.Replace(Commentary182, "85.0% of Freedom of Information requests", "Eighty-five per cent of Freedom of Information requests");
        var result = build.Update([Commentary182]);

        Assert.True(result.Succeeded);
        Assert.Equal(
            ["2024-25-q3/strategy-resources-performance/182-foi-timeliness/index.html",
                "2024-25-q3/strategy-resources-performance/print/index.html", SearchIndex],
            Changed(before, Snapshot(preview)));
        AssertSameAsWholeBuild(site, preview, result);
    }

    [Fact]
    public void The_search_index_kept_entry_by_entry_is_byte_for_byte_the_list_of_entries_serialised_at_once()
    {
        using var site = TempSite.FromMinimal();
        var (build, preview, _) = Preview(site);
        site.Replace(Commentary101, "after 10 days", "after \"5\" <days> & more");
        Assert.True(build.Update([Commentary101]).Succeeded);

        var index = File.ReadAllBytes(Path.Combine(preview, SearchIndex));
        var entries = System.Text.Json.JsonSerializer.Deserialize<List<StaticKpi.Pages.SearchEntryView>>(index,
            StaticKpi.Pages.SearchIndexBuilder.Json)!;

        Assert.Equal(6, entries.Count);
        Assert.Contains(entries, e => e.Text.Contains("after \"5\" <days> & more", StringComparison.Ordinal));
        Assert.Equal(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(entries, StaticKpi.Pages.SearchIndexBuilder.Json), index);
    }

    [Fact]
    public void A_new_commentary_file_and_a_deleted_one_give_the_site_a_whole_build_gives()
    {
        using var site = TempSite.FromMinimal();
        var (build, preview, before) = Preview(site);

        const string New103 = "content/commentary/103/2024-25-q3.md";
        site.Write(New103, "## Commentary\nComplaints fell after the new web form.\n");
        var created = build.Update([New103]);

        Assert.True(created.Succeeded);
        Assert.Equal([Page103, PrintQ3, SearchIndex], Changed(before, Snapshot(preview)));
        AssertSameAsWholeBuild(site, preview, created);

        site.Delete(Commentary101);
        var deleted = build.Update([Commentary101]);

        Assert.True(deleted.Succeeded);
        Assert.Equal(3, deleted.PagesWritten);
        AssertSameAsWholeBuild(site, preview, deleted);
        Assert.DoesNotContain("Chase approvers", File.ReadAllText(Path.Combine(preview, Page101)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_of_commentary_moved_in_or_removed_is_read_as_a_whole_build_reads_it()
    {
        using var site = TempSite.FromMinimal();
        var (build, preview, _) = Preview(site);

        // A watcher may report only the folder when a folder of files is moved in, and an editor's swap file is not content.
        site.Write("content/commentary/102/2024-25-q2.md", "## Commentary\nSickness absence rose over the summer.\n");
        site.Write("content/commentary/102/.2024-25-q2.md.swp", "not commentary");
        var movedIn = build.Update(["content/commentary/102"]);

        Assert.True(movedIn.Succeeded);
        Assert.Equal(3, movedIn.PagesWritten);
        Assert.Contains("Sickness absence rose over the summer.",
            File.ReadAllText(Path.Combine(preview, "2024-25-q2/finance/102-average-sickness-days-per-employee/index.html")),
                StringComparison.Ordinal);
        AssertSameAsWholeBuild(site, preview, movedIn);

        Directory.Delete(site.PathOf("content/commentary/101"), recursive: true);
        var removed = build.Update(["content/commentary/101"]);

        Assert.True(removed.Succeeded);
        AssertSameAsWholeBuild(site, preview, removed);
    }

    [Fact]
    public void Front_matter_that_moves_a_commentary_to_another_period_rebuilds_the_pages_of_both()
    {
        using var site = TempSite.FromMinimal();
        var (build, preview, before) = Preview(site);

        site.Replace(Commentary101, "indicator: 101\n", "indicator: 101\nperiod: 2024/25 Q2\n");
        var result = build.Update([Commentary101]);

        Assert.True(result.Succeeded);
        Assert.Equal(
            ["2024-25-q2/finance/101-invoices-paid-within-30-days/index.html", PrintQ2, Page101, PrintQ3, SearchIndex],
            Changed(before, Snapshot(preview)));
        AssertSameAsWholeBuild(site, preview, result);
    }

    [Fact]
    public void A_commentary_edit_with_an_error_reports_what_a_whole_build_reports_writes_nothing_and_the_next_good_edit_catches_up()
    {
        using var site = TempSite.FromMinimal();
        var (build, preview, before) = Preview(site);

        // One edit changes the text and adds an unsafe link; the fix removes only the link.
        site.Replace(Commentary101, "- Chase approvers after 10 days.", "- Chase approvers after 5 days [now](javascript:alert(1)).");
        var failed = build.Update([Commentary101]);

        Assert.False(failed.Succeeded);
        Assert.True(failed.Incremental);
        Assert.Equal(0, failed.PagesWritten);
        DiagnosticAssert.ErrorsAre(failed.Diagnostics, (RuleIds.UnsafeLink, Commentary101, 15, 32));
        Assert.Equal(SiteBuild.Run(new BuildOptions(site.Source, site.Output)).Diagnostics, failed.Diagnostics);
        Assert.Empty(Changed(before, Snapshot(preview)));

        site.Replace(Commentary101, " [now](javascript:alert(1)).", ".");
        var fixedUp = build.Update([Commentary101]);

        Assert.True(fixedUp.Succeeded);
        Assert.Equal([Page101, PrintQ3, SearchIndex], Changed(before, Snapshot(preview)));
        Assert.Contains("after 5 days.", File.ReadAllText(Path.Combine(preview, Page101)), StringComparison.Ordinal);
        AssertSameAsWholeBuild(site, preview, fixedUp);
    }

    [Fact]
    public void Warnings_across_files_are_those_of_a_whole_build()
    {
        using var site = TempSite.FromMinimal();
        var (build, preview, _) = Preview(site);

        // No report for 2023/24 Q4 lists indicator 102, so no page shows this commentary.
        const string Unshown = "content/commentary/102/2023-24-q4.md";
        site.Write(Unshown, "## Commentary\nNot shown anywhere.\n");
        var result = build.Update([Unshown]);

        Assert.True(result.Succeeded);
        Assert.Equal(0, result.FilesWritten);
        DiagnosticAssert.Single(result.Diagnostics, RuleIds.CommentaryNotShown, Severity.Warning, Unshown, 1, 1);
        AssertSameAsWholeBuild(site, preview, result);
    }

    [Fact]
    public void Changes_to_anything_but_commentary_need_a_whole_build()
    {
        using var site = TempSite.FromMinimal();
        var build = new IncrementalBuild(site.Source);

        Assert.False(build.CanUpdate([Commentary101]));
        Assert.Throws<InvalidOperationException>(() => build.Update([Commentary101]));
        Assert.True(build.Full(Path.Combine(site.Root, "preview")).Succeeded);

        Assert.True(build.CanUpdate([Commentary101, "content/commentary/102", "content/commentary/101/notes.txt"]));
        Assert.False(build.CanUpdate([]));
        Assert.False(build.CanUpdate(["site.config.yaml"]));
        Assert.False(build.CanUpdate(["content/indicators/101-invoices-paid.yaml"]));
        Assert.False(build.CanUpdate(["content/reports/finance/2024-25-q3.yaml"]));
        Assert.False(build.CanUpdate(["themes/default/layouts/base.html"]));
        Assert.False(build.CanUpdate(["content/commentary-notes.md"]));
        Assert.False(build.CanUpdate(["content"]));
        Assert.False(build.CanUpdate([Commentary101, "content/indicators/101-invoices-paid.yaml"]));
    }

    [Fact]
    public void The_preview_builder_rebuilds_in_place_after_commentary_edits_and_in_a_new_folder_after_other_changes()
    {
        using var site = TempSite.FromMinimal();
        var root = Path.Combine(site.Root, "serve");
        using var builder = new IncrementalPreviewBuilder(site.Source, root);

        var first = builder.Build([]);
        Assert.Equal((Path.Combine(root, "1"), false, 20), (first.SiteDirectory, first.Result.Incremental, first.Result.PagesWritten));

        site.Replace(Commentary101, "after 10 days", "after 5 days");
        var commentary = builder.Build([Commentary101]);
        Assert.Equal((Path.Combine(root, "1"), true, 3, 3),
            (commentary.SiteDirectory, commentary.Result.Incremental, commentary.Result.PagesWritten, commentary.Result.FilesWritten));

        site.Replace("content/indicators/101-invoices-paid.yaml", "    value: 91.5\n", "    value: 93.5\n");
        var indicator = builder.Build(["content/indicators/101-invoices-paid.yaml"]);
        Assert.Equal((Path.Combine(root, "2"), false, 20), (indicator.SiteDirectory, indicator.Result.Incremental, indicator.Result.PagesWritten));

        site.Replace("site.config.yaml", "language: en-GB\n", "language: en-GB\nlanguge: en\n");
        var brokenConfig = builder.Build(["site.config.yaml"]);
        Assert.Equal((null, false, 0), (brokenConfig.SiteDirectory, brokenConfig.Result.Incremental, brokenConfig.Result.PagesWritten));

        // With no good whole build since the configuration changed, a commentary edit needs a whole build too.
        site.Replace(Commentary101, "after 5 days", "after 7 days");
        var afterBroken = builder.Build([Commentary101]);
        Assert.False(afterBroken.Result.Incremental);
        Assert.False(afterBroken.Result.Succeeded);

        site.Replace("site.config.yaml", "languge: en\n", "");
        var fixedConfig = builder.Build(["site.config.yaml"]);
        Assert.Equal((Path.Combine(root, "5"), false, 20),
            (fixedConfig.SiteDirectory, fixedConfig.Result.Incremental, fixedConfig.Result.PagesWritten));
        Assert.Contains("after 7 days", File.ReadAllText(Path.Combine(root, "5", Page101)), StringComparison.Ordinal);
    }

    /// <summary>The incremental builder after its first (whole) build, the preview's folder and what is in it, every file aged.</summary>
    private static (IncrementalBuild Build, string Folder, SortedDictionary<string, (byte[] Bytes, DateTime Written)> Files) Preview(TempSite site)
    {
        var build = new IncrementalBuild(site.Source);
        var preview = Path.Combine(site.Root, "preview");
        Assert.True(build.Full(preview).Succeeded);
        Age(preview);
        return (build, preview, Snapshot(preview));
    }

    /// <summary>A copy of the repository's example site: its configuration and content (the theme is the built-in one).</summary>
    private static TempSite ExampleSite()
    {
        var site = TempSite.FromMinimal();
        Directory.Delete(site.PathOf("content"), recursive: true);
        File.Copy(Path.Combine(TempSite.RepositoryRoot, "site.config.yaml"), site.PathOf("site.config.yaml"), overwrite: true);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TempSite.RepositoryRoot, "content"), "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(TempSite.RepositoryRoot, file);
            Directory.CreateDirectory(Path.GetDirectoryName(site.PathOf(relative))!);
            File.Copy(file, site.PathOf(relative));
        }

        return site;
    }

    /// <summary>The preview's folder holds exactly the files, bytes and diagnostics of a whole build of the same content.</summary>
    private static void AssertSameAsWholeBuild(TempSite site, string preview, BuildResult incremental)
    {
        var whole = SiteBuild.Run(new BuildOptions(site.Source, site.Output));
        Assert.Equal(whole.Diagnostics, incremental.Diagnostics);
        var expected = Snapshot(site.Output);
        var actual = Snapshot(preview);
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (path, file) in expected)
        {
            Assert.True(file.Bytes.AsSpan().SequenceEqual(actual[path].Bytes), $"{path} differs from a whole build's.");
        }
    }

    /// <summary>Sets every file's modification time far in the past, so any file written again stands out.</summary>
    private static void Age(string root)
    {
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, LongAgo);
        }
    }

    private static SortedDictionary<string, (byte[] Bytes, DateTime Written)> Snapshot(string root) =>
        new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(root, f).Replace('\\', '/'),
            f => (File.ReadAllBytes(f), File.GetLastWriteTimeUtc(f))), StringComparer.Ordinal);

    /// <summary>The files added, removed, or whose bytes or modification time changed, in path order.</summary>
    private static List<string> Changed(
        SortedDictionary<string, (byte[] Bytes, DateTime Written)> before, SortedDictionary<string, (byte[] Bytes, DateTime Written)> after) =>
        [.. before.Keys.Union(after.Keys)
            .Where(path => !before.TryGetValue(path, out var old) || !after.TryGetValue(path, out var now) ||
                old.Written != now.Written || !old.Bytes.AsSpan().SequenceEqual(now.Bytes))
            .Order(StringComparer.Ordinal)];
}

using StaticKpi.Build;
using StaticKpi.Content;
using StaticKpi.Diagnostics;
using StaticKpi.Model;
using StaticKpi.SiteGenerator;

namespace StaticKpi.Tests.EndToEnd.Performance;

/// <summary>
/// The benchmark workloads come from bench/StaticKpi.SiteGenerator; a small one must be a valid site with every kind
/// of content the benchmarks are meant to exercise, and the same seed must give the same files.
/// </summary>
public sealed class SyntheticSiteTests
{
    private static readonly SiteSpec Small = new(Indicators: 20, Periods: 6, Committees: 2, Seed: 7);

    [Fact]
    public void A_small_synthetic_site_loads_without_errors_and_has_every_kind_of_content()
    {
        using var folder = new TempFolder();
        var written = SyntheticSite.Write(Small, folder.Combine("site"));

        var diagnostics = new DiagnosticBag();
        var site = ContentLoader.Load(written.Directory, diagnostics);

        Assert.NotNull(site);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedList()));
        Assert.Equal(20, site.Indicators.Count);
        Assert.Equal(12, site.Reports.Count);
        Assert.All(site.Reports, r => Assert.Equal(10, r.IndicatorIds.Count));
        Assert.Equal(written.CommentaryFiles, site.Commentaries.Count);
        Assert.InRange(site.Commentaries.Count, 20 * 6 * 3 / 4, 20 * 6);
        Assert.Contains(site.Indicators, i => i.Direction == Direction.Down);
        Assert.Contains(site.Indicators, i => i.Target is Target.Range);
        Assert.Contains(site.Indicators, i => i.Target is null && i.Status is IndicatorStatus.Baseline or IndicatorStatus.Contextual);
        Assert.Contains(site.Indicators, i => i.Benchmarks.Count > 0);
        Assert.Contains(site.Indicators, i => i.Charts.Count > 0);
        Assert.Contains(site.Commentaries, c => c.ActionsHtml is not null);
    }

    [Fact]
    public void Commentary_is_about_150_words_and_some_of_it_has_a_table()
    {
        using var folder = new TempFolder();
        var written = SyntheticSite.Write(new SiteSpec(60, 8, 3, 11), folder.Combine("site"));
        var files = Directory.GetFiles(Path.Combine(written.Directory, "content", "commentary"), "*.md", SearchOption.AllDirectories);

        var words = files.Select(f => File.ReadAllText(f).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length).Order().ToList();
        Assert.InRange(words[words.Count / 2], 120, 190);
        Assert.Contains(files, f => File.ReadAllText(f).Contains("| --- |", StringComparison.Ordinal));
    }

    [Fact]
    public void A_small_synthetic_site_builds_and_two_builds_are_byte_identical()
    {
        using var folder = new TempFolder();
        var source = SyntheticSite.Write(Small, folder.Combine("site")).Directory;

        var first = SiteBuild.Run(new BuildOptions(source, folder.Combine("one")));
        var second = SiteBuild.Run(new BuildOptions(source, folder.Combine("two")));

        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        Assert.True(second.Succeeded);
        // 20 indicators in 6 reports each, 12 reports and their 12 printable versions, each indicator's own
        // page, and home, key, accessibility, search, indicator list, open data and 404.
        Assert.Equal((20 * 6) + 12 + 12 + 20 + 7, first.PagesWritten);
        AssertSameFiles(folder.Combine("one"), folder.Combine("two"));
    }

    [Fact]
    public void The_same_seed_writes_the_same_files_and_another_seed_does_not()
    {
        using var folder = new TempFolder();
        SyntheticSite.Write(Small, folder.Combine("a"));
        SyntheticSite.Write(Small, folder.Combine("b"));
        SyntheticSite.Write(Small with { Seed = 8 }, folder.Combine("c"));

        AssertSameFiles(folder.Combine("a"), folder.Combine("b"));
        Assert.NotEqual(
            File.ReadAllBytes(Directory.GetFiles(folder.Combine("a", "content", "indicators"))[0]),
            File.ReadAllBytes(Directory.GetFiles(folder.Combine("c", "content", "indicators"))[0]));
    }

    internal static void AssertSameFiles(string one, string two)
    {
        var files = Files(one);
        Assert.Equal(files, Files(two));
        foreach (var file in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(one, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(two, file))),
                $"{file} differs.");
        }
    }

    private static List<string> Files(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f))
            .Order(StringComparer.Ordinal)];
}

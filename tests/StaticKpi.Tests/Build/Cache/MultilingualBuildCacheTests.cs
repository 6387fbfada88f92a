using StaticKpi.Build;

namespace StaticKpi.Tests.Build.Cache;

/// <summary>
/// The build cache on a site in two languages (tests/fixtures/bilingual: English at the root, Welsh under cy/). Each
/// language has 10 page groups: its report's (the report, its 2 indicator pages and the printable version), the 2
/// indicators' own pages, and 7 pages of the whole site without a key (home, indicators, key, search, open data,
/// accessibility, 404). A group's key names its language, and a Welsh page's commentary is its translation where there
/// is one (101's), else the English it shows in its place (102's). Whatever is kept, the output is a cold build's.
/// </summary>
public sealed class MultilingualBuildCacheTests
{
    private const int Groups = 20;
    private const string Report = "2024-25-q3/finance/";
    private const string Invoices = Report + "101-invoices-paid-within-30-days/index.html";
    private const string Complaints = Report + "102-complaints-answered-on-time/index.html";
    private const string Print = Report + "print/index.html";
    private const string Search = "search/index.json";

    [Fact]
    public void With_nothing_changed_the_second_build_writes_nothing()
    {
        using var site = new CachedSite(RepoPaths.Fixture("bilingual"));
        var uses = new List<CacheUse?> { site.Build().Cache };
        var times = site.TimesOfOutput();
        uses.Add(site.Build().Cache);

        Assert.Equal(
            [new CacheUse(NothingChanged: false, GroupsKept: 0, Groups, FilesWrittenInPlace: null), new CacheUse(true, Groups, Groups, 0)],
            uses);
        Assert.Equal(times, site.TimesOfOutput());
        site.AssertOutputIsAColdBuilds();
    }

    [Theory]
    // 101 has a Welsh translation: an edit to it changes only the Welsh pages that show it (and the Welsh search index,
    // which holds the whole of so short a commentary), an edit to the English only the English.
    [InlineData("content/commentary/101/2024-25-q3.cy.md", 5, new[] { "cy/" + Invoices, "cy/" + Print, "cy/" + Search })]
    [InlineData("content/commentary/101/2024-25-q3.md", 5, new[] { Invoices, Print, Search })]
    // 102 has none: its Welsh pages show the English commentary, so they change with it.
    [InlineData("content/commentary/102/2024-25-q3.md", 4, new[] { Complaints, Print, Search, "cy/" + Complaints, "cy/" + Print, "cy/" + Search })]
    public void Editing_a_commentary_rebuilds_the_report_groups_of_the_languages_that_show_it(string commentary, int kept, string[] expected)
    {
        using var site = new CachedSite(RepoPaths.Fixture("bilingual"));
        site.Build();
        var times = site.TimesOfOutput();
        File.AppendAllText(site.PathOf(commentary), "\nOne more sentence, added by an editor.\n");

        var result = site.Build();

        Assert.Equal(new CacheUse(NothingChanged: false, kept, Groups, expected.Length), result.Cache);
        Assert.Equal(expected.Order(StringComparer.Ordinal), ChangedSince(site, times));
        site.AssertOutputIsAColdBuilds();
    }

    [Fact]
    public void A_translation_added_to_an_indicator_title_rebuilds_its_groups_and_changes_only_welsh_files()
    {
        using var site = new CachedSite(RepoPaths.Fixture("bilingual"));
        site.Build();
        var times = site.TimesOfOutput();
        var indicator = site.PathOf("content/indicators/102-complaints.yaml");
        const string English = "title: Complaints answered on time";
        const string Both = "title: {en: Complaints answered on time, cy: Cwynion a atebwyd ar amser}";
        File.WriteAllText(indicator, File.ReadAllText(indicator).Replace(English, Both, StringComparison.Ordinal));

        var result = site.Build();

        // Kept: indicator 101's own page in English alone. 102's file is part of both reports' groups and its own pages,
        // and the Welsh open data of the report, part of 101's Welsh page's key, now has 102's Welsh title.
        Assert.Equal(1, result.Cache!.GroupsKept);
        var changed = ChangedSince(site, times);
        Assert.Contains("cy/" + Complaints, changed);
        Assert.Contains("cy/indicators/102-complaints-answered-on-time/index.html", changed);
        Assert.All(changed, path => Assert.StartsWith("cy/", path, StringComparison.Ordinal));
        site.AssertOutputIsAColdBuilds();
    }

    [Theory]
    [InlineData("languages")]
    [InlineData("configuration")]
    public void A_change_to_the_languages_or_the_configuration_builds_the_whole_site_again(string change)
    {
        using var site = new CachedSite(RepoPaths.Fixture("bilingual"));
        site.Build();
        var config = site.PathOf("site.config.yaml");
        var text = File.ReadAllText(config);
        File.WriteAllText(config, change == "languages"
            ? text.Replace("    name: Cymraeg\n", "    name: Cymraeg\n    path: cymraeg\n", StringComparison.Ordinal)
            : text.Replace("en: Test scorecards", "en: Renamed scorecards", StringComparison.Ordinal));

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(new CacheUse(NothingChanged: false, GroupsKept: 0, Groups, FilesWrittenInPlace: null), result.Cache);
        Assert.Equal(change == "languages" ? "cymraeg" : "cy", Directory.EnumerateDirectories(site.Output, "c*").Select(Path.GetFileName).Single());
        site.AssertOutputIsAColdBuilds();
    }

    private static List<string> ChangedSince(CachedSite site, Dictionary<string, DateTime> times) =>
        [.. site.TimesOfOutput().Where(t => !times.TryGetValue(t.Key, out var before) || before != t.Value).Select(t => t.Key)
            .Order(StringComparer.Ordinal)];
}

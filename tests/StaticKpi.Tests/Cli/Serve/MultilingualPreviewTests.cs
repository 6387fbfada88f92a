using StaticKpi.Build;
using StaticKpi.Cli.Serve;
using StaticKpi.Tests.Support;

namespace StaticKpi.Tests.Cli.Serve;

/// <summary>
/// The preview of a site in two languages (tests/fixtures/bilingual: English at the root, Welsh under cy/): an edit to
/// commentary rebuilds the pages that show it in every language, in place, and the result is a whole build's; the
/// server serves every language's pages.
/// </summary>
public sealed class MultilingualPreviewTests
{
    [Theory]
    // 101 has a Welsh translation: an edit to it is the Welsh pages' alone.
    [InlineData("content/commentary/101/2024-25-q3.cy.md", "Gwellodd", "Gwellodd yn fawr",
        new[] { "cy/" + Invoices + "index.html", "cy/" + Print, "cy/search/index.json" })]
    // 102 has none: the Welsh pages show the English commentary, so an edit to it is rebuilt in both languages.
    [InlineData("content/commentary/102/2024-25-q3.md", "## Commentary\n", "## Commentary\nEdited.\n",
        new[] { Complaints + "index.html", Print, "cy/" + Complaints + "index.html", "cy/" + Print, "search/index.json", "cy/search/index.json" })]
    public void An_edit_to_commentary_rebuilds_its_pages_in_every_language_that_shows_it(string commentary, string old, string edited,
        string[] expected)
    {
        using var site = TempSite.CopyOf(RepoPaths.Fixture("bilingual"));
        var build = new IncrementalBuild(site.Source);
        var preview = Path.Combine(site.Root, "preview");
        Assert.True(build.Full(preview).Succeeded);
        var before = Snapshot(preview);

        site.Replace(commentary, old, edited);
        var result = build.Update([commentary]);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(expected.Order(StringComparer.Ordinal), Changed(before, Snapshot(preview)));
        var whole = SiteBuild.Run(new BuildOptions(site.Source, site.Output));
        Assert.Equal(whole.Diagnostics, result.Diagnostics);
        var expectedFiles = Snapshot(site.Output);
        var actual = Snapshot(preview);
        Assert.Equal(expectedFiles.Keys, actual.Keys);
        Assert.All(expectedFiles, f => Assert.True(f.Value.AsSpan().SequenceEqual(actual[f.Key]), $"{f.Key} differs from a whole build's."));
    }

    [Fact]
    public async Task The_server_serves_every_language_and_an_edit_to_welsh_commentary_reaches_the_welsh_page()
    {
        using var site = TempSite.CopyOf(RepoPaths.Fixture("bilingual"));
        await using var server = await PreviewServer.StartAsync(new ServeOptions(site.Source, OutputDirectory: Path.Combine(site.Root, "serve")));
        using var client = new HttpClient { BaseAddress = server.Address };
        Assert.Equal(("en-GB", "cy-GB"), (await LangOf(client, "/"), await LangOf(client, "/cy/")));

        site.Replace("content/commentary/101/2024-25-q3.cy.md", "Gwellodd", "Gwellodd yn fawr");

        await Eventually.Async(async () =>
        {
            using var response = await client.GetAsync("/cy/" + Invoices);
            var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
            var ok = response.StatusCode == System.Net.HttpStatusCode.OK;
            return ok && page.Body!.TextContent.Contains("Gwellodd yn fawr", StringComparison.Ordinal)
                ? page
                : null;
        }, "the rebuilt Welsh indicator page");
    }

    private static async Task<string?> LangOf(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).DocumentElement.GetAttribute("lang");
    }

    private static SortedDictionary<string, byte[]> Snapshot(string root) =>
        new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);

    private static List<string> Changed(SortedDictionary<string, byte[]> before, SortedDictionary<string, byte[]> after) =>
        [.. after.Where(f => !before.TryGetValue(f.Key, out var old) || !old.AsSpan().SequenceEqual(f.Value)).Select(f => f.Key)];

    private const string Invoices = "2024-25-q3/finance/101-invoices-paid-within-30-days/";
    private const string Complaints = "2024-25-q3/finance/102-complaints-answered-on-time/";
    private const string Print = "2024-25-q3/finance/print/index.html";
}

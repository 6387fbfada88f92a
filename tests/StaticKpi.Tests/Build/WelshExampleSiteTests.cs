namespace StaticKpi.Tests.Build;

/// <summary>
/// The bilingual example site (examples/welsh-county): every page in English and Welsh, its content translated field
/// by field, and no word of the theme's English on a Welsh page outside text marked as English.
/// </summary>
public sealed class WelshExampleSiteTests : IClassFixture<WelshExampleSiteTests.WelshCounty>
{
    public sealed class WelshCounty : IDisposable
    {
        public BuiltSite Site { get; } = new(Path.Combine(RepoPaths.Root, "examples", "welsh-county"));

        public void Dispose() => Site.Dispose();
    }

    private const string Report = "2024-25-q3/governance-resources/";
    private readonly BuiltSite _site;

    public WelshExampleSiteTests(WelshCounty fixture)
    {
        _site = fixture.Site;
        Assert.True(_site.Result.Succeeded, DiagnosticAssert.Describe(_site.Result.Diagnostics));
    }

    [Fact]
    public void The_example_builds_without_a_warning_and_has_every_page_in_both_languages()
    {
        var pages = _site.HtmlPages();
        var english = pages.Where(p => !p.StartsWith("cy/", StringComparison.Ordinal)).ToList();
        var welsh = pages.Where(p => p.StartsWith("cy/", StringComparison.Ordinal)).Select(p => p["cy/".Length..]).ToList();

        Assert.Empty(_site.Result.Diagnostics);
        Assert.Equal(26, english.Count);
        Assert.Equal(english, welsh);
    }

    [Fact]
    public void A_welsh_indicator_page_shows_the_welsh_description_and_link_title_with_no_lang_of_their_own()
    {
        var page = _site.Page("cy/" + Report + "301-foi-timeliness/index.html");

        var description = page.QuerySelector("section[aria-labelledby=description] p")!;
        Assert.StartsWith("Cyfran y ceisiadau Rhyddid Gwybodaeth a atebwyd o fewn 20 diwrnod gwaith", description.TextContent);
        Assert.Null(description.Closest("[lang]:not(html)"));
        var link = page.QuerySelectorAll("a").Single(a => a.GetAttribute("href") == "https://www.legislation.gov.uk/ukpga/2000/36/contents");
        Assert.Equal(("Deddf Rhyddid Gwybodaeth 2000", (string?)null), (link.TextContent, link.GetAttribute("lang")));
    }

    [Fact]
    public void A_welsh_page_names_the_benchmark_and_the_rating_policy_in_welsh()
    {
        var indicator = _site.Page("cy/" + Report + "305-superfast-broadband/index.html");
        var report = _site.Page("cy/" + Report + "index.html");

        var benchmark = indicator.QuerySelectorAll("dt").Single(dt => dt.TextContent == "Cymedr Lloegr");
        Assert.Null(benchmark.GetAttribute("lang"));
        Assert.Contains("“Coch, Ambr a Gwyrdd”", report.QuerySelector("p.meta")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Mae'r cerdyn sgorio hwn yn cwmpasu mis Hydref i fis Rhagfyr 2024",
            report.QuerySelector("section[aria-labelledby=introduction] p")!.TextContent.Trim());
    }
}

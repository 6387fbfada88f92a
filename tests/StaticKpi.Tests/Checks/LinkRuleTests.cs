using StaticKpi.Checks;

namespace StaticKpi.Tests.Checks;

/// <summary>LINK rules: internal links, anchors and resources resolved against the files of the output.</summary>
public sealed class LinkRuleTests
{
    private static readonly (string, string) Report = ("reports/q3/index.html",
        TestPage.With("<h2 id=\"summary\">Summary</h2>").Replace("href=\"page.html\"", "href=\"../../page.html\"", StringComparison.Ordinal));

    [Theory]
    [InlineData("missing.html", "reports/q3/")]
    [InlineData("reports/q2/", "reports/q3/")]
    [InlineData("reports/q3/index.htm", "reports/q3/index.html")]
    [InlineData("reports/data/", "reports/data/ratings.csv")]
    [InlineData("../page.html", "./page.html")]
    public void LINK001_link_to_a_file_that_is_not_in_the_site(string broken, string @fixed) =>
        FindingAssert.BrokenThenFixed(
            TestPage.With($"<p>See the <a href=\"{broken}\">quarter 3 report</a>.</p>"),
            TestPage.With($"<p>See the <a href=\"{@fixed}\">quarter 3 report</a>.</p>"),
            "#main > p > a", "LINK001", SuccessCriteria.NotWcag, Report, ("reports/data/ratings.csv", "rating,count\n"));

    [Theory]
    [InlineData("reports/q3")]
    [InlineData("reports/q3/?view=print")]
    [InlineData("/reports/q3/index.html")]
    [InlineData("reports/%71%33/")]
    [InlineData("https://example.org/missing/")]
    [InlineData("mailto:performance@example.org")]
    public void LINK001_links_that_resolve_or_leave_the_site_are_fine(string href) =>
        Assert.Empty(CheckSite.CheckPage(TestPage.With($"<p>See the <a href=\"{href}\">quarter 3 report</a>.</p>"), Report));

    [Fact]
    public void LINK001_links_are_resolved_against_the_page_that_contains_them()
    {
        using var site = new CheckSite();
        site.Write("page.html", TestPage.Valid);
        site.Write("reports/q3/index.html", TestPage.With("<p><a href=\"../../page.html\">Home page</a> <a href=\"../q2/\">Quarter 2</a></p>")
            .Replace("href=\"page.html\"", "href=\"../../page.html\"", StringComparison.Ordinal));

        var finding = Assert.Single(site.Check());

        Assert.Equal(("reports/q3/index.html", "#main > p > a:nth-of-type(2)", "LINK001"), (finding.Page, finding.Selector, finding.RuleId));
        Assert.Contains("reports/q2/index.html is not in the site", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LINK002_link_to_an_id_that_is_not_on_the_target_page() =>
        FindingAssert.BrokenThenFixed(
            TestPage.With("<p>See the <a href=\"reports/q3/#highlights\">quarter 3 highlights</a>.</p>"),
            TestPage.With("<p>See the <a href=\"reports/q3/#summary\">quarter 3 summary</a>.</p>"),
            "#main > p > a", "LINK002", SuccessCriteria.NotWcag, Report);

    [Fact]
    public void LINK002_link_to_an_id_that_is_not_on_the_same_page() =>
        FindingAssert.BrokenThenFixed(
            TestPage.With("<p>Jump to <a href=\"#history\">the history of values</a>.</p><h2 id=\"values\">History of values</h2>"),
            TestPage.With("<p>Jump to <a href=\"#values\">the history of values</a>.</p><h2 id=\"values\">History of values</h2>"),
            "#main > p > a", "LINK002", SuccessCriteria.NotWcag);

    [Fact]
    public void LINK002_named_anchors_and_top_are_valid_targets() =>
        Assert.Empty(CheckSite.CheckPage(TestPage.With("<p><a name=\"old\">Old anchor</a> <a href=\"#old\">To the old anchor</a> <a " +
            "href=\"#top\">Back to top</a></p>")));

    [Fact]
    public void LINK003_stylesheet_or_image_that_is_not_in_the_site()
    {
        var broken = TestPage.Replacing("</head>", "<link rel=\"stylesheet\" href=\"assets/site.css\">\n</head>");

        FindingAssert.BrokenThenFixed(broken, TestPage.Valid, "head > link", "LINK003", SuccessCriteria.NotWcag);
        FindingAssert.BrokenThenFixed(
            TestPage.With("<img src=\"chart.png\" alt=\"Chart\">"),
            TestPage.With("<img src=\"chart.svg\" alt=\"Chart\">"),
            "#main > img", "LINK003", SuccessCriteria.NotWcag, ("chart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"));
    }

    [Fact]
    public void LINK003_canonical_links_are_addresses_not_resources() =>
        Assert.Empty(CheckSite.CheckPage(TestPage.Replacing("</head>", "<link rel=\"canonical\" href=\"somewhere/else/\">\n</head>")));
}

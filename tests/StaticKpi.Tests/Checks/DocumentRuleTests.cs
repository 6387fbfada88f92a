using StaticKpi.Checks;

namespace StaticKpi.Tests.Checks;

/// <summary>Rules about the page as a whole: language, title, headings, landmarks, skip link.</summary>
public sealed class DocumentRuleTests
{
    [Fact]
    public void The_valid_test_page_has_no_findings() => Assert.Empty(CheckSite.CheckPage(TestPage.Valid));

    [Theory]
    [InlineData("<html>")]
    [InlineData("<html lang=\"\">")]
    [InlineData("<html lang=\"English\">")]
    [InlineData("<html lang=\"en_GB\">")]
    public void A11Y001_page_without_a_valid_language(string html) =>
        FindingAssert.BrokenThenFixed(TestPage.Replacing("<html lang=\"en-GB\">", html), TestPage.Valid,
            "html", "A11Y001", SuccessCriteria.LanguageOfPage);

    [Fact]
    public void A11Y002_page_without_a_title() =>
        FindingAssert.BrokenThenFixed(TestPage.Replacing("<title>Test page | Checks</title>", ""), TestPage.Valid,
            "head", "A11Y002", SuccessCriteria.PageTitled);

    [Fact]
    public void A11Y002_page_with_an_empty_title() =>
        FindingAssert.BrokenThenFixed(TestPage.Replacing("<title>Test page | Checks</title>", "<title>  </title>"), TestPage.Valid,
            "head > title", "A11Y002", SuccessCriteria.PageTitled);

    [Fact]
    public void A11Y003_page_without_an_h1() =>
        FindingAssert.BrokenThenFixed(TestPage.Replacing("<h1>Test page</h1>", "<p>Test page</p>"), TestPage.Valid,
            "#main", "A11Y003", SuccessCriteria.HeadingsAndLabels);

    [Fact]
    public void A11Y003_page_with_two_h1s() =>
        FindingAssert.BrokenThenFixed(TestPage.With("<h1>Commentary</h1>"), TestPage.With("<h2>Commentary</h2>"),
            "#main > h1:nth-of-type(2)", "A11Y003", SuccessCriteria.HeadingsAndLabels);

    [Fact]
    public void A11Y004_heading_that_skips_a_level() =>
        FindingAssert.BrokenThenFixed(
            TestPage.With("<section><h2>Summary</h2><h4>Ratings</h4></section>"),
            TestPage.With("<section><h2>Summary</h2><h3>Ratings</h3></section>"),
            "#main > section > h4", "A11Y004", SuccessCriteria.InfoAndRelationships);

    [Fact]
    public void A11Y004_going_back_up_several_levels_is_fine() =>
        Assert.Empty(CheckSite.CheckPage(TestPage.With("<h2>A</h2><h3>B</h3><h4>C</h4><h2>D</h2>")));

    [Theory]
    [InlineData("<footer><p>Published by Example County Council.</p></footer>", "", "contentinfo")]
    [InlineData("<footer><p>Published by Example County Council.</p></footer>", "<section><footer><p>Published.</p></footer></section>",
        "contentinfo")]
    [InlineData("<header><nav aria-label=\"Site\"><a href=\"page.html\">Home</a></nav></header>",
        "<nav aria-label=\"Site\"><a href=\"page.html\">Home</a></nav>", "banner")]
    [InlineData("<header><nav aria-label=\"Site\"><a href=\"page.html\">Home</a></nav></header>", "<header><a href=\"page.html\">Home</a></header>",
        "navigation")]
    public void A11Y005_page_missing_a_landmark(string landmark, string replacement, string name)
    {
        var findings = CheckSite.CheckPage(TestPage.Replacing(landmark, replacement));

        var finding = Assert.Single(findings);
        Assert.Equal(("page.html", "body", "A11Y005", SuccessCriteria.BypassBlocks),
            (finding.Page, finding.Selector, finding.RuleId, finding.SuccessCriterion));
        Assert.Contains($"no {name} landmark", finding.Message, StringComparison.Ordinal);
        Assert.Empty(CheckSite.CheckPage(TestPage.Valid));
    }

    [Fact]
    public void A11Y005_page_without_main()
    {
        var broken = TestPage.Replacing("<main id=\"main\" tabindex=\"-1\">", "<div id=\"main\" tabindex=\"-1\">")
            .Replace("</main>", "</div>", StringComparison.Ordinal);

        var rules = CheckSite.CheckPage(broken).Select(f => (f.Selector, f.RuleId)).ToList();

        // Without a main landmark the skip link has nowhere proper to go either.
        Assert.Equal([("body", "A11Y005"), ("body > a", "A11Y006")], rules);
    }

    [Fact]
    public void A11Y005_page_with_two_mains() =>
        FindingAssert.BrokenThenFixed(TestPage.With("<main><p>More</p></main>"), TestPage.With("<section><p>More</p></section>"),
            "#main > main", "A11Y005", SuccessCriteria.BypassBlocks);

    [Fact]
    public void A11Y006_page_without_a_skip_link() =>
        FindingAssert.BrokenThenFixed(TestPage.Replacing("<a class=\"skip-link\" href=\"#main\">Skip to main content</a>", ""), TestPage.Valid,
            "body", "A11Y006", SuccessCriteria.BypassBlocks);

    [Fact]
    public void A11Y006_skip_link_that_is_not_the_first_link()
    {
        var broken = TestPage.Replacing("<a class=\"skip-link\" href=\"#main\">Skip to main content</a>", "")
            .Replace("<footer>", "<footer><a href=\"#main\">Skip to main content</a>", StringComparison.Ordinal);

        FindingAssert.BrokenThenFixed(broken, TestPage.Valid, "body > footer > a", "A11Y006", SuccessCriteria.BypassBlocks);
    }

    [Fact]
    public void A11Y006_skip_link_whose_target_does_not_exist()
    {
        var broken = TestPage.Replacing("<main id=\"main\" tabindex=\"-1\">", "<main tabindex=\"-1\">");

        var findings = CheckSite.CheckPage(broken);

        // The same missing id is also a broken anchor (LINK002): each rule reports what it knows.
        Assert.Equal(
            [("page.html", "body > a", "A11Y006", SuccessCriteria.BypassBlocks), ("page.html", "body > a", "LINK002", SuccessCriteria.NotWcag)],
            FindingAssert.Tuples(findings));
    }

    [Fact]
    public void A11Y006_skip_link_to_something_other_than_the_main_content() =>
        FindingAssert.BrokenThenFixed(
            TestPage.Replacing("href=\"#main\"", "href=\"#site-nav\"").Replace("<nav ", "<nav id=\"site-nav\" ", StringComparison.Ordinal),
            TestPage.Valid, "body > a", "A11Y006", SuccessCriteria.BypassBlocks);

    [Fact]
    public void A11Y006_skip_link_to_a_heading_inside_main_is_fine() =>
        Assert.Empty(CheckSite.CheckPage(TestPage.Replacing("href=\"#main\"", "href=\"#top-heading\"")
            .Replace("<h1>", "<h1 id=\"top-heading\">", StringComparison.Ordinal)));
}

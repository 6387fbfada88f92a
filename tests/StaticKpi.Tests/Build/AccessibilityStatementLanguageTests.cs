using AngleSharp.Dom;

namespace StaticKpi.Tests.Build;

/// <summary>
/// The accessibility statement in a site with languages (tests/fixtures/bilingual): who tested the site is the theme's
/// words in each language when the statement does not say; what the editors wrote (known issues, who tested) is in
/// the default language on every page, and marked as English on the Welsh one.
/// </summary>
public sealed class AccessibilityStatementLanguageTests
{
    private const string Page = "accessibility/index.html";

    [Fact]
    public void Without_tested_by_each_language_names_the_automated_checks_in_its_own_words()
    {
        using var source = TempSite.CopyOf(RepoPaths.Fixture("bilingual"));
        using var site = Built(source);

        var english = TestedBy(site.Page(Page));
        var welsh = TestedBy(site.Page("cy/" + Page));

        Assert.Equal("The test was carried out by automated checks run on every build (StaticKpi's own checker, axe-core in a real " +
            "browser and the W3C Nu HTML Checker).", english.TextContent);
        Assert.Equal("Cynhaliwyd y prawf gan wiriadau awtomatig a gynhelir bob tro yr adeiledir y wefan (gwiriwr StaticKpi ei hun, " +
            "axe-core mewn porwr go iawn a Gwiriwr HTML Nu y W3C).", welsh.TextContent);
        Assert.Empty(welsh.QuerySelectorAll("[lang]"));
    }

    [Fact]
    public void The_editors_known_issues_and_tester_are_marked_english_on_the_welsh_page_only()
    {
        using var source = TempSite.CopyOf(RepoPaths.Fixture("bilingual"));
        source.Write("site.config.yaml", source.Read("site.config.yaml") +
            "accessibility:\n  known_issues:\n    - Older PDF reports are not tagged.\n  tested_by: the council's digital team\n");
        using var site = Built(source);

        var welsh = site.Page("cy/" + Page);
        var english = site.Page(Page);

        Assert.Equal([("en", "Older PDF reports are not tagged.")], welsh.QuerySelectorAll("main ul li[lang]")
            .Select(li => (li.GetAttribute("lang"), li.TextContent)));
        Assert.Equal("Cynhaliwyd y prawf gan <span lang=\"en\">the council's digital team</span>.", TestedBy(welsh).InnerHtml
            .Replace("&#39;", "'", StringComparison.Ordinal));
        Assert.Empty(english.QuerySelectorAll("main [lang]"));
        Assert.Equal("The test was carried out by the council's digital team.", TestedBy(english).TextContent);
    }

    private static BuiltSite Built(TempSite source)
    {
        var site = new BuiltSite(source.Source);
        Assert.True(site.Result.Succeeded, DiagnosticAssert.Describe(site.Result.Diagnostics));
        return site;
    }

    /// <summary>The paragraph under the statement's last heading ("How this statement was prepared"), naming who tested.</summary>
    private static IElement TestedBy(IParentNode page) => page.QuerySelectorAll("main h2").Last().NextElementSibling!;
}

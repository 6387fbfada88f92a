using StaticKpi.Tests.Build;

namespace StaticKpi.Tests.Pages.Kinds;

/// <summary>
/// The key's terms and their explanations come from the string catalogue, so a Welsh key is in Welsh. Reads the
/// bilingual example's build, shared with the example's own tests.
/// </summary>
public sealed class KeyPageKindTests(WelshExampleSiteTests.WelshCounty fixture) : IClassFixture<WelshExampleSiteTests.WelshCounty>
{
    private readonly BuiltSite _site = fixture.Site;

    [Fact]
    public void The_welsh_key_names_every_term_in_welsh_with_the_terms_its_content_uses_after_previous_period()
    {
        var terms = _site.Page("cy/key/index.html").QuerySelectorAll("dl dt").Select(dt => dt.TextContent).ToList();

        Assert.Equal(
            ["Targed", "Cyfnod cyfredol", "Cyfnod blaenorol", "Y flwyddyn hyd yma", "Cyfeiriad gwella", "Newid mewn perfformiad",
             "Cymedr y cymdogion ystadegol", "Cymedr Lloegr", "Sgôr RAG", "Disgrifiad o’r dangosydd", "Sylwebaeth", "Camau gweithredu",
             "Llwybr i wyrdd"],
            terms);
    }

    [Fact]
    public void A_term_of_the_key_is_explained_in_the_language_of_its_page()
    {
        static string Explanation(AngleSharp.Html.Dom.IHtmlDocument page, string term) =>
            page.QuerySelectorAll("dl dt").Single(dt => dt.TextContent == term).NextElementSibling!.TextContent;

        Assert.Equal("Y camau a’r amserlen y disgwylir iddynt ddod â’r dangosydd yn ôl ar y targed.",
            Explanation(_site.Page("cy/key/index.html"), "Llwybr i wyrdd"));
        Assert.Equal("The steps and timescale expected to bring the indicator back on target.",
            Explanation(_site.Page("key/index.html"), "Path to green"));
    }
}

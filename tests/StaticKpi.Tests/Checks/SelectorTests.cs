using AngleSharp.Html.Parser;
using StaticKpi.Checks;

namespace StaticKpi.Tests.Checks;

/// <summary>The selectors findings give find exactly the element they are about.</summary>
public sealed class SelectorTests
{
    private const string Html = """
        <!DOCTYPE html><html lang="en"><head><title>T</title></head><body>
        <a href="#main">Skip</a>
        <main id="main"><section><p>One <a href="a">a</a> <a href="b">b</a></p></section>
        <section aria-labelledby="h"><h2 id="h">H</h2><p id="dup">x</p><p id="dup">y</p><p id="182-foi">z</p>
        <table><caption id="history-caption">C</caption><tr><th>P</th></tr></table></section></main>
        <main><p>Second main</p></main>
        </body></html>
        """;

    [Fact]
    public void Every_element_has_a_selector_that_finds_it_and_only_it()
    {
        var document = new HtmlParser().ParseDocument(Html);
        var page = PageOf(document);

        foreach (var element in document.All)
        {
            var selector = page.SelectorOf(element);
            var matches = document.QuerySelectorAll(selector);
            Assert.True(matches.Length == 1 && matches[0] == element, $"{selector} matched {matches.Length} elements");
        }
    }

    [Theory]
    [InlineData("a[href='b']", "#main > section:nth-of-type(1) > p > a:nth-of-type(2)")]
    [InlineData("caption", "#history-caption")]
    [InlineData("p:nth-of-type(3)", "[id=\"182-foi\"]")]
    [InlineData("#h ~ p", "#main > section:nth-of-type(2) > p:nth-of-type(1)")]
    [InlineData("title", "head > title")]
    [InlineData("body > a", "body > a")]
    [InlineData("main + main > p", "body > main:nth-of-type(2) > p")]
    public void Selectors_start_at_the_nearest_unique_id_and_count_same_tag_siblings(string find, string expected)
    {
        var document = new HtmlParser().ParseDocument(Html);
        var page = PageOf(document);

        Assert.Equal(expected, page.SelectorOf(document.QuerySelector(find)!));
    }

    private static CheckedPage PageOf(AngleSharp.Dom.IDocument document) =>
        new("page.html", document, new CheckedSite(["page.html"], []));
}

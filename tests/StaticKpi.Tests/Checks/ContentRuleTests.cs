using StaticKpi.Checks;

namespace StaticKpi.Tests.Checks;

/// <summary>Rules about images, links and their text.</summary>
public sealed class ContentRuleTests
{
    private static readonly (string, string) Chart = ("chart.png", "not really a png");

    [Fact]
    public void A11Y007_img_without_alt() =>
        FindingAssert.BrokenThenFixed(
            TestPage.With("<img src=\"chart.png\">"),
            TestPage.With("<img src=\"chart.png\" alt=\"Line chart of the on-time rate, rising from 71% to 85%\">"),
            "#main > img", "A11Y007", SuccessCriteria.NonTextContent, Chart);

    [Fact]
    public void A11Y007_decorative_img_with_empty_alt_is_fine() =>
        Assert.Empty(CheckSite.CheckPage(TestPage.With("<img src=\"chart.png\" alt=\"\">"), Chart));

    [Fact]
    public void A11Y007_role_img_without_a_name() =>
        FindingAssert.BrokenThenFixed(
            TestPage.With("<p><span role=\"img\">▲</span> Amber</p>"),
            TestPage.With("<p><span role=\"img\" aria-label=\"Amber\">▲</span> Amber</p>"),
            "#main > p > span", "A11Y007", SuccessCriteria.NonTextContent);

    [Fact]
    public void A11Y007_image_button_without_alt() =>
        FindingAssert.BrokenThenFixed(
            TestPage.With("<form><input type=\"image\" src=\"chart.png\"></form>"),
            TestPage.With("<form><input type=\"image\" src=\"chart.png\" alt=\"Search\"></form>"),
            "#main > form > input", "A11Y007", SuccessCriteria.NonTextContent, Chart);

    [Fact]
    public void A11Y008_svg_without_a_text_alternative() =>
        FindingAssert.BrokenThenFixed(
            TestPage.With("<div class=\"chart\"><svg viewBox=\"0 0 10 10\"><circle r=\"5\"/></svg></div>"),
            TestPage.With("<div class=\"chart\"><svg viewBox=\"0 0 10 10\" role=\"img\" aria-label=\"Rising trend\"><circle r=\"5\"/></svg></div>"),
            "#main > div > svg", "A11Y008", SuccessCriteria.NonTextContent);

    [Fact]
    public void A11Y008_svg_with_role_img_but_no_name() =>
        FindingAssert.BrokenThenFixed(
            TestPage.With("<svg role=\"img\" viewBox=\"0 0 10 10\"><circle r=\"5\"/></svg>"),
            TestPage.With("<svg role=\"img\" viewBox=\"0 0 10 10\"><title>Rising trend</title><circle r=\"5\"/></svg>"),
            "#main > svg", "A11Y008", SuccessCriteria.NonTextContent);

    [Fact]
    public void A11Y008_decorative_svg_hidden_with_aria_hidden_is_fine() =>
        Assert.Empty(CheckSite.CheckPage(TestPage.With("<p><svg aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 10 10\"><circle " +
            "r=\"5\"/></svg> Rising</p>")));

    [Fact]
    public void A11Y009_link_without_text() =>
        FindingAssert.BrokenThenFixed(
            TestPage.With("<p><a href=\"page.html\"><img src=\"chart.png\" alt=\"\"></a></p>"),
            TestPage.With("<p><a href=\"page.html\"><img src=\"chart.png\" alt=\"Indicator 182 chart\"></a></p>"),
            "#main > p > a", "A11Y009", SuccessCriteria.LinkPurpose, Chart);

    [Fact]
    public void A11Y009_link_whose_only_text_is_hidden() =>
        FindingAssert.BrokenThenFixed(
            TestPage.With("<p><a href=\"page.html\"><span aria-hidden=\"true\">→</span></a></p>"),
            TestPage.With("<p><a href=\"page.html\" aria-label=\"Next report\"><span aria-hidden=\"true\">→</span></a></p>"),
            "#main > p > a", "A11Y009", SuccessCriteria.LinkPurpose);

    [Theory]
    [InlineData("click here")]
    [InlineData("Click here.")]
    [InlineData("here")]
    [InlineData("More")]
    [InlineData("Read more »")]
    [InlineData("Useful links")]
    [InlineData("Return to index")]
    [InlineData("link")]
    public void A11Y010_ambiguous_link_text(string text) =>
        FindingAssert.BrokenThenFixed(
            TestPage.With($"<p>For the figures <a href=\"page.html\">{text}</a>.</p>"),
            TestPage.With("<p>See the <a href=\"page.html\">figures for indicator 182</a>.</p>"),
            "#main > p > a", "A11Y010", SuccessCriteria.LinkPurpose);

    [Fact]
    public void A11Y010_aria_label_gives_the_link_its_name() =>
        Assert.Empty(CheckSite.CheckPage(TestPage.With("<p><a href=\"page.html\" aria-label=\"More about indicator 182\">More</a></p>")));

    [Theory]
    [InlineData("#")]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("javascript:void(0)")]
    public void A11Y011_link_that_goes_nowhere(string href) =>
        FindingAssert.BrokenThenFixed(
            TestPage.With($"<p>See <a href=\"{href}\">the Freedom of Information Act 2000</a>.</p>"),
            TestPage.With("<p>See <a href=\"https://www.legislation.gov.uk/ukpga/2000/36/contents\">the Freedom of Information Act 2000</a>.</p>"),
            "#main > p > a", "A11Y011", SuccessCriteria.LinkPurpose);
}

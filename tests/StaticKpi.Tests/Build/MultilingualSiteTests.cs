using System.Xml.Linq;
using StaticKpi.Diagnostics;
using StaticKpi.Publishing;

namespace StaticKpi.Tests.Build;

/// <summary>
/// A site with <c>languages:</c> (tests/fixtures/bilingual: English at the root, Welsh under cy/) is built whole in
/// each language, each page with its <c>lang</c>, its hreflang alternates and a switch to the same page in the other
/// language, and text without a translation marked as English.
/// </summary>
public sealed class MultilingualSiteTests : IClassFixture<MultilingualSiteTests.Bilingual>
{
    public sealed class Bilingual : IDisposable
    {
        public BuiltSite Site { get; } = new(RepoPaths.Fixture("bilingual"));

        public void Dispose() => Site.Dispose();
    }

    private const string Root = "https://example.test/scorecards/";
    private const string Indicator102 = "2024-25-q3/finance/102-complaints-answered-on-time/";
    private readonly BuiltSite _site;

    public MultilingualSiteTests(Bilingual fixture)
    {
        _site = fixture.Site;
        Assert.True(_site.Result.Succeeded, DiagnosticAssert.Describe(_site.Result.Diagnostics));
    }

    [Fact]
    public void Every_page_exists_in_both_languages_the_welsh_under_cy()
    {
        var pages = _site.HtmlPages();
        var english = pages.Where(p => !p.StartsWith("cy/", StringComparison.Ordinal)).ToList();
        var welsh = pages.Where(p => p.StartsWith("cy/", StringComparison.Ordinal)).Select(p => p["cy/".Length..]).ToList();

        Assert.Equal(13, english.Count);
        Assert.Equal(english, welsh);
        Assert.Contains("404.html", welsh);
        Assert.Contains("search/index.html", welsh);
        Assert.Contains("key/index.html", welsh);
        Assert.Contains("data/index.html", welsh);
        Assert.Contains("accessibility/index.html", welsh);
        Assert.True(File.Exists(Path.Combine(_site.Output, "cy", "search", "index.json")));
        Assert.True(File.Exists(Path.Combine(_site.Output, "cy", "data", "datapackage.json")));
    }

    [Theory]
    [InlineData("index.html", "en-GB")]
    [InlineData("cy/index.html", "cy-GB")]
    [InlineData("cy/" + Indicator102 + "index.html", "cy-GB")]
    public void The_html_element_has_the_language_s_culture(string page, string lang) =>
        Assert.Equal(lang, _site.Page(page).DocumentElement.GetAttribute("lang"));

    [Theory]
    [InlineData(Indicator102 + "index.html")]
    [InlineData("cy/" + Indicator102 + "index.html")]
    public void Every_page_has_an_alternate_in_each_language_and_x_default(string page)
    {
        var alternates = _site.Page(page).QuerySelectorAll("link[rel=alternate][hreflang]:not([type])")
            .Select(l => (l.GetAttribute("hreflang"), l.GetAttribute("href")));

        Assert.Equal(
            [("en", Root + Indicator102), ("cy", Root + "cy/" + Indicator102), ("x-default", Root + Indicator102)],
            alternates);
    }

    [Fact]
    public void The_welsh_page_s_canonical_address_is_its_own()
    {
        var canonical = _site.Page("cy/" + Indicator102 + "index.html").QuerySelector("link[rel=canonical]")!;
        Assert.Equal(Root + "cy/" + Indicator102, canonical.GetAttribute("href"));
    }

    [Theory]
    [InlineData(Indicator102 + "index.html", "cy/" + Indicator102 + "index.html", "cy", "Cymraeg")]
    [InlineData("cy/" + Indicator102 + "index.html", Indicator102 + "index.html", "en", "English")]
    [InlineData("index.html", "cy/index.html", "cy", "Cymraeg")]
    [InlineData("cy/index.html", "index.html", "en", "English")]
    public void The_switch_leads_to_the_same_page_in_the_other_language(string page, string target, string code, string name)
    {
        var link = Assert.Single(_site.Page(page).QuerySelectorAll(".language-switch a"));

        Assert.Equal(name, link.TextContent);
        Assert.Equal(code, link.GetAttribute("lang"));
        Assert.Equal(code, link.GetAttribute("hreflang"));
        Assert.Equal(Path.Combine([_site.Output, .. target.Split('/')]), _site.FileLinkedFrom(page, link.GetAttribute("href")!));
    }

    [Fact]
    public void A_translated_title_and_commentary_are_shown_without_a_lang_of_their_own()
    {
        var page = _site.Page("cy/2024-25-q3/finance/101-invoices-paid-within-30-days/index.html");

        Assert.Equal("Dangosydd 101: Anfonebau a dalwyd o fewn 30 diwrnod", page.QuerySelector("h1")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("main [lang]"));
        Assert.Equal("Gwellodd amseroedd talu ar ôl i'r llif gwaith cymeradwyo newydd ddechrau.",
            page.QuerySelector("#commentary + p")!.TextContent);
    }

    [Fact]
    public void Text_without_a_translation_is_marked_as_english_on_the_welsh_page()
    {
        var page = _site.Page("cy/" + Indicator102 + "index.html");

        var marked = page.QuerySelectorAll("main [lang]").Select(e => (e.LocalName, e.GetAttribute("lang"), e.TextContent.Trim())).ToList();

        // The title in the heading, then in the trend chart's caption, its table's caption and its download link.
        Assert.Equal(
            [
                .. Enumerable.Repeat(("span", "en", "Complaints answered on time"), 4),
                ("div", "en", "More complaints were answered within ten working days."),
            ],
            marked);
    }

    [Fact]
    public void The_trend_chart_marks_only_the_untranslated_title_inside_its_welsh_sentences()
    {
        var chart = _site.Page("cy/" + Indicator102 + "index.html").QuerySelector("figure.chart")!;
        const string Title = "<span lang=\"en\">Complaints answered on time</span>";
        const string Periods = "Chwarter 2, blwyddyn ariannol 2024/25 i Chwarter 3, blwyddyn ariannol 2024/25";

        Assert.Equal($"{Title}, {Periods}", chart.QuerySelector("figcaption")!.InnerHtml);
        Assert.Equal($"{Title}: gwerth, targed a sgôr fesul cyfnod", chart.QuerySelector("table caption")!.InnerHtml);
        Assert.Equal($"Lawrlwytho’r data ar gyfer “{Title}, {Periods}” (CSV, 138 beit)", chart.QuerySelector("p.download a")!.InnerHtml);
        Assert.Equal("Complaints answered on time, 2024/25 Q2 to 2024/25 Q3",
            _site.Page(Indicator102 + "index.html").QuerySelector("figure.chart figcaption")!.InnerHtml);
    }

    [Theory]
    [InlineData("cy/indicators/102-complaints-answered-on-time/index.html", "h1 [lang]")]
    [InlineData("cy/2024-25-q3/finance/print/index.html", "#print-102 [lang]")]
    [InlineData("cy/2024-25-q3/finance/index.html", "th a [lang]")]
    public void The_untranslated_title_is_marked_as_english_wherever_a_welsh_page_names_it(string page, string selector)
    {
        var marked = Assert.Single(_site.Page(page).QuerySelectorAll(selector));

        Assert.Equal(("span", "en", "Complaints answered on time"), (marked.LocalName, marked.GetAttribute("lang"), marked.TextContent));
    }

    [Fact]
    public void The_site_s_title_organisation_and_committee_are_translated()
    {
        var page = _site.Page("cy/2024-25-q3/finance/index.html");

        Assert.Equal("Cardiau sgorio prawf", page.QuerySelector(".site-name a")!.TextContent);
        Assert.Equal("Cyngor Sir Prawf", page.QuerySelector(".organisation")!.TextContent);
        Assert.Equal("Adroddiad perfformiad y Pwyllgor Cyllid, chwarter 3", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void The_sitemap_lists_each_page_in_each_language_with_its_alternates()
    {
        XNamespace sitemap = SitemapWriter.Namespace;
        XNamespace xhtml = SitemapWriter.XhtmlNamespace;
        var urls = XDocument.Load(Path.Combine(_site.Output, "sitemap.xml")).Root!.Elements(sitemap + "url").ToList();
        var welsh = urls.Single(u => u.Element(sitemap + "loc")!.Value == Root + "cy/" + Indicator102);

        Assert.Equal(24, urls.Count);
        Assert.Equal(
            [("en", Root + Indicator102), ("cy", Root + "cy/" + Indicator102), ("x-default", Root + Indicator102)],
            welsh.Elements(xhtml + "link").Select(l => ((string)l.Attribute("hreflang")!, (string)l.Attribute("href")!)));
        Assert.False(File.Exists(Path.Combine(_site.Output, "cy", "sitemap.xml")));
    }

    [Fact]
    public void Validate_warns_once_for_the_missing_welsh_title()
    {
        var warning = Assert.Single(_site.Result.Diagnostics);

        Assert.Equal(
            (RuleIds.MissingTranslation, Severity.Warning, "content/indicators/102-complaints.yaml", 2, 8,
                "'title' has no Cymraeg (cy) text, so the Cymraeg pages show the English text.",
                "Give 'title' a text for each language, such as 'title: {en: …, cy: …}'."),
            (warning.RuleId, warning.Severity, warning.Location.File, warning.Location.Line, warning.Location.Column, warning.Message, warning.Fix));
    }
}

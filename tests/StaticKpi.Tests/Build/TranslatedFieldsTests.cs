using System.Text.Json;
using System.Text.Json.Nodes;
using StaticKpi.Build;
using StaticKpi.Cli;
using StaticKpi.Content;
using StaticKpi.Diagnostics;

namespace StaticKpi.Tests.Build;

/// <summary>
/// The text fields translated since tests/fixtures/bilingual (tests/fixtures/translated-fields): a value's, a
/// baseline's and a benchmark's note, the data source, a chart's titles, names and categories, the licence's title, the logo's alt
/// and the brand links' text. Indicator 101, the logo and the header link give each in Welsh; indicator 102, the RAG
/// policy and the footer link do not, so their Welsh pages show the English marked
/// <c>lang="en"</c>, and validate warns once per missing text where it is.
/// </summary>
public sealed class TranslatedFieldsTests(TranslatedFieldsSite fixture) : IClassFixture<TranslatedFieldsSite>
{
    private const string Indicator101 = "cy/2024-25-q3/finance/101-invoices-paid-within-30-days/index.html";
    private const string Indicator102 = "cy/2024-25-q3/finance/102-complaints-answered-on-time/index.html";
    private readonly BuiltSite _site = fixture.Site;

    [Fact]
    public void A_welsh_page_shows_each_translated_field_in_welsh_and_marks_nothing()
    {
        var page = _site.Page(Indicator101);

        Assert.Equal("Yn cynnwys mis Rhagfyr", page.QuerySelector("main p.note")!.TextContent.Split(": ", 2)[^1]);
        Assert.Equal(["(Yn cynnwys mis Rhagfyr)", "(Pythefnos pan oedd y system i lawr)"],
            page.QuerySelectorAll("#history ~ * td .note, table td .note").Select(n => n.TextContent.Trim()).Distinct());
        Assert.Equal("System gyllid", DataSource(page));
        Assert.Contains("Cyn y system daliadau newydd", page.QuerySelectorAll("main p.note").Select(p => p.TextContent.Trim()).Last());
        var caption = page.QuerySelectorAll("figcaption.chart-title").Last();
        Assert.Equal("Anfonebau a dalwyd fesul tîm", caption.TextContent);
        Assert.Null(caption.GetAttribute("lang"));
        Assert.Empty(page.QuerySelectorAll("main [lang]"));
    }

    [Fact]
    public void A_welsh_chart_s_figure_and_table_have_the_welsh_titles_and_names()
    {
        var page = _site.Page(Indicator101);
        var figure = page.QuerySelectorAll("figure.chart").Last();
        using var json = JsonDocument.Parse(figure.QuerySelector("script[type='application/json']")!.TextContent);
        var layout = json.RootElement.GetProperty("layout");

        Assert.Equal("Anfonebau a dalwyd fesul tîm", layout.GetProperty("meta").GetProperty("title").GetString());
        Assert.Equal("Tîm", layout.GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("Anfonebau (%)", layout.GetProperty("yaxis").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal(["Wedi'u talu mewn pryd", "Targed"],
            json.RootElement.GetProperty("data").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        Assert.Equal(["Tîm", "Wedi'u talu mewn pryd"], figure.QuerySelectorAll("thead th").Select(th => th.TextContent));
    }

    [Fact]
    public void Every_untranslated_field_on_a_welsh_page_is_marked_english()
    {
        var marked = _site.Page(Indicator102).QuerySelectorAll("main [lang]")
            .Select(e => (e.LocalName, e.GetAttribute("lang"), e.TextContent.Trim()))
            .ToList();

        Assert.Equal(
            [
                ("span", "en", "Awaiting audit"),
                ("span", "en", "Before the complaints team was set up"),
                ("span", "en", "Complaints log"),
                ("figcaption", "en", "Complaints by service"),
                ("span", "en", "B"), // the chart's summary: highest for B, lowest for A
                ("span", "en", "A"),
                ("span", "en", "A"), // the chart's table
                ("span", "en", "B"),
                ("span", "en", "Complaints by service"),
                ("span", "en", "Awaiting audit"),
            ],
            marked);
    }

    [Theory]
    [InlineData("cy/2024-25-q3/finance/index.html", "main .meta span[lang]")]
    [InlineData("cy/key/index.html", "main h3 span[lang]")]
    public void An_untranslated_policy_name_is_marked_english(string page, string selector)
    {
        var name = Assert.Single(_site.Page(page).QuerySelectorAll(selector));
        Assert.Equal(("en", "Standard"), (name.GetAttribute("lang"), name.TextContent));
    }

    [Fact]
    public void The_printable_report_marks_an_untranslated_note()
    {
        var marked = _site.Page("cy/2024-25-q3/finance/print/index.html").QuerySelectorAll("main p.note span[lang]")
            .Select(e => (e.GetAttribute("lang"), e.TextContent))
            .ToList();

        Assert.Equal([("en", "Awaiting audit"), ("en", "Before the complaints team was set up")], marked);
    }

    [Fact]
    public void The_licence_is_named_in_welsh_on_welsh_pages()
    {
        var licence = _site.Page("cy/index.html").QuerySelector("footer a[rel=license]")!;
        Assert.Equal("Trwydded Llywodraeth Agored v3.0", licence.TextContent);
        Assert.Equal("Open Government Licence v3.0", _site.Page("index.html").QuerySelector("footer a[rel=license]")!.TextContent);
    }

    [Fact]
    public void The_logo_s_alt_and_the_links_are_in_welsh_on_welsh_pages_and_an_untranslated_link_is_marked_english()
    {
        var welsh = _site.Page("cy/index.html");
        var english = _site.Page("index.html");

        Assert.Equal([("Logo Cyngor Sir Prawf", null)], Logo(welsh));
        Assert.Equal([("Test County Council logo", null)], Logo(english));
        Assert.Equal([("Hafan y cyngor", null), ("Privacy notice", "en")], BrandLinks(welsh));
        Assert.Equal([("Council home", null), ("Privacy notice", null)], BrandLinks(english));
    }

    internal static List<(string?, string?)> Logo(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll(".site-name img").Select(i => (i.GetAttribute("alt"), i.GetAttribute("lang")))];

    private static List<(string, string?)> BrandLinks(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll("a[href^='https://example.test/']").Select(a => (a.TextContent, a.GetAttribute("lang")))];

    [Fact]
    public void Validate_warns_once_for_each_missing_translation_where_it_is()
    {
        var warnings = SiteValidation.Run(RepoPaths.Fixture("translated-fields")).Diagnostics
            .Select(d => (d.RuleId, d.Severity, d.Location.File, d.Location.Line, d.Location.Column, d.Message))
            .ToList();

        const string Indicator = "content/indicators/102-complaints.yaml";
        Assert.Equal(
            [
                (RuleIds.MissingTranslation, Severity.Warning, Indicator, 13, 9, Missing("note")),
                (RuleIds.MissingTranslation, Severity.Warning, Indicator, 14, 14, Missing("data_source")),
                (RuleIds.MissingTranslation, Severity.Warning, Indicator, 21, 11, Missing("note")),
                (RuleIds.MissingTranslation, Severity.Warning, Indicator, 25, 12, Missing("title")),
                (RuleIds.MissingTranslation, Severity.Warning, Indicator, 26, 17,
                    "'categories' has no Cymraeg (cy) labels, so the Cymraeg pages show the English labels."),
                (RuleIds.MissingTranslation, Severity.Warning, "site.config.yaml", 18, 11, Missing("name")),
                (RuleIds.MissingTranslation, Severity.Warning, "site.config.yaml", 35, 13, Missing("text")),
            ],
            warnings);
    }

    [Fact]
    public void Validate_with_strict_makes_a_missing_translation_an_error()
    {
        var result = SiteValidation.Run(RepoPaths.Fixture("translated-fields"), strict: true);

        Assert.Equal(7, result.Errors);
        Assert.All(result.Diagnostics, d => Assert.Equal(RuleIds.MissingTranslation, d.RuleId));
    }

    [Theory]
    [InlineData(Indicator101File, "x_title: {en: Team, cy: Tîm}", "x_title: {en: Team}", "x_title", 30, 14)]
    [InlineData(Indicator101File, "y_title: {en: Invoices (%), cy: Anfonebau (%)}", "y_title: Invoices (%)", "y_title", 31, 14)]
    [InlineData(Indicator101File, "name: {en: Paid on time, cy: Wedi'u talu mewn pryd}", "name: Paid on time", "name", 34, 15)]
    [InlineData(Indicator101File, "name: {en: Target, cy: Targed}", "name: Target", "name", 37, 15)]
    [InlineData(Indicator101File, "note: {en: All councils, cy: Pob cyngor}", "note: All councils", "note", 18, 11)]
    [InlineData("site.config.yaml", "title: {en: Open Government Licence v3.0, cy: Trwydded Llywodraeth Agored v3.0}",
        "title: Open Government Licence v3.0", "title", 24, 10)]
    [InlineData("site.config.yaml", "alt: {en: Test County Council logo, cy: Logo Cyngor Sir Prawf}", "alt: Test County Council logo", "alt", 30, 10)]
    [InlineData("site.config.yaml", "text: {en: Council home, cy: Hafan y cyngor}", "text: Council home", "text", 32, 13)]
    public void Validate_warns_where_a_chart_name_benchmark_note_licence_title_logo_alt_or_link_text_has_no_translation(
        string file, string translated, string untranslated, string key, int line, int column)
    {
        using var site = TempSite.CopyOf(RepoPaths.Fixture("translated-fields"));
        site.Replace(file, translated, untranslated);

        var diagnostics = SiteValidation.Run(site.Source).Diagnostics;

        var warning = DiagnosticAssert.Has(diagnostics, RuleIds.MissingTranslation, Severity.Warning, file, line, column);
        Assert.Equal(Missing(key), warning.Message);
        Assert.Equal(8, diagnostics.Count); // the fixture's seven and this one
    }

    private const string Indicator101File = "content/indicators/101-invoices-paid.yaml";

    internal static string Missing(string key) =>
        $"'{key}' has no Cymraeg (cy) text, so the Cymraeg pages show the English text.";

    private static string DataSource(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelector("#description ~ p strong")!.NextSibling!.TextContent.Trim();
}

/// <summary>The JSON schemas let editors write each newly translatable field as a map by language code.</summary>
public sealed class TranslatedFieldsSchemaTests
{
    [Theory]
    [InlineData("indicator.schema.json", "data_source")]
    [InlineData("indicator.schema.json", "series", "note")]
    [InlineData("indicator.schema.json", "series", "rag_override", "reason")]
    [InlineData("indicator.schema.json", "benchmarks", "note")]
    [InlineData("indicator.schema.json", "baseline", "note")]
    [InlineData("indicator.schema.json", "charts", "series", "name")]
    [InlineData("indicator.schema.json", "charts", "benchmarks", "name")]
    [InlineData("indicator.schema.json", "charts", "title")]
    [InlineData("indicator.schema.json", "charts", "x_title")]
    [InlineData("indicator.schema.json", "charts", "y_title")]
    [InlineData("indicator.schema.json", "charts", "y2_title")]
    [InlineData("site-config.schema.json", "licence", "title")]
    [InlineData("site-config.schema.json", "branding", "logo", "alt")]
    [InlineData("site-config.schema.json", "branding", "header_links", "text")]
    [InlineData("site-config.schema.json", "branding", "footer_links", "text")]
    public void The_schema_accepts_text_or_a_map_of_texts(string schema, params string[] path)
    {
        var json = JsonNode.Parse(ContentSchema.Files().Single(f => f.FileName == schema).Json)!;
        var field = json["properties"]!;
        foreach (var key in path[..^1])
        {
            var holder = field[key]!;
            field = (holder["items"] ?? holder)["properties"]!;
        }

        var forms = field[path[^1]]!["anyOf"]!.AsArray();
        Assert.Equal(["string", "object"], forms.Select(f => f!["type"]!.GetValue<string>()));
        Assert.Equal("string", forms[1]!["additionalProperties"]!["type"]!.GetValue<string>());
    }
}

/// <summary>tests/fixtures/translated-fields built once for its tests; the build must succeed.</summary>
public sealed class TranslatedFieldsSite : IDisposable
{
    public TranslatedFieldsSite() => Assert.True(Site.Result.Succeeded, DiagnosticAssert.Describe(Site.Result.Diagnostics));

    public BuiltSite Site { get; } = new(RepoPaths.Fixture("translated-fields"));

    public void Dispose() => Site.Dispose();
}

/// <summary><c>validate</c> loads the theme's strings files as a build does, so a broken one is found before building.</summary>
public sealed class ThemeWordsValidationTests
{
    [Fact]
    public void Validate_reports_a_broken_site_strings_file_and_fails()
    {
        using var site = TempSite.FromMinimal();
        site.Write("themes/default/i18n/en.yaml", "footer:\n  licence: [not, text]\n");

        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exitCode = StatickpiCli.Run(["validate", "--source", site.Source], stdout, stderr, _ => null);

        Assert.Equal(1, exitCode);
        var file = Path.Combine(site.Source, "themes", "default", "i18n", "en.yaml");
        var printed = (stdout + "\n" + stderr).Split('\n').Single(l => l.Contains(RuleIds.TemplateError, StringComparison.Ordinal));
        Assert.Equal(
            $"themes/default: error {RuleIds.TemplateError}: {file}:2:3: 'footer.licence' is a list; a string must be text, or a group of keys. " +
            "Write the string as text after the colon, or as keys indented under it.",
            printed.TrimEnd('\r'));
    }
}

/// <summary>
/// tests/fixtures/translated-fields with the site's title, organisation and committee name in English only and no
/// <c>licence:</c>: the Welsh pages mark each English name <c>lang="en"</c> wherever HTML can carry it (not in
/// <c>&lt;title&gt;</c>), and name the default licence in Welsh.
/// </summary>
public sealed class UntranslatedSiteNamesTests(UntranslatedSiteNamesSite fixture) : IClassFixture<UntranslatedSiteNamesSite>
{
    private const string Report = "cy/2024-25-q3/finance/index.html";
    private const string Indicator = "cy/2024-25-q3/finance/101-invoices-paid-within-30-days/index.html";
    private readonly BuiltSite _site = fixture.Site;

    [Fact]
    public void The_header_and_footer_of_a_welsh_page_mark_the_english_title_organisation_and_logo_alt()
    {
        var page = _site.Page("cy/key/index.html");

        Assert.Equal(["img en ", "span en Test scorecards"], Marked(page, ".site-name a [lang]"));
        var organisation = page.QuerySelector(".site-name .organisation")!;
        Assert.Equal(("en", "Test County Council"), (organisation.GetAttribute("lang"), organisation.TextContent));
        Assert.Equal(["a en Privacy notice", "span en Test County Council"], Marked(page, "footer [lang]"));
        Assert.Equal([("Test County Council logo", "en")], TranslatedFieldsTests.Logo(page));
    }

    [Theory]
    [InlineData("cy/index.html", "span en Test scorecards|span en Test County Council|span en Finance Committee|span en Finance Committee")]
    [InlineData(Report, "span en Finance Committee|span en Finance Committee|span en Standard|span en Finance Committee|span en Finance Committee")]
    [InlineData(Indicator, "span en Finance Committee|span en Finance Committee")]
    [InlineData("cy/indicators/index.html", "span en Finance Committee|span en Finance Committee")]
    [InlineData("cy/indicators/101-invoices-paid-within-30-days/index.html", "span en Finance Committee")]
    [InlineData("cy/search/index.html", "span en Finance Committee|span en Finance Committee")]
    [InlineData("cy/accessibility/index.html", "span en Test scorecards|span en Test County Council|span en Test County Council")]
    [InlineData("cy/data/index.html", "span en Finance Committee|span en Finance Committee|span en Finance Committee")]
    [InlineData("cy/2024-25-q3/finance/print/index.html",
        "p en Test County Council|span en Finance Committee|span en Finance Committee|span en Agreed by the committee|" +
        "span en Awaiting audit|span en Before the complaints team was set up")]
    public void A_welsh_page_marks_each_english_name_in_its_content(string page, string expected) =>
        Assert.Equal(expected.Split('|'), Marked(_site.Page(page), "main [lang]"));

    [Fact]
    public void The_report_heading_and_breadcrumbs_mark_only_the_committee_name()
    {
        var heading = _site.Page(Report).QuerySelector("main h1")!;
        Assert.Equal("<span lang=\"en\">Finance Committee</span>: adroddiad perfformiad Chwarter 3, blwyddyn ariannol 2024/25",
            heading.InnerHtml);
        var crumb = _site.Page(Indicator).QuerySelectorAll("nav.breadcrumbs li")[1];
        Assert.Equal("<a href=\"../\"><span lang=\"en\">Finance Committee</span> Chwarter 3, blwyddyn ariannol 2024/25</a>", crumb.InnerHtml);
    }

    [Fact]
    public void A_rating_override_s_reason_is_in_welsh_or_marked_english()
    {
        const string Before = "<strong>Sgôr a osodwyd gan y pwyllgor.</strong> Y sgôr a gyfrifwyd oedd Gwyrdd. Rheswm: ";
        Assert.Equal(Before + "Disgwylir anfonebau hwyr", _site.Page(Indicator).QuerySelector("main p.override")!.InnerHtml);
        Assert.Equal(Before + "<span lang=\"en\">Agreed by the committee</span>",
            _site.Page("cy/2024-25-q3/finance/102-complaints-answered-on-time/index.html").QuerySelector("main p.override")!.InnerHtml);
    }

    [Fact]
    public void Validate_warns_where_a_rating_override_s_reason_has_no_welsh()
    {
        var warning = DiagnosticAssert.Has(SiteValidation.Run(fixture.Source).Diagnostics, RuleIds.MissingTranslation, Severity.Warning,
            "content/indicators/102-complaints.yaml", 24, 15);

        Assert.Equal(Missing("reason"), warning.Message);
    }

    [Fact]
    public void The_welsh_page_title_element_keeps_the_english_names_as_plain_text()
    {
        var title = _site.Page(Report).QuerySelector("head title")!;

        Assert.Empty(title.Children);
        Assert.Equal("Finance Committee: adroddiad perfformiad Chwarter 3, blwyddyn ariannol 2024/25 | Test scorecards | Test County Council",
            title.TextContent);
    }

    [Fact]
    public void Without_a_licence_the_welsh_pages_name_the_open_government_licence_in_welsh()
    {
        const string Welsh = "Trwydded Llywodraeth Agored v3.0";
        Assert.Equal(Welsh, _site.Page("cy/index.html").QuerySelector("footer a[rel=license]")!.TextContent);
        Assert.Equal(Welsh, _site.Page("cy/data/index.html").QuerySelector("main a[rel=license]")!.TextContent);
        Assert.Equal(Welsh, _site.Page(Report).QuerySelector(".downloads a[href^='https://www.nationalarchives']")!.TextContent);
        Assert.Equal("Ffigurau a gyhoeddwyd o dan y Trwydded Llywodraeth Agored v3.0: " + LicenceUrl, Rights("cy/feed.xml"));
        Assert.Equal("Open Government Licence v3.0", _site.Page("index.html").QuerySelector("footer a[rel=license]")!.TextContent);
        Assert.Equal("Figures published under the Open Government Licence v3.0: " + LicenceUrl, Rights("feed.xml"));
    }

    [Fact]
    public void Validate_warns_where_the_title_organisation_committee_name_logo_alt_and_link_text_have_no_welsh()
    {
        var warnings = SiteValidation.Run(fixture.Source).Diagnostics
            .Where(d => d.Location.File == "site.config.yaml")
            .Select(d => (d.RuleId, d.Location.Line, d.Location.Column, d.Message))
            .ToList();

        Assert.Equal(
            [
                (RuleIds.MissingTranslation, 4, 8, Missing("title")),
                (RuleIds.MissingTranslation, 5, 15, Missing("organisation")),
                (RuleIds.MissingTranslation, 16, 11, Missing("name")),
                (RuleIds.MissingTranslation, 18, 11, Missing("name")),
                (RuleIds.MissingTranslation, 26, 10, Missing("alt")),
                (RuleIds.MissingTranslation, 31, 13, Missing("text")),
            ],
            warnings);
    }

    private const string LicenceUrl = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";

    private static string Missing(string key) => TranslatedFieldsTests.Missing(key);

    private string Rights(string feed) =>
        System.Xml.Linq.XDocument.Load(Path.Combine(_site.Output, feed)).Root!
            .Element(System.Xml.Linq.XName.Get("rights", "http://www.w3.org/2005/Atom"))!.Value;

    private static List<string> Marked(AngleSharp.Html.Dom.IHtmlDocument page, string selector) =>
        [.. page.QuerySelectorAll(selector).Select(e => $"{e.LocalName} {e.GetAttribute("lang")} {e.TextContent}")];
}

/// <summary>tests/fixtures/translated-fields with its site names in English only and no licence, built once.</summary>
public sealed class UntranslatedSiteNamesSite : IDisposable
{
    private readonly TempSite _source = TempSite.CopyOf(RepoPaths.Fixture("translated-fields"));

    public UntranslatedSiteNamesSite()
    {
        _source.Replace("site.config.yaml", "title: {en: Test scorecards, cy: Cardiau sgorio prawf}", "title: Test scorecards");
        _source.Replace("site.config.yaml", "organisation: {en: Test County Council, cy: Cyngor Sir Prawf}", "organisation: Test County Council");
        _source.Replace("site.config.yaml", "name: {en: Finance Committee, cy: Pwyllgor Cyllid}", "name: Finance Committee");
        _source.Replace("site.config.yaml", "alt: {en: Test County Council logo, cy: Logo Cyngor Sir Prawf}", "alt: Test County Council logo");
        // A rating override on each indicator's latest value: 101's reason in both languages, 102's in English only.
        _source.Replace("content/indicators/101-invoices-paid.yaml", "    note: {en: Includes December, cy: Yn cynnwys mis Rhagfyr}\n",
            "    note: {en: Includes December, cy: Yn cynnwys mis Rhagfyr}\n    rag_override:\n      rating: amber\n" +
            "      reason: {en: Late invoices are expected, cy: Disgwylir anfonebau hwyr}\n");
        _source.Replace("content/indicators/102-complaints.yaml", "    note: Awaiting audit\n",
            "    note: Awaiting audit\n    rag_override:\n      rating: amber\n      reason: Agreed by the committee\n");
        var config = _source.Read("site.config.yaml");
        var licence = config.IndexOf("licence:", StringComparison.Ordinal);
        _source.Write("site.config.yaml", config[..licence] + config[config.IndexOf("# The logo's", licence, StringComparison.Ordinal)..]);
        Site = new BuiltSite(_source.Source);
        Assert.True(Site.Result.Succeeded, DiagnosticAssert.Describe(Site.Result.Diagnostics));
    }

    public string Source => _source.Source;

    public BuiltSite Site { get; }

    public void Dispose()
    {
        Site.Dispose();
        _source.Dispose();
    }
}

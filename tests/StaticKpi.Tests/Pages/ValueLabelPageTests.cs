using System.Text.Json;
using AngleSharp.Html.Dom;

namespace StaticKpi.Tests.Pages;

/// <summary>
/// The pages of tests/fixtures/translated-labels: indicator 201's 2024/25 Q3 value is labelled in both languages, its
/// Q2 value in English only; of its extra charts one has Welsh categories, one English only and one without letters.
/// Welsh pages show the Welsh, else the English marked <c>lang="en"</c> wherever it is HTML; the charts' figures carry
/// the plain text, as Plotly cannot mark a language.
/// </summary>
public sealed class ValueLabelPageTests(ValueLabelPageTests.TranslatedLabels fixture) : IClassFixture<ValueLabelPageTests.TranslatedLabels>
{
    /// <summary>tests/fixtures/translated-labels, built once for these tests and the open data's.</summary>
    public sealed class TranslatedLabels() : BuiltFixture("translated-labels");

    private const string WelshIndicator = "cy/2024-25-q3/finance/201-council-tax-collected/index.html";
    private const string EnglishIndicator = "2024-25-q3/finance/201-council-tax-collected/index.html";
    private const string Trend = "figure[aria-labelledby='chart-201-2024-25-q3-trend-title'] tbody th";
    private readonly BuiltSite _site = fixture.Succeeded();

    [Theory]
    [InlineData(WelshIndicator, "main dd .period-label", " (Y flwyddyn hyd yma)| (<span lang=\"en\">Half year</span>)")]
    [InlineData(WelshIndicator, "table.history tbody th", "Y flwyddyn hyd yma|<span lang=\"en\">Half year</span>")]
    [InlineData(WelshIndicator, Trend,
        "Chwarter 2, blwyddyn ariannol 2024/25 (<span lang=\"en\">Half year</span>)|Chwarter 3, blwyddyn ariannol 2024/25 (Y flwyddyn hyd yma)")]
    [InlineData(EnglishIndicator, "main dd .period-label", " (Year to date)| (Half year)")]
    [InlineData(EnglishIndicator, "table.history tbody th", "Year to date|Half year")]
    public void A_value_s_label_is_in_the_page_s_language_or_the_english_is_marked(string page, string selector, string expected)
    {
        var shown = _site.Page(page).QuerySelectorAll(selector).Select(e => e.InnerHtml);

        Assert.Equal(expected.Split('|'), shown);
    }

    [Fact]
    public void The_welsh_report_s_value_cells_show_the_welsh_label_and_mark_the_english_one()
    {
        var row = _site.Page("cy/2024-25-q3/finance/index.html").QuerySelector("#indicator-table tbody tr")!;

        Assert.Equal("83.1% (Y flwyddyn hyd yma)", row.QuerySelector("td[data-label='Cyfredol']")!.TextContent);
        var previous = row.QuerySelector("td[data-label='Blaenorol'] .period-label [lang]")!;
        Assert.Equal(("span", "en", "Half year"), (previous.LocalName, previous.GetAttribute("lang"), previous.TextContent));
    }

    [Fact]
    public void The_welsh_trend_chart_s_hover_texts_carry_the_labels_as_plain_text()
    {
        using var json = FigureJson(Figure(_site.Page(WelshIndicator), "trend"));

        Assert.Equal(
            ["Half year: 55.2%<br>Sgôr: Coch<br>Targed: 80.0%", "Y flwyddyn hyd yma: 83.1%<br>Sgôr: Gwyrdd<br>Targed: 80.0%"],
            json.RootElement.GetProperty("data")[0].GetProperty("hovertext").EnumerateArray().Select(h => h.GetString()));
    }

    [Theory]
    [InlineData("extra-1", "Hyd 2024|Tach 2024")]
    [InlineData("extra-2", "Town hall|Online")]
    [InlineData("extra-3", "10/2024|11/2024")]
    public void A_welsh_chart_s_figure_has_the_welsh_categories_or_else_the_english(string chart, string categories)
    {
        using var json = FigureJson(Figure(_site.Page(WelshIndicator), chart));

        Assert.Equal(categories.Split('|'), json.RootElement.GetProperty("data")[0].GetProperty("x").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal(categories.Split('|'), json.RootElement.GetProperty("layout").GetProperty("xaxis").GetProperty("categoryarray")
            .EnumerateArray().Select(x => x.GetString()));
    }

    [Theory]
    [InlineData("extra-1", "Hyd 2024|Tach 2024")]
    [InlineData("extra-2", "<span lang=\"en\">Town hall</span>|<span lang=\"en\">Online</span>|<span lang=\"en\">Last year</span>")]
    [InlineData("extra-3", "10/2024|11/2024")]
    public void A_welsh_chart_s_table_heads_its_rows_with_the_welsh_categories_or_the_english_marked(string chart, string heads)
    {
        var rows = Figure(_site.Page(WelshIndicator), chart).QuerySelectorAll("tbody th");

        Assert.Equal(heads.Split('|'), rows.Select(h => h.InnerHtml));
    }

    [Theory]
    [InlineData("extra-1", "Categori|Wedi'i gasglu")]
    [InlineData("extra-2", "<span lang=\"en\">Office</span>|<span lang=\"en\">Collected</span>")]
    public void A_welsh_chart_s_table_has_the_welsh_headings_or_the_english_marked(string chart, string headings)
    {
        var columns = Figure(_site.Page(WelshIndicator), chart).QuerySelectorAll("thead th");

        Assert.Equal(headings.Split('|'), columns.Select(h => h.InnerHtml));
    }

    [Fact]
    public void The_english_page_shows_the_english_categories_and_marks_nothing()
    {
        var page = _site.Page(EnglishIndicator);

        Assert.Equal(["Oct 2024", "Nov 2024"], Figure(page, "extra-1").QuerySelectorAll("tbody th").Select(h => h.InnerHtml));
        Assert.Empty(page.QuerySelectorAll("main [lang]"));
    }

    [Fact]
    public void An_untranslated_label_or_category_with_markup_in_it_is_shown_as_text_and_cannot_end_the_figure_s_script()
    {
        const string Hostile = "</script><script>alert(1)</script>";
        using var site = TempSite.CopyOf(RepoPaths.Fixture("translated-labels"));
        site.Replace("content/indicators/201-council-tax.yaml", "label: Half year", $"label: \"{Hostile}\"");
        site.Replace("content/indicators/201-council-tax.yaml", "[Town hall, Online]", $"[\"{Hostile}\", Online]");
        Assert.True(site.Build().Succeeded);

        var html = File.ReadAllText(Path.Combine(site.Output, WelshIndicator));
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Equal(Hostile, page.QuerySelectorAll("main dd .period-label [lang=en]").Single().TextContent);
        var figure = Figure(page, "extra-2");
        Assert.Equal(Hostile, figure.QuerySelector("tbody th [lang=en]")!.TextContent);
        var script = figure.QuerySelector("script[type='application/json']")!.TextContent;
        Assert.DoesNotContain("<", script, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(script);
        // Plotly reads its texts as markup of its own: the category is escaped for it too, as every chart text is.
        Assert.Equal(["&lt;/script>&lt;script>alert(1)&lt;/script>", "Online"],
            json.RootElement.GetProperty("data")[0].GetProperty("x").EnumerateArray().Select(x => x.GetString()));
    }

    private static IHtmlElement Figure(IHtmlDocument page, string chart) =>
        (IHtmlElement)page.QuerySelector($"#chart-201-2024-25-q3-{chart}")!.Closest("figure")!;

    private static JsonDocument FigureJson(IHtmlElement figure) =>
        JsonDocument.Parse(figure.QuerySelector("script[type='application/json']")!.TextContent);
}

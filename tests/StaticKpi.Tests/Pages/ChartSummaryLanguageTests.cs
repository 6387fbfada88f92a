using AngleSharp.Html.Parser;

namespace StaticKpi.Tests.Pages;

/// <summary>
/// A chart's summary on a Welsh page names the editors' series, categories and reference lines: those without a
/// translation are marked <c>lang="en"</c> inside the Welsh sentence (tests/fixtures/translated-labels, indicator 201).
/// </summary>
public sealed class ChartSummaryLanguageTests(ValueLabelPageTests.TranslatedLabels fixture) : IClassFixture<ValueLabelPageTests.TranslatedLabels>
{
    private const string Welsh = "cy/2024-25-q3/finance/201-council-tax-collected/index.html";
    private const string English = "2024-25-q3/finance/201-council-tax-collected/index.html";
    private readonly BuiltSite _site = fixture.Succeeded();

    [Theory]
    [InlineData("extra-1", "Mae Wedi'i gasglu ar ei uchaf ar gyfer Tach 2024 (9.4) ac ar ei isaf ar gyfer Hyd 2024 (9.1).")]
    [InlineData("extra-2",
        "Mae <span lang=\"en\">Collected</span> ar ei uchaf ar gyfer <span lang=\"en\">Online</span> (5.3) ac ar ei isaf ar gyfer " +
        "<span lang=\"en\">Town hall</span> (4.2). Mae 1 o’r 2 uwchben llinell <span lang=\"en\">Last year</span> ar 4.8.")]
    [InlineData("extra-3", "Mae Wedi'i gasglu ar ei uchaf ar gyfer 11/2024 (9.4) ac ar ei isaf ar gyfer 10/2024 (9.1).")]
    public void A_welsh_chart_summary_marks_each_name_that_has_no_welsh(string chart, string expected)
    {
        Assert.Equal(expected, Summary(Welsh, chart).InnerHtml);
    }

    [Theory]
    [InlineData("trend")]
    [InlineData("extra-1")]
    [InlineData("extra-2")]
    [InlineData("extra-3")]
    public void An_english_chart_summary_marks_nothing(string chart)
    {
        Assert.Empty(Summary(English, chart).QuerySelectorAll("[lang]"));
    }

    [Theory]
    [InlineData("cy/2024-25-q3/finance/201-council-tax-collected/index.html")]
    [InlineData("cy/2024-25-q3/finance/print/index.html")]
    public void An_untranslated_comparator_label_is_marked_in_the_trend_chart_summary_on_the_page_and_in_print(string page)
    {
        using var site = TempSite.CopyOf(RepoPaths.Fixture("translated-labels"));
        site.Replace("content/indicators/201-council-tax.yaml", "\nseries:\n",
            "\nbenchmarks:\n  - kind: comparator\n    value: 78.0\n    period: 2023/24\n    label: Welsh councils\nseries:\n");
        var build = site.Build();
        Assert.True(build.Succeeded, DiagnosticAssert.Describe(build.Diagnostics));

        var summary = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, page)))
            .QuerySelector("figure[aria-labelledby='chart-201-2024-25-q3-trend-title'] .chart-summary")!;

        var marked = Assert.Single(summary.QuerySelectorAll("[lang]"));
        Assert.Equal(("span", "en", "Welsh councils"), (marked.LocalName, marked.GetAttribute("lang"), marked.TextContent));
    }

    private AngleSharp.Dom.IElement Summary(string page, string chart) =>
        _site.Page(page).QuerySelector($"figure[aria-labelledby='chart-201-2024-25-q3-{chart}-title'] .chart-summary")!;
}

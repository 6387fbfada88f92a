using AngleSharp.Html.Dom;

namespace StaticKpi.Tests.Build;

/// <summary>
/// tests/fixtures/translated-fields with two committees named in English only, indicator 101 in both, and the finance
/// report's own title in English only: the sentences the product writes around those names on Welsh pages (the rating
/// chart's caption and download link, the open data links' hidden labels, the indicator page's committee rows, the
/// printable report's heading and crumb) keep their Welsh words and mark only the English name <c>lang="en"</c>.
/// </summary>
public sealed class UntranslatedNamesInSentencesTests(UntranslatedNamesInSentencesSite fixture)
    : IClassFixture<UntranslatedNamesInSentencesSite>
{
    private const string Period = "Chwarter 3, blwyddyn ariannol 2024/25";
    private const string AuditReport = "cy/2024-25-q3/audit/index.html";
    private readonly BuiltSite _site = fixture.Site;

    [Fact]
    public void The_rating_chart_s_caption_marks_only_the_committee_name()
    {
        var caption = _site.Page(AuditReport).QuerySelector("main figure.chart figcaption")!;

        Assert.Null(caption.GetAttribute("lang"));
        Assert.Equal($"<span lang=\"en\">Audit Committee</span>: dangosyddion yn ôl sgôr, {Period}", caption.InnerHtml);
    }

    [Fact]
    public void The_rating_chart_s_download_link_marks_only_the_committee_name()
    {
        var link = _site.Page(AuditReport).QuerySelector("main figure.chart p.download a")!;

        Assert.Equal(
            $"Lawrlwytho’r data ar gyfer “<span lang=\"en\">Audit Committee</span>: dangosyddion yn ôl sgôr, {Period}” (CSV, 162 beit)",
            link.InnerHtml);
    }

    [Fact]
    public void The_rating_chart_s_figure_keeps_the_plain_title_as_its_json_cannot_mark_it()
    {
        var json = _site.Page(AuditReport).QuerySelector("main figure.chart script[type='application/json']")!.TextContent;

        Assert.Equal($"Audit Committee: dangosyddion yn ôl sgôr, {Period}",
            System.Text.Json.Nodes.JsonNode.Parse(json)!["layout"]!["meta"]!["title"]!.GetValue<string>());
    }

    [Fact]
    public void The_open_data_links_hidden_labels_mark_only_the_english_names()
    {
        var labels = _site.Page("cy/data/index.html").QuerySelectorAll("main td a .visually-hidden").Select(e => e.InnerHtml).ToList();

        const string Invoices = " data ar gyfer Dangosydd 101: Anfonebau a dalwyd o fewn 30 diwrnod";
        const string Complaints = " data ar gyfer Dangosydd 102: Cwynion a atebwyd mewn pryd";
        string[] marked = [
            $" data ar gyfer <span lang=\"en\">Audit Committee</span>: adroddiad perfformiad {Period}",
            " data ar gyfer <span lang=\"en\">Finance scorecard</span>"];
        Assert.Equal(
            [
                marked[0], marked[0], marked[1], marked[1],
                Invoices, Invoices, Complaints, Complaints,
            ],
            labels);
    }

    [Fact]
    public void The_indicator_s_own_page_marks_each_committee_name_in_its_report_rows()
    {
        var rows = _site.Page("cy/indicators/101-invoices-paid-within-30-days/index.html")
            .QuerySelectorAll("main table.indicator-reports tbody th a").Select(e => e.InnerHtml).ToList();

        Assert.Equal([$"<span lang=\"en\">Audit Committee</span>: {Period}", $"<span lang=\"en\">Finance Committee</span>: {Period}"], rows);
    }

    [Fact]
    public void The_printable_report_s_heading_and_crumbs_mark_only_the_english_title_and_committee_name()
    {
        var page = _site.Page("cy/2024-25-q3/finance/print/index.html");

        Assert.Equal("<span lang=\"en\">Finance scorecard</span>", page.QuerySelector("main h1")!.InnerHtml);
        Assert.Equal(
            [
                "<a href=\"../../../\">Hafan</a>",
                $"<a href=\"../\"><span lang=\"en\">Finance Committee</span> {Period}</a>",
                "<span lang=\"en\">Finance scorecard</span>: fersiwn argraffadwy",
            ],
            Crumbs(page));
    }

    [Fact]
    public void The_english_pages_mark_nothing()
    {
        Assert.Empty(_site.Page("2024-25-q3/audit/index.html").QuerySelectorAll("main [lang]"));
        Assert.Empty(_site.Page("data/index.html").QuerySelectorAll("main [lang]"));
        Assert.Empty(_site.Page("indicators/101-invoices-paid-within-30-days/index.html").QuerySelectorAll("main [lang]"));
    }

    private static List<string> Crumbs(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("nav.breadcrumbs li").Select(e => e.InnerHtml)];
}

/// <summary>tests/fixtures/translated-fields with a second committee, both committees and the report's title in English only, built once.</summary>
public sealed class UntranslatedNamesInSentencesSite : IDisposable
{
    private readonly TempSite _source = TempSite.CopyOf(RepoPaths.Fixture("translated-fields"));

    public UntranslatedNamesInSentencesSite()
    {
        _source.Replace("site.config.yaml", "name: {en: Finance Committee, cy: Pwyllgor Cyllid}",
            "name: Finance Committee\n  - key: audit\n    name: Audit Committee");
        _source.Replace("content/reports/finance/2024-25-q3.yaml", "period: 2024/25 Q3\n", "period: 2024/25 Q3\ntitle: Finance scorecard\n");
        _source.Write("content/reports/audit/2024-25-q3.yaml",
            "committee: audit\nperiod: 2024/25 Q3\nproduced_on: 2025-02-20\nindicators: [101]\n");
        Site = new BuiltSite(_source.Source);
        Assert.True(Site.Result.Succeeded, DiagnosticAssert.Describe(Site.Result.Diagnostics));
    }

    public BuiltSite Site { get; }

    public void Dispose()
    {
        Site.Dispose();
        _source.Dispose();
    }
}

using StaticKpi.Charts;
using StaticKpi.Formatting;
using StaticKpi.Localisation;
using StaticKpi.Model;
using StaticKpi.Scoring;
using StaticKpi.Shared;

namespace StaticKpi.Pages;

/// <summary>Small views many page kinds make the same way: the breadcrumb trail, content HTML and a chart.</summary>
internal static class PageParts
{
    /// <summary>The trail from the home page to the page at <paramref name="from"/>, each link relative to it.</summary>
    internal static IReadOnlyList<LinkView> Crumbs(SiteStrings strings, string from, params (string Text, string Path)[] trail) =>
        [
            new LinkView(strings.Text("nav.home"), SitePaths.Link(from, SitePaths.Home)),
            .. trail.Select(t => new LinkView(t.Text, SitePaths.Link(from, t.Path))),
        ];

    /// <summary>A link to a report's page, named by the report's title.</summary>
    internal static LinkView ReportLink(SiteStrings strings, string from, ScoredReport report) =>
        new(Labels.ReportTitle(strings, report.Report, report.Committee), SitePaths.Link(from, SitePaths.Report(report.Report)))
        {
            TextHtml = ReportTitleHtml(strings, report.Report, report.Committee),
        };

    /// <summary>
    /// A report's title as markup, where part of it fell back to the default language (its own title, or its committee's
    /// name in the generated one); null when none did, and the plain title is shown.
    /// </summary>
    internal static HtmlString? ReportTitleHtml(SiteStrings strings, Report report, Committee committee) =>
        report.Title is { } own
            ? report.TitleLanguage is null ? null : new HtmlString(MarkedText.Span(own, report.TitleLanguage))
            : MarkedText.Format(strings, "report.title", ("committee", committee.Name, committee.Language),
                ("period", strings.PeriodName(report.Period), null));

    /// <summary>The trail of a page under a report (an indicator's page, the printable report): home, then the report.</summary>
    internal static IReadOnlyList<LinkView> CrumbsUnder(SiteStrings strings, string from, ScoredReport report)
    {
        var period = strings.PeriodName(report.Report.Period);
        var crumbs = Crumbs(strings, from,
            (strings.Format("nav.report_crumb", ("committee", report.Committee.Name), ("period", period)), SitePaths.Report(report.Report)));
        var marked = MarkedText.Format(strings, "nav.report_crumb", ("committee", report.Committee.Name, report.Committee.Language),
            ("period", period, null));
        return marked is null ? crumbs : [crumbs[0], crumbs[1] with { TextHtml = marked }];
    }

    internal static HtmlString? Html(string? html) => html is null ? null : new HtmlString(html);

    internal static ChartView Chart(ChartFigure figure, SiteStrings strings)
    {
        var sizeText = DownloadView.SizeOf(PageFiles.CsvLength(figure.Csv), strings);
        return new ChartView(
            figure.Id,
            figure.Title,
            figure.Summary,
            new ChartTableView(figure.Table.Caption, MarkedColumns(figure.Table), MarkedRows(figure.Table)),
            new HtmlString(figure.Json),
            figure.Id + ".csv",
            sizeText,
            figure.PointCount,
            figure.Csv)
        {
            TitleLanguage = figure.TitleLanguage,
            SummaryHtml = MarkedText.Naming(figure.Summary, [.. figure.SummaryMarks.Select(m => (m.Text, m.Language))]),
        };
    }

    /// <summary>The table's headings, each another language's marked with its <c>lang</c>.</summary>
    private static IReadOnlyList<object> MarkedColumns(ChartTable table) => table.ColumnLanguages.Count == 0
        ? table.Columns
        : [.. table.Columns.Select((heading, i) => table.ColumnLanguages[i] is { } language
            ? new HtmlString(MarkedText.Span(heading, language))
            : (object)heading)];

    /// <summary>
    /// The table's rows, with each text another language's marked in its row's first cell (see <see cref="MarkedText"/>);
    /// the other rows are the chart's own, shared, so their rendering is too.
    /// </summary>
    private static IReadOnlyList<IReadOnlyList<object>> MarkedRows(ChartTable table)
    {
        if (table.Marks.Count == 0)
        {
            return table.Rows;
        }

        var rows = table.Rows.ToArray<IReadOnlyList<object>>();
        foreach (var mark in table.Marks)
        {
            var cells = table.Rows[mark.Row];
            if (MarkedText.Naming(cells[0], mark.Text, mark.Language) is { } head)
            {
                rows[mark.Row] = [head, .. cells.Skip(1)];
            }
        }

        return rows;
    }
}

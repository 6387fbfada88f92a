using System.Globalization;
using StaticKpi.Formatting;
using StaticKpi.OpenData;
using StaticKpi.Shared;

namespace StaticKpi.Pages.Kinds;

/// <summary>The open data page: every download, with its fields described.</summary>
public sealed class DataPageKind() : SinglePageKind("data", SitePaths.Data, changesWithEveryReport: true)
{
    public override PageModel Build(PlannedPage page, PageContext context, IReadOnlyList<PageModel> reprinted)
    {
        var path = page.OutputPath;
        var data = context.Downloads.Data;
        DataRowView Row(string title, string? url, DataFile csv, DataFile json, HtmlString? titleHtml = null)
        {
            // The links' hidden labels name the row too, so an English name in it is marked there as well.
            DownloadView Download(DataFile file) => PageDownloads.Of(context.Strings, title, path, file) with { TextHtml = titleHtml };
            return new(title, url, Download(csv), Download(json)) { TitleHtml = titleHtml };
        }

        var reports = data.Data.Reports
            .OrderByDescending(r => r.Report.Period)
            .ThenBy(r => r.Scored.Committee.Key, StringComparer.Ordinal)
            .Select(r => data.ForReport(r.Report) is var (csv, json)
                ? Row(r.Title, SitePaths.Link(path, SitePaths.Report(r.Report)), csv, json,
                    PageParts.ReportTitleHtml(context.Strings, r.Report, r.Scored.Committee))
                : null)
            .OfType<DataRowView>()
            .ToList();
        var indicators = data.Data.Indicators
            .Select(i => data.ForIndicator(i.Indicator.Id) is var (csv, json)
                ? Row(context.Strings.Format("data.indicator_row", ("id", i.Indicator.Id.ToString(CultureInfo.InvariantCulture)),
                    ("title", i.Indicator.Title)), SitePaths.Link(path, SitePaths.IndicatorLatest(i.Indicator)), csv, json,
                    MarkedText.Format(context.Strings, "data.indicator_row", ("id", i.Indicator.Id.ToString(CultureInfo.InvariantCulture), null),
                        ("title", i.Indicator.Title, i.Indicator.TitleLanguage)))
                : null)
            .OfType<DataRowView>()
            .ToList();
        // Described in the page's language; the column names and the data package stay as the files have them.
        IReadOnlyList<DataColumnView> Columns<TRow>(IReadOnlyList<DataColumn<TRow>> columns) =>
            [.. DataTables.FieldsOf(columns, context.Strings).Select(f => new DataColumnView(f.Name, f.Type, f.Description))];

        return new DataPage(path, context.Strings.Text("data.title"), SitePaths.RootFrom(path), PageParts.Crumbs(context.Strings, path),
            Labels.DataLicence(context.Strings, context.Site.Config),
            PageDownloads.Of(context.Strings, context.Strings.Text("data.package"), path, data.Package),
            Row(context.Strings.Text("data.all_row"), null, data.AllCsv, data.AllJson),
            reports, indicators,
            Columns(DataTables.Values), Columns(DataTables.Report))
        {
            LastModified = page.LastModified,
        };
    }
}

using System.Globalization;
using StaticKpi.Localisation;
using StaticKpi.Model;

namespace StaticKpi.Pages;

/// <summary>A data file offered for download: the link's text, its address from the page, and the format and size shown beside it.</summary>
public sealed record DownloadView(string Text, string Url, string Format, string Size)
{
    /// <summary>The text as markup when part of it fell back to the default language (see <see cref="MarkedText"/>); else null.</summary>
    public HtmlString? TextHtml { get; init; }

    /// <summary>
    /// A file size as readers see it, in the pages' language: "850 bytes", "2 KB" (rounded to the nearest kilobyte).
    /// The number is written without grouping in every language, as file sizes conventionally are.
    /// </summary>
    public static string SizeOf(int bytes, SiteStrings strings) => bytes < 1024
        ? strings.Format("file_size.bytes", ("count", bytes.ToString(CultureInfo.InvariantCulture)))
        : strings.Format("file_size.kilobytes", ("count", ((bytes + 512) / 1024).ToString(CultureInfo.InvariantCulture)));
}

/// <summary>An indicator's latest figures, as the newest report that includes it shows them.</summary>
public sealed record LatestView(string Period, ValueView Value, string Target, string Change, RatingView Rating, LinkView Page);

/// <summary>One report an indicator is in: a row of the table on the indicator's own page.</summary>
public sealed record IndicatorReportRowView(string Report, string Url, ValueView Value, string Target, string Change, RatingView Rating)
{
    /// <summary>The report's name as markup when its committee's name fell back to the default language; else null.</summary>
    public HtmlString? ReportHtml { get; init; }
}

/// <summary>
/// An indicator's own page at <c>/indicators/&lt;id&gt;-&lt;slug&gt;/</c>: an address that always shows its latest
/// figures and links to its page in every report (those pages keep their permanent addresses).
/// </summary>
public sealed record IndicatorLatestPage(
    string OutputPath, string Title, string Root, IReadOnlyList<LinkView> Breadcrumbs,
    int Id, string IndicatorTitle, string Committee, string? Service, HtmlString? Description,
    LatestView Latest, IReadOnlyList<IndicatorReportRowView> Reports)
    : PageModel(OutputPath, "indicator-latest", Title, Root, Breadcrumbs)
{
    /// <summary>The <c>lang</c> of the indicator's title when it is another language's (no translation); else null.</summary>
    public string? TitleLanguage { get; init; }

    /// <summary>The <c>lang</c> of the committee's name when it is another language's (no translation); else null.</summary>
    public string? CommitteeLanguage { get; init; }
}

public sealed record IndicatorListRowView(int Id, string Title, string Url, string LatestPeriod, ValueView Value, string Target, RatingView Rating)
{
    /// <summary>The <c>lang</c> of the indicator's title when it is another language's (no translation); else null.</summary>
    public string? TitleLanguage { get; init; }
}

public sealed record IndicatorListGroupView(string Committee, string Id, IReadOnlyList<IndicatorListRowView> Indicators)
{
    /// <summary>The <c>lang</c> of the committee's name when it is another language's (no translation); else null.</summary>
    public string? CommitteeLanguage { get; init; }
}

/// <summary>Every published indicator by committee, each linking to its own page.</summary>
public sealed record IndicatorsPage(
    string OutputPath, string Title, string Root, IReadOnlyList<LinkView> Breadcrumbs, IReadOnlyList<IndicatorListGroupView> Committees)
    : PageModel(OutputPath, "indicators", Title, Root, Breadcrumbs);

/// <summary>A row of the open data page's tables: what the files hold, and their CSV and JSON downloads.</summary>
public sealed record DataRowView(string Title, string? Url, DownloadView Csv, DownloadView Json)
{
    /// <summary>The title as markup when part of it fell back to the default language (see <see cref="MarkedText"/>); else null.</summary>
    public HtmlString? TitleHtml { get; init; }
}

/// <summary>A column of the CSV files, described on the open data page.</summary>
public sealed record DataColumnView(string Name, string Type, string Description);

/// <summary>The open data page: the licence, every download with its size, and what each CSV column means.</summary>
public sealed record DataPage(
    string OutputPath, string Title, string Root, IReadOnlyList<LinkView> Breadcrumbs,
    Licence Licence, DownloadView Package, DataRowView All, IReadOnlyList<DataRowView> Reports, IReadOnlyList<DataRowView> Indicators,
    IReadOnlyList<DataColumnView> ValueColumns, IReadOnlyList<DataColumnView> ReportColumns)
    : PageModel(OutputPath, "data", Title, Root, Breadcrumbs);

/// <summary>
/// The page hosts show for an address that does not exist. It is served at any depth, so its links start from
/// the site's path on the host (<c>/performance/</c>) instead of being relative; it has no canonical address.
/// </summary>
public sealed record NotFoundPage(string OutputPath, string Title, string Root, string? ContactEmail)
    : PageModel(OutputPath, "not-found", Title, Root, [])
{
    public override string? Canonical => null;
}

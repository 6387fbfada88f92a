using StaticKpi.Shared;

namespace StaticKpi.Pages;

/// <summary>Site-wide facts every template can use.</summary>
public sealed record SiteView(string Title, string Organisation, string Language, string? ContactEmail, string BaseUrl)
{
    /// <summary>
    /// The site's languages, for the <c>hreflang</c> alternates and the language switch; empty for a site in one
    /// language, which has neither.
    /// </summary>
    public IReadOnlyList<LanguageView> Languages { get; init; } = [];

    /// <summary>The language of <see cref="Title"/> when it fell back to the default language's; else null.</summary>
    public string? TitleLanguage { get; init; }

    /// <summary>The language of <see cref="Organisation"/> when it fell back to the default language's; else null.</summary>
    public string? OrganisationLanguage { get; init; }

    /// <summary>The site's address, where every language's folder is (<see cref="BaseUrl"/> is this language's).</summary>
    public string RootUrl { get; init; } = BaseUrl;

    /// <summary>The licence the data is published under, stated in every footer.</summary>
    public Model.Licence Licence { get; init; } = Model.Licence.OpenGovernmentLicence;

    /// <summary>The Atom feed's path from the site root, linked from every page's head; null when no feed is written.</summary>
    public string? FeedPath { get; init; }

    /// <summary>The site's logo, favicon, stylesheets and extra links, once the build has written its files.</summary>
    public BrandingView Branding { get; init; } = BrandingView.None;
}

/// <summary>
/// What one output page needs: where it goes, which layout renders it and the data for that layout.
/// <see cref="Root"/> is the relative path back to the site root ("../../"), so the site works from any
/// sub-path or host without rewriting links.
/// </summary>
public abstract record PageModel(string OutputPath, string Layout, string Title, string Root, IReadOnlyList<LinkView> Breadcrumbs)
{
    /// <summary>Charts on the page; pages without charts do not load the charting script.</summary>
    public virtual IReadOnlyList<ChartView> Charts => [];

    public bool HasCharts => Charts.Any(c => c.Drawable);

    /// <summary>Whether the charts' CSV downloads are written beside this page.</summary>
    public virtual bool WritesChartFiles => true;

    /// <summary>Files other than charts' CSVs that belong with the page (the search index).</summary>
    public virtual IReadOnlyList<PageFile> ExtraFiles => [];

    /// <summary>The page's address relative to the site root, as used in links and canonical URLs.</summary>
    public string Url => OutputPath.EndsWith("index.html", StringComparison.Ordinal) ? OutputPath[..^"index.html".Length] : OutputPath;

    /// <summary>The address search engines should index for this page's content (relative to the site root); null for none.</summary>
    public virtual string? Canonical => Url;

    /// <summary>When the page's content last changed, for the sitemap: the report's produced_on where there is one.</summary>
    public DateOnly? LastModified { get; init; }

    /// <summary>The page's data downloads (CSV and JSON), with their sizes.</summary>
    public IReadOnlyList<DownloadView> Downloads { get; init; } = [];

    /// <summary>
    /// The language the page is written in (<c>en-GB</c>, <c>cy-GB</c>): its template's words come from that language's
    /// strings. Set from <see cref="PageContext.Strings"/> as the page is built.
    /// </summary>
    public string Language { get; init; } = "en-GB";

    /// <summary>
    /// The title as markup for the page's heading and breadcrumb, when part of it fell back to the default language
    /// (see <see cref="MarkedText"/>); null when none did, and <see cref="Title"/> is shown.
    /// </summary>
    public HtmlString? TitleHtml { get; init; }
}

public sealed record HomePage(
    string OutputPath, string Title, string Root, IReadOnlyList<LinkView> Breadcrumbs,
    IReadOnlyList<CommitteeHomeView> Committees)
    : PageModel(OutputPath, "home", Title, Root, Breadcrumbs);

public sealed record ReportPage(
    string OutputPath, string Title, string Root, IReadOnlyList<LinkView> Breadcrumbs,
    string Committee, string Period, string ProducedOn, string ProducedOnIso, HtmlString? Introduction,
    IReadOnlyList<SummaryRowView> Summary, bool SummaryHasBlue, IReadOnlyList<IndicatorRowView> Indicators,
    IReadOnlyList<IndicatorRowView> Highlights, IReadOnlyList<MovementView> Movements, string? PreviousReportPeriod,
    int UnchangedCount, string PolicyName, LinkView? PreviousReport, LinkView? NextReport, ChartView RatingChart)
    : PageModel(OutputPath, "report", Title, Root, Breadcrumbs)
{
    public override IReadOnlyList<ChartView> Charts => [RatingChart];

    /// <summary>The <c>lang</c> of the policy's name when it is another language's (no translation); else null.</summary>
    public string? PolicyLanguage { get; init; }

    /// <summary>The <c>lang</c> of the committee's name when it is another language's (no translation); else null.</summary>
    public string? CommitteeLanguage { get; init; }

    public bool HasOverrides => Indicators.Any(i => i.Rating.Overridden);

    public bool HasWithheld => Indicators.Any(i => i.Rating.Key == "withheld");
}

public sealed record IndicatorPage(
    string OutputPath, string Title, string Root, IReadOnlyList<LinkView> Breadcrumbs,
    int Id, string IndicatorTitle, string Committee, string? Service, string ReportPeriod, string Target,
    DirectionView Direction, ValueView Current, ValueView? Previous, string Change, RatingView Rating,
    BenchmarkView? StatisticalNeighbours, BenchmarkView? England, IReadOnlyList<BenchmarkView> OtherBenchmarks,
    HtmlString? Description, string? DataSource, string? Frequency, HtmlString? Commentary, HtmlString? Actions,
    HtmlString? PathToGreen, IReadOnlyList<SectionView> OtherSections, IReadOnlyList<LinkView> Links,
    IReadOnlyList<HistoryRowView> History, LinkView ReportLink, LinkView? PreviousPeriod, LinkView? NextPeriod,
    ChartView TrendChart, IReadOnlyList<ChartView> ExtraCharts)
    : PageModel(OutputPath, "indicator", Title, Root, Breadcrumbs)
{
    public override IReadOnlyList<ChartView> Charts => [TrendChart, .. ExtraCharts];

    /// <summary>The indicator's own page, with its latest figures and a link to every report it is in.</summary>
    public LinkView? AllReports { get; init; }

    /// <summary>The <c>lang</c> of the committee's name when it is another language's (no translation); else null.</summary>
    public string? CommitteeLanguage { get; init; }

    /// <summary>The <c>lang</c> of the indicator's title when it is another language's (no translation); else null.</summary>
    public string? TitleLanguage { get; init; }

    /// <summary>The <c>lang</c> of the commentary when it is another language's (no translation); else null.</summary>
    public string? CommentaryLanguage { get; init; }

    /// <summary>The <c>lang</c> of the data source when it is another language's (no translation); else null.</summary>
    public string? DataSourceLanguage { get; init; }

    /// <summary>What the previous figure is: "Previous period", or "Same quarter last year" for a like-with-like comparison.</summary>
    public required string PreviousLabel { get; init; }

    /// <summary>The baseline, when the indicator has one.</summary>
    public BaselineView? Baseline { get; init; }

    /// <summary>True when the period has no target and the baseline is shown where the target would be.</summary>
    public bool BaselineInPlaceOfTarget { get; init; }

    /// <summary>The indicator's targets by period, oldest first; empty when it has one target or none.</summary>
    public IReadOnlyList<TargetChangeView> Targets { get; init; } = [];

    /// <summary>The first target's period, when the history has figures from before it (they have no target).</summary>
    public string? NoTargetBefore { get; init; }
}

public sealed record KeyPage(
    string OutputPath, string Title, string Root, IReadOnlyList<LinkView> Breadcrumbs,
    IReadOnlyList<KeyTermView> Terms, IReadOnlyList<PolicyView> Policies, IReadOnlyList<RatingView> Statuses)
    : PageModel(OutputPath, "key", Title, Root, Breadcrumbs);

public sealed record AccessibilityPage(
    string OutputPath, string Title, string Root, IReadOnlyList<LinkView> Breadcrumbs,
    string? ContactEmail, string? ContactPhone, int ResponseDays, string Compliance, IReadOnlyList<string> KnownIssues,
    string? LastTested, string TestedBy, string? Prepared, string? LastReviewed)
    : PageModel(OutputPath, "accessibility", Title, Root, Breadcrumbs)
{
    /// <summary>The language of <see cref="KnownIssues"/> when it is not the page's (the site's default); else null.</summary>
    public string? KnownIssuesLanguage { get; init; }

    /// <summary>The language of <see cref="TestedBy"/> when it is not the page's (the site's default); else null.</summary>
    public string? TestedByLanguage { get; init; }
}

/// <summary>
/// Site-wide search, usable on any static host: the page loads <see cref="SitePaths.SearchIndex"/> and matches
/// in the browser. Without script it lists every indicator's latest page, so nothing is out of reach.
/// </summary>
public sealed record SearchPage(
    string OutputPath, string Title, string Root, IReadOnlyList<LinkView> Breadcrumbs,
    IReadOnlyList<SearchEntryView> Latest, string IndexUrl, PageFile Index)
    : PageModel(OutputPath, "search", Title, Root, Breadcrumbs)
{
    public override IReadOnlyList<PageFile> ExtraFiles => [Index];

    /// <summary>The words search.js shows (counts, "no results"), as JSON from <see cref="Localisation.ScriptWords"/>.</summary>
    public string ScriptWords { get; init; } = "{}";
}

/// <summary>
/// A whole report on one page, to print like the committee appendix it replaces: a cover with committee,
/// period and date, the summary table, then each indicator on a page of its own with its headline figures,
/// chart summary and data, commentary and actions.
/// </summary>
public sealed record PrintReportPage(
    string OutputPath, string Title, string Root, IReadOnlyList<LinkView> Breadcrumbs,
    string ReportTitle, string Committee, string Period, string ProducedOn, IReadOnlyList<SummaryRowView> Summary,
    IReadOnlyList<IndicatorPage> Indicators, LinkView ReportLink)
    : PageModel(OutputPath, "print", Title, Root, Breadcrumbs)
{
    /// <summary>The trend charts, so the page loads the chart script; their CSVs live beside the indicator pages.</summary>
    public override IReadOnlyList<ChartView> Charts => [.. Indicators.Select(i => i.TrendChart)];

    public override bool WritesChartFiles => false;

    /// <summary>The <c>lang</c> of the committee's name when it is another language's (no translation); else null.</summary>
    public string? CommitteeLanguage { get; init; }

    /// <summary>The report's title as markup when part of it fell back to the default language; else null.</summary>
    public HtmlString? ReportTitleHtml { get; init; }
}

/// <summary>One of the site's languages as a page links to it: its alternate address and its place in the language switch.</summary>
/// <param name="Code">The language's code, its <c>lang</c> and <c>hreflang</c>.</param>
/// <param name="Name">The language's own name, the switch's text.</param>
/// <param name="Prefix">Its folder from the site root ("" or "cy/"), for the alternates' addresses.</param>
/// <param name="FromHere">Its root from the root of the language of the page ("cy/", "../"), for the switch's relative link.</param>
/// <param name="Current">Whether it is the page's own language, which the switch does not link to.</param>
/// <param name="SitePath">
/// Its root as a path on the host ("/dyffryn/cy/"), for the 404 page's switch: a host serves that page at any address,
/// so its links start from the host, and a clean path beats "/dyffryn/cy/../404.html".
/// </param>
public sealed record LanguageView(string Code, string Name, string Prefix, string FromHere, bool Current, string SitePath);

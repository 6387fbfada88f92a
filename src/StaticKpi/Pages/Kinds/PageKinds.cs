namespace StaticKpi.Pages.Kinds;

/// <summary>
/// Every kind of page, in the order the site plan lists them (and so the sitemap and the build): the site-wide pages
/// before the reports, each report's pages together where the first per-report kind stands, then the rest. Adding a
/// page is one kind here, its layout in the theme and a test.
/// </summary>
public static class PageKinds
{
    public static IReadOnlyList<PageKind> All { get; } =
    [
        new HomePageKind(),
        new KeyPageKind(),
        new AccessibilityPageKind(),
        new ReportPageKind(),
        new IndicatorPageKind(),
        new PrintReportPageKind(),
        new SearchPageKind(),
        new IndicatorsPageKind(),
        new IndicatorLatestPageKind(),
        new DataPageKind(),
        new NotFoundPageKind(),
    ];
}

using StaticKpi.Scoring;

namespace StaticKpi.Pages;

/// <summary>
/// A report's title as every output names it: its pages, the feed and the open data. Kept apart from the page kinds
/// so that the stages which only need the title do not depend on how pages are built.
/// </summary>
public static class ReportTitles
{
    public static string Of(ScoredReport report) =>
        report.Report.Title ?? $"{report.Committee.Name}: {report.Report.Period.DisplayName} performance report";
}

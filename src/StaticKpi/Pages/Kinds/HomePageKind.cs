using StaticKpi.Formatting;
using StaticKpi.Scoring;
using StaticKpi.Shared;

namespace StaticKpi.Pages.Kinds;

/// <summary>The home page: each committee's latest report with its summary, and an archive of the others by year.</summary>
public sealed class HomePageKind() : SinglePageKind("home", SitePaths.Home, changesWithEveryReport: true)
{
    public override PageModel Build(PlannedPage page, PageContext context, IReadOnlyList<PageModel> reprinted)
    {
        var path = page.OutputPath;
        var committees = context.Reports
            .GroupBy(r => r.Committee.Key)
            .Select(group =>
            {
                var ordered = group.OrderByDescending(r => r.Report.Period).ToList();
                var latest = ordered[0];
                var archive = ordered
                    .GroupBy(r => r.Report.Period.FinancialYearText('/'))
                    .Select(year => new ArchiveYearView(year.Key, [.. year.Select(r => ReportLink(path, r))]))
                    .ToList();
                return new CommitteeHomeView(latest.Committee.Name, ReportLink(path, latest), context.Views.Summary(latest), archive);
            })
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        return new HomePage(path, context.Site.Config.Title, SitePaths.RootFrom(path), [], committees) { LastModified = page.LastModified };
    }

    private static ReportLinkView ReportLink(string from, ScoredReport report) => new(
        Labels.ReportTitle(report.Report, report.Committee),
        SitePaths.Link(from, SitePaths.Report(report.Report)),
        report.Report.Period.DisplayName,
        ValueFormatter.Date(report.Report.ProducedOn),
        report.Committee.Name);
}

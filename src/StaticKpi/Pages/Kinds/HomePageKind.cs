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
                    .Select(year => new ArchiveYearView(year.Key, [.. year.Select(r => ReportLink(context, path, r))]))
                    .ToList();
                return new CommitteeHomeView(latest.Committee.Name, ReportLink(context, path, latest), context.Views.Summary(latest), archive)
                {
                    NameLanguage = latest.Committee.Language,
                };
            })
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        return new HomePage(path, context.Site.Config.Title, SitePaths.RootFrom(path), [], committees) { LastModified = page.LastModified };
    }

    private static ReportLinkView ReportLink(PageContext context, string from, ScoredReport report) => new(
        Labels.ReportTitle(context.Strings, report.Report, report.Committee),
        SitePaths.Link(from, SitePaths.Report(report.Report)),
        context.Strings.PeriodName(report.Report.Period),
        context.Views.Format.Date(report.Report.ProducedOn),
        report.Committee.Name)
    {
        CommitteeLanguage = report.Committee.Language,
    };
}

using StaticKpi.Model;
using StaticKpi.Pages;
using StaticKpi.Scoring;

namespace StaticKpi.Tests.Scoring;

/// <summary>Reports are put in one order, committee key (ordinal) then period, by scoring and by the site plan alike.</summary>
public sealed class ReportOrderTests
{
    private static readonly Report[] Shuffled =
    [
        Of("children", Period.Quarter(2024, 2)),
        Of("adults", Period.Quarter(2025, 1)),
        Of("children", Period.Quarter(2023, 1)),
        Of("adult-care", Period.Quarter(2024, 3)),
        Of("adults", Period.Quarter(2024, 3)),
    ];

    /// <summary>Ordinal: '-' sorts before letters, so "adult-care" comes before "adults".</summary>
    private static readonly (string Committee, Period Period)[] Expected =
    [
        ("adult-care", Period.Quarter(2024, 3)),
        ("adults", Period.Quarter(2024, 3)),
        ("adults", Period.Quarter(2025, 1)),
        ("children", Period.Quarter(2023, 1)),
        ("children", Period.Quarter(2024, 2)),
    ];

    private static Report Of(string committee, Period period) => Build.Report(period) with { CommitteeKey = committee };

    [Fact]
    public void Reports_are_ordered_by_committee_key_then_period()
    {
        Assert.Equal(Expected, ReportScorer.InScoringOrder(Shuffled).Select(r => (r.CommitteeKey, r.Period)));
    }

    [Fact]
    public void Scoring_takes_reports_in_that_order()
    {
        Assert.Equal(Expected, ReportScorer.ScoreAll(Build.Site([], Shuffled)).Select(s => (s.Report.CommitteeKey, s.Report.Period)));
    }

    [Fact]
    public void The_site_plan_lists_report_pages_in_that_order()
    {
        var plan = SitePlan.Create(Build.Site([], Shuffled));

        Assert.Equal(Expected, plan.Pages.Where(p => p.Kind is StaticKpi.Pages.Kinds.ReportPageKind)
            .Select(p => (p.Report!.CommitteeKey, p.Report.Period)));
    }
}

using StaticKpi.Model;
using StaticKpi.Scoring;

namespace StaticKpi.Pages;

/// <summary>
/// The scored reports of a build, found by report, and each report's neighbours: the committee's previous and next
/// report, and the previous and next report of the same committee showing an indicator.
/// </summary>
public sealed class ScoredReportIndex
{
    private readonly Dictionary<Report, ScoredReport> _scored = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, List<ScoredReport>> _byCommittee = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Committee, int Indicator), List<ScoredReport>> _byIndicator = [];

    public ScoredReportIndex(IReadOnlyList<ScoredReport> reports)
    {
        // Neighbouring reports are looked up for every page, so each committee's and each indicator's reports are
        // listed once, in period order, rather than searched for page by page.
        foreach (var report in reports.OrderBy(r => r.Report.Period))
        {
            _scored[report.Report] = report;
            Add(_byCommittee, report.Committee.Key, report);
            foreach (var indicator in report.Indicators)
            {
                Add(_byIndicator, (report.Committee.Key, indicator.Indicator.Id), report);
            }
        }
    }

    private static void Add<TKey>(Dictionary<TKey, List<ScoredReport>> lists, TKey key, ScoredReport report)
        where TKey : notnull
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = [];
        }

        list.Add(report);
    }

    /// <summary>The scores of a planned page's report.</summary>
    public ScoredReport Scored(Report report) => _scored[report];

    public (ScoredReport? Previous, ScoredReport? Next) Neighbours(ScoredReport report)
    {
        var same = _byCommittee[report.Committee.Key];
        var index = same.IndexOf(report);
        return (index > 0 ? same[index - 1] : null, index < same.Count - 1 ? same[index + 1] : null);
    }

    public (ScoredReport? Previous, ScoredReport? Next) IndicatorNeighbours(ScoredReport report, Indicator indicator)
    {
        var with = _byIndicator[(report.Committee.Key, indicator.Id)];
        var index = with.IndexOf(report);
        return (index > 0 ? with[index - 1] : null, index < with.Count - 1 ? with[index + 1] : null);
    }
}

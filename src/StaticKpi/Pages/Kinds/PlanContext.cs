using StaticKpi.Model;

namespace StaticKpi.Pages.Kinds;

/// <summary>What page kinds plan their pages from: the site and its reports in scoring order, before any scoring.</summary>
public sealed class PlanContext(Site site, IReadOnlyList<Report> reports)
{
    public Site Site => site;

    /// <summary>The reports in scoring order (<see cref="Scoring.ReportScorer.InScoringOrder"/>).</summary>
    public IReadOnlyList<Report> Reports => reports;

    /// <summary>The date the newest report was produced, for pages that change with every report; null without reports.</summary>
    public DateOnly? Newest { get; } = reports.Count == 0 ? null : reports.Max(r => r.ProducedOn);
}

using StaticKpi.Model;

namespace StaticKpi.Scoring;

/// <summary>Scores every report of a site: ratings, changes, the summary table and rating movements.</summary>
public static class ReportScorer
{
    /// <summary>Ratings in the order of the summary table; Blue only appears where the policy uses it.</summary>
    private static readonly Rating[] SummaryOrder =
    [
        Rating.Red, Rating.Amber, Rating.Green, Rating.Blue,
        Rating.Baseline, Rating.Contextual, Rating.InDevelopment, Rating.Suspended,
    ];

    /// <summary>Shown in the summary only when a report has them, after the ratings above.</summary>
    private static readonly Rating[] OnlyWhenPresent = [Rating.Withheld, Rating.NoTarget, Rating.NoData];

    public static IReadOnlyList<ScoredReport> ScoreAll(Site site)
    {
        var reports = InScoringOrder(site.Reports);
        var scored = new List<ScoredReport>(reports.Count);
        ScoredReport? previous = null;
        foreach (var report in reports)
        {
            if (previous is not null && previous.Report.CommitteeKey != report.CommitteeKey)
            {
                previous = null;
            }

            var current = Score(site, report, previous);
            scored.Add(current);
            previous = current;
        }

        return scored;
    }

    /// <summary>
    /// Reports by committee (ordinal key), then period: the order in which they are scored (each report's movements
    /// compare it with the one before it of the same committee) and in which the site plan lists their pages.
    /// </summary>
    public static List<Report> InScoringOrder(IEnumerable<Report> reports) =>
        [.. reports.OrderBy(r => r.CommitteeKey, StringComparer.Ordinal).ThenBy(r => r.Period)];

    public static ScoredReport Score(Site site, Report report, ScoredReport? previousReport)
    {
        var policy = site.Config.PolicyFor(report.Period) ?? throw new InvalidOperationException(
            $"No RAG policy is in force for {report.Period}; the content loader should have reported this.");
        var committee = site.Config.CommitteeOf(report.CommitteeKey) ?? new Committee(report.CommitteeKey, report.CommitteeKey);

        var indicators = report.IndicatorIds
            .Select(site.IndicatorById)
            .OfType<Indicator>()
            .Select(indicator => ScoreIndicator(indicator, report.Period, policy))
            .ToList();

        return new ScoredReport(
            report,
            committee,
            policy,
            indicators,
            Summarise(indicators, policy),
            previousReport?.Report,
            previousReport is null ? [] : Movements(previousReport, indicators));
    }

    public static ScoredIndicator ScoreIndicator(Indicator indicator, Period reportPeriod, RagPolicy policy)
    {
        var (current, previous) = SeriesSelector.Select(indicator, reportPeriod);
        if (current is null)
        {
            return new ScoredIndicator(indicator, null, null, indicator.TargetInForce(reportPeriod), Rating.NoData, null, Change.NotApplicable);
        }

        var target = indicator.TargetFor(current);
        var rating = RateValue(indicator, current, policy);
        var change = ChangeCalculator.Compare(current.Value, previous?.Value, indicator.Direction, indicator.Precision);
        return new ScoredIndicator(indicator, current, previous, target, rating, current.Override, change);
    }

    /// <summary>
    /// The rating of one value against the target of its own period: withheld when the editor withholds it
    /// (a provisional figure), else computed.
    /// </summary>
    public static Rating RateValue(Indicator indicator, DataPoint point, RagPolicy policy) => point.RatingWithheld
        ? Rating.Withheld
        : RagCalculator.Rate(point.Value, indicator.TargetFor(point), indicator.StatusFor(point), indicator.Direction, policy);

    public static IReadOnlyList<SummaryRow> Summarise(IReadOnlyList<ScoredIndicator> indicators, RagPolicy policy)
    {
        var shown = SummaryOrder.Where(r => r != Rating.Blue || policy.UsesBlue).ToList();
        shown.AddRange(OnlyWhenPresent.Where(r => indicators.Any(i => i.Rating == r)));

        // An override to Blue under a policy without Blue still has to be counted somewhere visible.
        if (!policy.UsesBlue && indicators.Any(i => i.Rating == Rating.Blue))
        {
            shown.Insert(3, Rating.Blue);
        }

        var counts = shown.Select(r => indicators.Count(i => i.Rating == r)).ToArray();
        var percents = PercentageSplit.LargestRemainder(counts);
        return [.. shown.Select((rating, i) => new SummaryRow(rating, counts[i], percents[i]))];
    }

    private static IReadOnlyList<RatingMovement> Movements(ScoredReport previous, IReadOnlyList<ScoredIndicator> current)
    {
        var movements = new List<RatingMovement>();
        foreach (var now in current)
        {
            var before = previous.Find(now.Indicator.Id);
            if (before is null || before.Rating == now.Rating)
            {
                continue;
            }

            movements.Add(new RatingMovement(now.Indicator, before.Rating, now.Rating, KindOf(before.Rating, now.Rating)));
        }

        return movements;
    }

    private static MovementKind KindOf(Rating from, Rating to)
    {
        var fromRank = Rank(from);
        var toRank = Rank(to);
        if (fromRank is null || toRank is null)
        {
            return MovementKind.Changed;
        }

        return toRank > fromRank ? MovementKind.Improved : MovementKind.Worsened;
    }

    private static int? Rank(Rating rating) => rating switch
    {
        Rating.Red => 0,
        Rating.Amber => 1,
        Rating.Green => 2,
        Rating.Blue => 3,
        _ => null,
    };
}

using StaticKpi.Model;

namespace StaticKpi.Scoring;

/// <summary>One indicator as it stands in one report: the values compared and the ratings computed.</summary>
public sealed record ScoredIndicator(
    Indicator Indicator,
    DataPoint? Current,
    DataPoint? Previous,
    Target? Target,
    Rating ComputedRating,
    RatingOverride? Override,
    Change Change)
{
    /// <summary>The rating shown: the override when there is one, else the computed rating.</summary>
    public Rating Rating => Override?.Rating ?? ComputedRating;
}

public sealed record SummaryRow(Rating Rating, int Count, int Percent);

public enum MovementKind
{
    Improved,
    Worsened,
    Changed,
}

public sealed record RatingMovement(Indicator Indicator, Rating From, Rating To, MovementKind Kind);

public sealed record ScoredReport(
    Report Report,
    Committee Committee,
    RagPolicy Policy,
    IReadOnlyList<ScoredIndicator> Indicators,
    IReadOnlyList<SummaryRow> Summary,
    Report? PreviousReport,
    IReadOnlyList<RatingMovement> Movements)
{
    public ScoredIndicator? Find(int indicatorId) => Indicators.FirstOrDefault(i => i.Indicator.Id == indicatorId);
}

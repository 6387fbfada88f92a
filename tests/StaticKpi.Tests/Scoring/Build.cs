using StaticKpi.Diagnostics;
using StaticKpi.Model;

namespace StaticKpi.Tests.Scoring;

/// <summary>Small builders for the records the scoring code works on.</summary>
internal static class Build
{
    public const string Committee = "strategy-resources-performance";

    public static readonly SourceLocation Location = new("x.yaml", 1, 1);

    /// <summary>The council's first key: Red more than 10% off, Blue more than 5% better.</summary>
    public static readonly RagPolicy PolicyA = new("Blue rating in use", Period.Quarter(2020, 1), 10m, false, 5m, false);

    /// <summary>The later key: Red 10% or more off, no Blue.</summary>
    public static readonly RagPolicy PolicyB = new("No Blue rating", Period.Quarter(2024, 1), 10m, true, null, false);

    public static DataPoint Point(
        Period period,
        decimal? value,
        Target? target = null,
        IndicatorStatus? status = null,
        RatingOverride? ratingOverride = null) =>
        new(period, value, target, status, null, null, ratingOverride, Location);

    public static Indicator Indicator(
        int id,
        Target? target,
        Direction direction = Direction.Up,
        IEnumerable<DataPoint>? series = null,
        IndicatorStatus? status = null,
        ComparisonBasis compareWith = ComparisonBasis.PreviousPeriod,
        int precision = 1) =>
        new(
            id,
            $"indicator-{id}",
            $"Indicator {id}",
            Committee,
            null,
            Unit.Percent,
            precision,
            direction,
            Frequency.Quarterly,
            target,
            status,
            compareWith,
            null,
            null,
            [],
            [],
            [.. series ?? []],
            Location,
            []);

    public static SiteConfig Config(params RagPolicy[] policies) =>
        new(
            "Performance scorecards",
            "Example County Council",
            "https://example.org/performance/",
            "en-GB",
            4,
            "£",
            "default",
            null,
            [new Committee(Committee, "Strategy, Resources and Performance Committee")],
            policies,
            new AccessibilityStatement(null, null, 20, ComplianceStatus.Partial, [], null, "the council", null, null));

    public static Report Report(Period period, params int[] indicatorIds) =>
        new(Committee, period, new DateOnly(2025, 3, 3), null, indicatorIds, [], null, Location);

    public static Site Site(IReadOnlyList<Indicator> indicators, IReadOnlyList<Report> reports, params RagPolicy[] policies) =>
        new(Config(policies.Length == 0 ? [PolicyA, PolicyB] : policies), indicators, [], reports);

    public static Target.Value Target(decimal amount) => new(amount);

    public static Target.Range Range(decimal min, decimal max) => new(min, max);
}

using StaticKpi.Diagnostics;

namespace StaticKpi.Model;

public sealed record Link(string Title, string Url);

public sealed record Benchmark(BenchmarkKind Kind, decimal Value, Period? Period, string? Label, string? Note);

/// <summary>An editor's replacement for a computed rating; the reason is shown on the page.</summary>
public sealed record RatingOverride(Rating Rating, string Reason);

/// <summary>One value of an indicator's time series.</summary>
public sealed record DataPoint(
    Period Period,
    decimal? Value,
    Target? Target,
    IndicatorStatus? Status,
    string? Label,
    string? Note,
    RatingOverride? Override,
    SourceLocation Location)
{
    /// <summary>The label readers see for this period ("Year to date"), else the period's own name.</summary>
    public string DisplayLabel => Label ?? Period.DisplayName;
}

/// <param name="DescriptionWords">The words of the description, for the search index.</param>
public sealed record Indicator(
    int Id,
    string Slug,
    string Title,
    string CommitteeKey,
    string? Service,
    Unit Unit,
    int Precision,
    Direction Direction,
    Frequency? Frequency,
    Target? Target,
    IndicatorStatus? Status,
    ComparisonBasis CompareWith,
    string? DescriptionHtml,
    string? DataSource,
    IReadOnlyList<Benchmark> Benchmarks,
    IReadOnlyList<Link> Links,
    IReadOnlyList<DataPoint> Series,
    SourceLocation Location,
    IReadOnlyList<ChartSpec> Charts,
    IReadOnlyList<MarkdownLink>? DescriptionLinks = null,
    string DescriptionWords = "")
{
    /// <summary>The target for a period: the period's own, else the indicator's default.</summary>
    public Target? TargetFor(DataPoint point) => point.Target ?? (point.Status is null ? Target : null);

    /// <summary>The status for a period when it has no usable target.</summary>
    public IndicatorStatus? StatusFor(DataPoint point) => point.Status ?? Status;

    public Benchmark? BenchmarkOf(BenchmarkKind kind) => Benchmarks.FirstOrDefault(b => b.Kind == kind);
}

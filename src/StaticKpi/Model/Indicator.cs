using StaticKpi.Diagnostics;

namespace StaticKpi.Model;

public sealed record Link(string Title, string Url)
{
    /// <summary>The title in the site's other languages.</summary>
    public Translations Translations { get; init; } = Translations.None;

    /// <summary>The language of the title when it is not the page's (a fallback to the default language's); else null.</summary>
    public string? Language { get; init; }
}

/// <param name="Cumulative">True when the figure is a running total (year to date), false for one period's figure.</param>
public sealed record Benchmark(BenchmarkKind Kind, decimal Value, Period? Period, string? Label, string? Note, bool Cumulative = false)
{
    /// <summary>The label and note in the site's other languages.</summary>
    public Translations Translations { get; init; } = Translations.None;

    /// <summary>The language of the label when it is not the page's (a fallback to the default language's); else null.</summary>
    public string? Language { get; init; }

}

/// <summary>An editor's replacement for a computed rating; the reason is shown on the page.</summary>
public sealed record RatingOverride(Rating Rating, string Reason)
{
    /// <summary>The reason in the site's other languages.</summary>
    public Translations Translations { get; init; } = Translations.None;

    /// <summary>The language of <see cref="Reason"/> when it is not the page's (a fallback to the default language's); else null.</summary>
    public string? Language { get; init; }
}

/// <summary>One value of an indicator's time series.</summary>
/// <param name="Provisional">The figure is not yet validated and may change; shown as "provisional" wherever it is.</param>
/// <param name="RatingWithheld">No rating is given for this value (usually until a provisional figure is validated).</param>
public sealed record DataPoint(
    Period Period,
    decimal? Value,
    Target? Target,
    IndicatorStatus? Status,
    string? Label,
    string? Note,
    RatingOverride? Override,
    SourceLocation Location,
    bool Provisional = false,
    bool RatingWithheld = false)
{
    /// <summary>The label and the note in the site's other languages.</summary>
    public Translations Translations { get; init; } = Translations.None;

    /// <summary>The language of the label when it is not the page's (a fallback to the default language's); else null.</summary>
    public string? LabelLanguage { get; init; }

    /// <summary>The language of the note when it is not the page's (a fallback to the default language's); else null.</summary>
    public string? NoteLanguage { get; init; }
}

/// <param name="Target">The target in force for every period, when the indicator has one target.</param>
/// <param name="DescriptionWords">The words of the description, for the search index.</param>
/// <param name="TargetsByPeriod">Targets each in force from a period until the next; periods before the first have none.</param>
/// <param name="Projected">False when the editor turned the trend projection off for this indicator.</param>
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
    string DescriptionWords = "",
    Baseline? Baseline = null,
    IReadOnlyList<TargetFrom>? TargetsByPeriod = null,
    bool Projected = true)
{
    /// <summary>The title, service, description and data source in the site's other languages.</summary>
    public Translations Translations { get; init; } = Translations.None;

    /// <summary>
    /// The language of <see cref="Title"/> when it is not the page's (a page in another language shows the default
    /// language's title when it has no translation); null when it is the page's own.
    /// </summary>
    public string? TitleLanguage { get; init; }

    /// <summary>The language of <see cref="DataSource"/> when it is not the page's (a fallback); null when it is the page's own.</summary>
    public string? DataSourceLanguage { get; init; }

    /// <summary>The targets by period, oldest first; empty when the indicator has one target or none.</summary>
    public IReadOnlyList<TargetFrom> Targets => TargetsByPeriod ?? [];

    /// <summary>True for figures that add up through the financial year and start again at its beginning.</summary>
    public bool IsYearToDate => Frequency == Model.Frequency.YearToDate;

    /// <summary>The target for a value: the period's own, else the one in force for its period.</summary>
    public Target? TargetFor(DataPoint point) => point.Target ?? (point.Status is null ? TargetInForce(point.Period) : null);

    /// <summary>
    /// The indicator's target in force for a period: its single target, else the latest of its targets by period
    /// that starts on or before the period; null before the first (the period has no target).
    /// </summary>
    public Target? TargetInForce(Period period)
    {
        if (Target is not null || Targets.Count == 0)
        {
            return Target;
        }

        Target? inForce = null;
        foreach (var change in Targets)
        {
            if (change.From.Start > period.Start)
            {
                break;
            }

            inForce = change.Target;
        }

        return inForce;
    }

    /// <summary>True when a value of this period has no target at all: before the first of the targets by period.</summary>
    public bool HasNoTargetFor(DataPoint point) =>
        point.Target is null && point.Status is null && Status is null && TargetInForce(point.Period) is null;

    /// <summary>The status for a period when it has no usable target.</summary>
    public IndicatorStatus? StatusFor(DataPoint point) => point.Status ?? Status;

    public Benchmark? BenchmarkOf(BenchmarkKind kind) => Benchmarks.FirstOrDefault(b => b.Kind == kind);
}

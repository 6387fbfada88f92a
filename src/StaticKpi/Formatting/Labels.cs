using StaticKpi.Model;
using StaticKpi.Shared;

namespace StaticKpi.Formatting;

/// <summary>The words readers see for the domain's enums; one place so every page says the same.</summary>
public static class Labels
{
    public static string Rating(Rating rating) => rating switch
    {
        Model.Rating.InDevelopment => "In development",
        Model.Rating.NoData => "No data",
        Model.Rating.Withheld => "Not rated yet",
        Model.Rating.NoTarget => "No target",
        _ => rating.ToString(),
    };

    /// <summary>
    /// A shape per rating so that colour is never the only cue (WCAG 1.4.1). The shape is decorative:
    /// the rating's name is always written next to it.
    /// </summary>
    public static string RatingSymbol(Rating rating) => rating switch
    {
        Model.Rating.Red => "✖",
        Model.Rating.Amber => "▲",
        Model.Rating.Green => "●",
        Model.Rating.Blue => "★",
        Model.Rating.NoData => "–",
        Model.Rating.Withheld => "◌",
        Model.Rating.NoTarget => "○",
        _ => "◆",
    };

    /// <summary>
    /// A report's title wherever it is named (its page, the feed, the open data): its own <c>title</c>, or its
    /// committee and period.
    /// </summary>
    public static string ReportTitle(Report report, Committee committee) =>
        report.Title ?? $"{committee.Name}: {report.Period.DisplayName} performance report";

    public static string RatingKey(Rating rating) => EnumNames.Of(rating).Replace('_', '-');

    public static string Status(IndicatorStatus status) => status switch
    {
        IndicatorStatus.InDevelopment => "In development",
        _ => status.ToString(),
    };

    public static string Change(Change change) => change switch
    {
        Model.Change.NotApplicable => "Not applicable",
        _ => change.ToString(),
    };

    public static string Direction(Direction direction) => direction switch
    {
        Model.Direction.Up => "Higher is better",
        Model.Direction.Down => "Lower is better",
        _ => "No preferred direction",
    };

    public static string DirectionSymbol(Direction direction) => direction switch
    {
        Model.Direction.Up => "↑",
        Model.Direction.Down => "↓",
        _ => "↔",
    };

    public static string Benchmark(BenchmarkKind kind) => kind switch
    {
        BenchmarkKind.StatisticalNeighbours => "Statistical neighbours mean",
        BenchmarkKind.England => "England mean",
        _ => "Comparator",
    };

    public static string Frequency(Frequency frequency) => frequency switch
    {
        Model.Frequency.YearToDate => "Year to date",
        Model.Frequency.Rolling12Months => "Rolling 12 months",
        _ => frequency.ToString(),
    };

    /// <summary>
    /// What the figure compared with is, when it is the same period a year earlier ("same quarter last year"), so a
    /// reader sees that a year-to-date count is compared like with like.
    /// </summary>
    public static string SamePeriodLastYear(Period period) => period.Kind switch
    {
        PeriodKind.Quarter => "same quarter last year",
        PeriodKind.Month => "same month last year",
        _ => "same period last year",
    };

    /// <summary>A period, or a span of periods ("2019/20 to 2021/22"), as readers see it.</summary>
    public static string PeriodSpan(Period from, Period to) =>
        from == to ? from.DisplayName : $"{from.DisplayName} to {to.DisplayName}";

    /// <summary>
    /// Whether a baseline or benchmark of a year-to-date or cumulative indicator is a running total or one period's
    /// figure; null for other indicators, where every figure is one period's and saying so would be noise.
    /// </summary>
    public static string? FigureKind(Frequency? frequency, bool cumulative) => frequency switch
    {
        Model.Frequency.YearToDate => cumulative ? "year-to-date figure" : "figure for the period alone, not year to date",
        Model.Frequency.Cumulative => cumulative ? "cumulative figure" : "figure for the period alone, not cumulative",
        _ => null,
    };

    public static string RatingDescription(Rating rating, RagPolicy policy)
    {
        var red = Percent(policy.RedThreshold);
        var blue = policy.BlueThreshold is { } b ? Percent(b) : null;
        return rating switch
        {
            Model.Rating.Red => policy.RedIncludesThreshold ? $"Off target by {red} or more." : $"Off target by more than {red}.",
            Model.Rating.Amber => policy.RedIncludesThreshold ? $"Off target by less than {red}." : $"Off target by {red} or less.",
            Model.Rating.Green when blue is null => "On target or better.",
            Model.Rating.Green => policy.BlueIncludesThreshold
                ? $"On target, or better than target by less than {blue}."
                : $"On target, or better than target by up to {blue}.",
            Model.Rating.Blue => policy.BlueIncludesThreshold
                ? $"Better than target by {blue} or more."
                : $"Better than target by more than {blue}.",
            Model.Rating.Baseline => "Performance is being tracked to inform the setting of a target.",
            Model.Rating.Contextual => "Tracks activity to give a rounded view of the service, without a performance target.",
            Model.Rating.InDevelopment => "The measure has been agreed, but data collection and target setting are in development.",
            Model.Rating.Suspended => "Reporting of this measure is suspended for now.",
            Model.Rating.Withheld => "The figure is published, but it is not rated until it has been validated.",
            Model.Rating.NoTarget => "The period is before any target was set, so the figure is not rated.",
            _ => "No figure is available for this period, so it is not rated.",
        };
    }

    private static string Percent(decimal value) =>
        value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "%";
}

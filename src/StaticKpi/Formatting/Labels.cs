using StaticKpi.Localisation;
using StaticKpi.Model;
using StaticKpi.Shared;

namespace StaticKpi.Formatting;

/// <summary>
/// The words readers see for the domain's enums; one place so every page says the same. The words come from the
/// page's language (<see cref="SiteStrings"/>, the theme's <c>i18n/&lt;lang&gt;.yaml</c>); the shapes and keys do not
/// depend on the language.
/// </summary>
public static class Labels
{
    public static string Rating(SiteStrings strings, Rating rating) => strings.Text(EnumKeys<Rating>.Of("rating", rating));

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
    /// The licence the site's data is published under, as the strings' language names it: the configured one (in the
    /// language already, or marked as the default language's), else the Open Government Licence under its title in
    /// the language (<c>licence.default_title</c>; its English title where a theme's strings lack the key).
    /// </summary>
    public static Licence DataLicence(SiteStrings strings, SiteConfig config) =>
        config.Licence ?? (strings.Has("licence.default_title")
            ? Licence.OpenGovernmentLicence with { Title = strings.Text("licence.default_title") }
            : Licence.OpenGovernmentLicence);

    /// <summary>
    /// A report's title wherever it is named (its page, the feed, the open data): its own <c>title</c>, or its
    /// committee and period.
    /// </summary>
    public static string ReportTitle(SiteStrings strings, Report report, Committee committee) =>
        report.Title ?? strings.Format("report.title", ("committee", committee.Name), ("period", strings.PeriodName(report.Period)));

    public static string RatingKey(Rating rating) => EnumNames.Of(rating).Replace('_', '-');

    public static string Status(SiteStrings strings, IndicatorStatus status) => strings.Text(EnumKeys<IndicatorStatus>.Of("status", status));

    public static string Change(SiteStrings strings, Change change) => strings.Text(EnumKeys<Change>.Of("change", change));

    public static string Direction(SiteStrings strings, Direction direction) => strings.Text(EnumKeys<Direction>.Of("direction", direction));

    public static string DirectionSymbol(Direction direction) => direction switch
    {
        Model.Direction.Up => "↑",
        Model.Direction.Down => "↓",
        _ => "↔",
    };

    public static string Benchmark(SiteStrings strings, BenchmarkKind kind) => strings.Text(EnumKeys<BenchmarkKind>.Of("benchmark", kind));

    public static string Frequency(SiteStrings strings, Frequency frequency) => strings.Text(EnumKeys<Frequency>.Of("frequency", frequency));

    /// <summary>
    /// What the figure compared with is, when it is the same period a year earlier ("same quarter last year"), so a
    /// reader sees that a year-to-date count is compared like with like.
    /// </summary>
    public static string SamePeriodLastYear(SiteStrings strings, Period period) => strings.Text(period.Kind switch
    {
        PeriodKind.Quarter => "period.same_quarter_last_year",
        PeriodKind.Month => "period.same_month_last_year",
        _ => "period.same_period_last_year",
    });

    /// <summary>A period, or a span of periods ("2019/20 to 2021/22"), as readers see it.</summary>
    public static string PeriodSpan(SiteStrings strings, Period from, Period to) =>
        from == to
            ? strings.PeriodName(from)
            : strings.Format("period.span", ("from", strings.PeriodName(from)), ("to", strings.PeriodName(to)));

    /// <summary>
    /// Whether a baseline or benchmark of a year-to-date or cumulative indicator is a running total or one period's
    /// figure; null for other indicators, where every figure is one period's and saying so would be noise.
    /// </summary>
    public static string? FigureKind(SiteStrings strings, Frequency? frequency, bool cumulative) => frequency switch
    {
        Model.Frequency.YearToDate => strings.Text(cumulative ? "figure_kind.year_to_date" : "figure_kind.year_to_date_alone"),
        Model.Frequency.Cumulative => strings.Text(cumulative ? "figure_kind.cumulative" : "figure_kind.cumulative_alone"),
        _ => null,
    };

    public static string RatingDescription(SiteStrings strings, Rating rating, RagPolicy policy)
    {
        var red = Percent(strings, policy.RedThreshold);
        var blue = policy.BlueThreshold is { } b ? Percent(strings, b) : "";
        return rating switch
        {
            Model.Rating.Red => strings.Format(policy.RedIncludesThreshold ? "rating_description.red_from" : "rating_description.red_beyond",
                ("red", red)),
            Model.Rating.Amber => strings.Format(policy.RedIncludesThreshold ? "rating_description.amber_below" : "rating_description.amber_up_to",
                ("red", red)),
            Model.Rating.Green when policy.BlueThreshold is null => strings.Text("rating_description.green"),
            Model.Rating.Green => strings.Format(
                policy.BlueIncludesThreshold ? "rating_description.green_below_blue" : "rating_description.green_up_to_blue", ("blue", blue)),
            Model.Rating.Blue => strings.Format(policy.BlueIncludesThreshold ? "rating_description.blue_from" : "rating_description.blue_beyond",
                ("blue", blue)),
            _ => strings.Text(EnumKeys<Rating>.Of("rating_description", rating)),
        };
    }

    /// <summary>A percentage in the language's way of writing numbers: "12.5%".</summary>
    public static string Percent(SiteStrings strings, decimal value) =>
        strings.Format("number.percent", ("number", value.ToString("0.##", strings.Culture)));
}

using StaticKpi.Diagnostics;

namespace StaticKpi.Model;

/// <summary>The kinds of extra chart an editor can add to an indicator page.</summary>
public enum ChartType
{
    /// <summary>Bars per category, one bar per series.</summary>
    Bar,

    /// <summary>Bars on the left axis with one or more lines, usually on a second (right) axis.</summary>
    BarLine,

    /// <summary>One bar per category (for example per directorate) against horizontal benchmark lines.</summary>
    CategoryComparison,
}

/// <summary>Which y axis a series is drawn against.</summary>
public enum ChartAxis
{
    Primary,
    Secondary,
}

/// <summary>How a series is drawn.</summary>
public enum SeriesKind
{
    Bar,
    Line,
}

/// <summary>One named set of values, one value per category (null where there is no figure).</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<decimal?> Values, ChartAxis Axis, SeriesKind Kind)
{
    /// <summary>The name in the site's other languages.</summary>
    public Translations Translations { get; init; } = Translations.None;

    /// <summary>The name's language when it is not the page's (a fallback to the default language's); else null.</summary>
    public string? NameLanguage { get; init; }
}

/// <summary>A horizontal reference line, such as the council-wide figure or a national mean.</summary>
public sealed record ChartBenchmark(string Name, decimal Value)
{
    /// <summary>The name in the site's other languages.</summary>
    public Translations Translations { get; init; } = Translations.None;

    /// <summary>The name's language when it is not the page's (a fallback to the default language's); else null.</summary>
    public string? NameLanguage { get; init; }
}

/// <summary>
/// An extra chart declared in an indicator file under <c>charts:</c>, shown on the indicator's page in the report
/// for <see cref="Period"/>.
/// </summary>
public sealed record ChartSpec(
    Period Period,
    ChartType Type,
    string Title,
    string? XTitle,
    string? YTitle,
    string? Y2Title,
    IReadOnlyList<string> Categories,
    IReadOnlyList<ChartSeries> Series,
    IReadOnlyList<ChartBenchmark> Benchmarks,
    SourceLocation Location)
{
    /// <summary>The title and axis titles in the site's other languages.</summary>
    public Translations Translations { get; init; } = Translations.None;

    /// <summary>
    /// The categories in the site's other languages, by language code: each list as long as <see cref="Categories"/>,
    /// in the same order. A language missing here shows the default language's.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> CategoryTranslations { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>
    /// The language of <see cref="Categories"/> when it is not the page's (a fallback to the default language's); else
    /// null. Plotly's labels cannot say their language, so the page marks the rows of the chart's table instead.
    /// </summary>
    public string? CategoriesLanguage { get; init; }

    /// <summary>The language of <see cref="XTitle"/> when it is not the page's (a fallback); else null.</summary>
    public string? XTitleLanguage { get; init; }

    /// <summary>
    /// The language of <see cref="Title"/> when it is not the page's (a fallback to the default language's); else null.
    /// Plotly's titles cannot say their language, so the page marks the chart's caption instead.
    /// </summary>
    public string? TitleLanguage { get; init; }
}

using StaticKpi.Diagnostics;

namespace StaticKpi.Model;

/// <summary>A scorecard: one committee's indicators for one period.</summary>
public sealed record Report(
    string CommitteeKey,
    Period Period,
    DateOnly ProducedOn,
    string? Title,
    IReadOnlyList<int> IndicatorIds,
    IReadOnlyList<int> HighlightIds,
    string? IntroductionHtml,
    SourceLocation Location,
    IReadOnlyDictionary<int, SourceLocation>? IndicatorLocations = null,
    IReadOnlyList<MarkdownLink>? IntroductionLinks = null)
{
    /// <summary>The title in the site's other languages.</summary>
    public Translations Translations { get; init; } = Translations.None;

    /// <summary>The language of <see cref="Title"/> when it is not the page's (a fallback to the default language's); else null.</summary>
    public string? TitleLanguage { get; init; }

    /// <summary>Where an indicator id is listed in the report file, for diagnostics about that indicator.</summary>
    public SourceLocation LocationOf(int indicatorId) => IndicatorLocations?.GetValueOrDefault(indicatorId) ?? Location;
}

using StaticKpi.Diagnostics;

namespace StaticKpi.Model;

/// <summary>A titled piece of commentary, already rendered to safe HTML.</summary>
public sealed record CommentarySection(string Title, string Html);

/// <summary>The Markdown commentary for one indicator in one reporting period.</summary>
/// <param name="SearchText">The words of the commentary, actions and path to green, for the search index.</param>
public sealed record Commentary(
    int IndicatorId,
    Period Period,
    string? CommentaryHtml,
    string? ActionsHtml,
    string? PathToGreenHtml,
    IReadOnlyList<CommentarySection> OtherSections,
    SourceLocation Location,
    IReadOnlyList<MarkdownLink>? Links = null,
    string SearchText = "")
{
    /// <summary>
    /// The language code of a translation (<c>2024-25-q3.cy.md</c>); null for the default language's commentary. In a
    /// site projected into another language (<see cref="LanguageProjection"/>), null for the language's own and the
    /// default language's code for a commentary shown in place of a missing translation.
    /// </summary>
    public string? Language { get; init; }
}

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
    string SearchText = "");

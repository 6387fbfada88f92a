using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using StaticKpi.Diagnostics;
using StaticKpi.Model;

namespace StaticKpi.Content;

/// <summary>
/// Reads one commentary file (<c>content/commentary/&lt;id&gt;/&lt;period&gt;.md</c>): optional front matter,
/// then Markdown split into sections by level-1 or level-2 headings.
/// </summary>
public static class CommentaryLoader
{
    public static readonly string[] FrontMatterKeys = ["indicator", "period"];

    public const string CommentaryTitle = CommentarySectionNames.Commentary;
    public const string ActionsTitle = CommentarySectionNames.Actions;
    public const string PathToGreenTitle = CommentarySectionNames.PathToGreen;

    /// <param name="folderName">The folder the file is in, the indicator id unless front matter says otherwise.</param>
    /// <param name="fileStem">The file name without extension, the period slug unless front matter says otherwise.</param>
    public static Commentary? Load(string text, string file, string folderName, string fileStem, SiteConfig config, DiagnosticBag diagnostics)
    {
        var renderer = MarkdownRenderer.Shared;
        var fileLocation = new SourceLocation(file, 1, 1);
        if (renderer.TryParse(text, fileLocation, diagnostics) is not { } document)
        {
            return null;
        }

        int? indicatorId = int.TryParse(folderName, out var fromFolder) ? fromFolder : null;
        Period? period = Period.TryParse(fileStem, config.FinancialYearStartMonth, out _);

        if (document.FirstOrDefault() is YamlFrontMatterBlock frontMatter)
        {
            // Empty front matter ("---" then "---") sets nothing; Markdig then has no line array at all.
            var yaml = frontMatter.Lines.Count == 0
                ? ""
                : string.Join('\n', frontMatter.Lines.Lines.Take(frontMatter.Lines.Count).Select(l => l.ToString()));
            var root = yaml.Length == 0 ? null : YamlFile.ParseMapping(yaml, file, diagnostics, lineOffset: 1);
            if (root is not null)
            {
                var map = new YamlMap(root, file, diagnostics, FrontMatterKeys, lineOffset: 1);
                indicatorId = map.Int("indicator") ?? indicatorId;
                if (map.Has("period"))
                {
                    period = map.Period("period", config.FinancialYearStartMonth);
                    if (period is null)
                    {
                        return null;
                    }
                }
            }

            document.Remove(frontMatter);
        }

        if (indicatorId is null)
        {
            diagnostics.Error(RuleIds.MissingRequired, fileLocation,
                $"Cannot tell which indicator this commentary is for: the folder '{QuotedValue.Cut(folderName)}' is not an indicator id.",
                "Put the file in content/commentary/<indicator id>/, or add 'indicator: <id>' to its front matter.");
            return null;
        }

        if (period is null)
        {
            diagnostics.Error(RuleIds.BadPeriod, fileLocation,
                $"Cannot tell which period this commentary is for: '{QuotedValue.Cut(fileStem)}' is not a period.",
                "Name the file after the period, for example 2024-25-q3.md, or add 'period: 2024/25 Q3' to its front matter.");
            return null;
        }

        CheckHeadingLevels(document, file, diagnostics);
        var links = new List<MarkdownLink>();
        var sections = Split(document, file);
        CheckSectionNames(sections, diagnostics);
        // The search index holds the words of the commentary, actions and path to green.
        var searchWords = new List<string>();
        string? Take(string title)
        {
            var index = sections.FindIndex(s => s.Title.Equals(title, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                return null;
            }

            var blocks = sections[index].Blocks;
            var html = renderer.RenderBlocks(blocks, fileLocation, diagnostics, siteLinks: links);
            searchWords.Add(MarkdownWords.Of(blocks));
            sections.RemoveAt(index);
            return html;
        }

        var commentary = Take(CommentaryTitle);
        var actions = Take(ActionsTitle);
        var pathToGreen = Take(PathToGreenTitle);
        var others = sections
            .Where(s => s.Blocks.Count > 0)
            .Select(s => new CommentarySection(s.Title, renderer.RenderBlocks(s.Blocks, fileLocation, diagnostics, siteLinks: links)))
            .ToList();
        var searchText = string.Join(' ', searchWords.Where(w => w.Length > 0));
        return new Commentary(indicatorId.Value, period, Blank(commentary), Blank(actions), Blank(pathToGreen), others, fileLocation, links,
            searchText);
    }

    /// <summary>
    /// Each section is a level-2 heading on the page, so headings inside it should go down one level at a time:
    /// a <c>####</c> straight after a <c>##</c> skips level 3, which confuses people navigating by headings.
    /// </summary>
    private static void CheckHeadingLevels(MarkdownDocument document, string file, DiagnosticBag diagnostics)
    {
        var previous = 2;
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            if (heading.Level <= 2)
            {
                previous = 2;
                continue;
            }

            if (heading.Level > previous + 1)
            {
                var text = heading.Inline is null ? "" : MarkdownRenderer.TextOf(heading.Inline).Trim();
                diagnostics.Warning(RuleIds.SkippedHeadingLevel, new SourceLocation(file, heading.Line + 1, heading.Column + 1),
                    $"The heading '{QuotedValue.Cut(text)}' is level {heading.Level} but follows a level-{previous} heading, skipping level " +
                    $"{previous + 1}.",
                    $"Write it as '{new string('#', previous + 1)} {QuotedValue.Cut(text)}': sections are level 2 (##) on the page and each " +
                    "heading inside goes one level deeper.");
            }

            previous = heading.Level;
        }
    }

    private static string? Blank(string? html) => string.IsNullOrWhiteSpace(html) ? null : html;

    /// <summary>
    /// A heading close to a known section's but not it (<c>## Commentry</c>) would be published as a section of its
    /// own under the misspelt name, after the real ones: a warning with the heading it was probably meant to be.
    /// </summary>
    private static void CheckSectionNames(List<Section> sections, DiagnosticBag diagnostics)
    {
        foreach (var section in sections.Where(s => s.Heading is not null))
        {
            if (CommentarySectionNames.Misspelt(section.Title) is { } meant)
            {
                diagnostics.Warning(RuleIds.UnknownCommentarySection, section.Heading!.Value,
                    $"The heading '{QuotedValue.Cut(section.Title)}' is not one of the sections the site places " +
                    $"({string.Join(", ", CommentarySectionNames.Known)}), so it would be published as a section of its own.",
                    $"Did you mean '{meant}'? Write '## {meant}'.");
            }
        }
    }

    /// <param name="Heading">Where the section's heading is; null for text before any heading.</param>
    private sealed record Section(string Title, MarkdownDocument Blocks, SourceLocation? Heading = null);

    /// <summary>Moves the top-level blocks into one document per heading; text before any heading is commentary.</summary>
    private static List<Section> Split(MarkdownDocument document, string file)
    {
        var sections = new List<Section>();
        var current = new Section(CommentaryTitle, new MarkdownDocument());
        foreach (var block in document.ToList())
        {
            document.Remove(block);
            if (block is HeadingBlock { Level: <= 2 } heading)
            {
                if (current.Blocks.Count > 0 || sections.Count > 0 || current.Title != CommentaryTitle)
                {
                    sections.Add(current);
                }

                var title = heading.Inline is null ? "" : MarkdownRenderer.TextOf(heading.Inline).Trim();
                current = new Section(title, new MarkdownDocument(), new SourceLocation(file, heading.Line + 1, heading.Column + 1));
                continue;
            }

            current.Blocks.Add(block);
        }

        sections.Add(current);
        return sections;
    }
}

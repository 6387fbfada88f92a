using Markdig.Syntax;
using StaticKpi.Content;
using StaticKpi.Diagnostics;
using StaticKpi.Model;

namespace StaticKpi.Editing;

/// <summary>
/// The commentary file <c>statickpi new period</c> writes for an indicator: <c>## Commentary</c> and
/// <c>## Actions</c>, then every other section the indicator's previous commentary had (such as Path to green), in
/// that file's order, so a section the committee expects each quarter is not forgotten. Under each heading is a
/// placeholder sentence starting with <see cref="Placeholders.Marker"/>.
/// </summary>
public static class CommentaryStub
{
    /// <param name="previousText">The Markdown of the indicator's latest earlier commentary, or null when it has none.</param>
    public static string Text(Period period, string? previousText)
    {
        var text = $"## {CommentaryLoader.CommentaryTitle}\n{Placeholders.Marker} with how performance changed in {period.DisplayName} and why.\n\n" +
                   $"## {CommentaryLoader.ActionsTitle}\n" +
                   $"{Placeholders.Marker} with what is being done to improve, or delete this section when the indicator is on target.\n";
        foreach (var title in SectionTitles(previousText))
        {
            text += $"\n## {title}\n{Placeholders.Marker} with the {title} for {period.DisplayName}, or delete this section.\n";
        }

        return text;
    }

    /// <summary>
    /// The headings that start sections (levels 1 and 2, as the commentary loader splits them) in file order, except
    /// Commentary and Actions, which the stub always has, and repeats; compared without regard to case, as the loader
    /// compares them.
    /// </summary>
    public static IReadOnlyList<string> SectionTitles(string? markdown)
    {
        if (markdown is null)
        {
            return [];
        }

        // Problems in the earlier file were reported when the site loaded; here they only mean fewer headings.
        var document = MarkdownRenderer.Shared.TryParse(markdown, new SourceLocation("", 1, 1), new DiagnosticBag());
        if (document is null)
        {
            return [];
        }

        var seen = new HashSet<string>([CommentaryLoader.CommentaryTitle, CommentaryLoader.ActionsTitle], StringComparer.OrdinalIgnoreCase);
        var titles = new List<string>();
        foreach (var heading in document.OfType<HeadingBlock>().Where(h => h.Level <= 2 && h.Inline is not null))
        {
            var title = MarkdownRenderer.TextOf(heading.Inline!).Trim();
            if (title.Length > 0 && seen.Add(title))
            {
                titles.Add(title);
            }
        }

        return titles;
    }
}

using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticKpi.Diagnostics;

namespace StaticKpi.Content;

/// <summary>
/// Finds the sentences that <c>statickpi new period</c> and <c>new indicator</c> wrote for an editor to replace
/// (each starts with <see cref="Placeholders.Marker"/>) in Markdown about to be published: commentary, indicator
/// descriptions and report introductions all go through <see cref="MarkdownRenderer.RenderBlocks"/>, which runs this.
/// Each one left in is a warning (SKPI032); a strict build makes it an error (<see cref="Build.Strictness"/>).
/// </summary>
internal static class PlaceholderCheck
{
    public const string Fix = "Write the real text in its place, or delete it. In CI (CI=true) or with --strict, 'statickpi build' " +
                              "refuses to publish a page with placeholder text, and 'statickpi validate' reports it as an error.";

    public static string Message(string sentence) =>
        $"'{QuotedValue.Cut(sentence)}' is placeholder text for you to replace; as it is, it would be published.";

    /// <param name="origin">Where the Markdown starts in its file.</param>
    /// <param name="indent">How far every line after the first is indented in the file (block scalars in YAML).</param>
    public static void Run(MarkdownDocument document, SourceLocation origin, DiagnosticBag diagnostics, int indent)
    {
        // A literal holds text of one line up to the next inline (emphasis, link, line break), so a placeholder
        // written by the scaffolding commands is found whole in one literal, with its own line and column.
        foreach (var literal in document.Descendants<LiteralInline>())
        {
            var text = literal.Content.ToString();
            var at = text.IndexOf(Placeholders.Marker, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                continue;
            }

            var location = origin with
            {
                Line = origin.Line + literal.Line,
                Column = (literal.Line == 0 ? origin.Column - 1 : indent) + literal.Column + at + 1,
            };
            diagnostics.Warning(RuleIds.PlaceholderText, location, Message(Sentence(text[at..])), Fix);
        }
    }

    /// <summary>The placeholder sentence: up to its first full stop, or the end of the line.</summary>
    private static string Sentence(string text)
    {
        var stop = text.IndexOf(". ", StringComparison.Ordinal);
        return (stop < 0 ? text : text[..(stop + 1)]).TrimEnd();
    }
}

using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticKpi.Content;

/// <summary>
/// The words a reader sees in a piece of Markdown, separated by single spaces: what the search index holds. Read
/// from the parsed document, so the rendered HTML never has to be parsed again to take its text back out.
/// </summary>
internal static class MarkdownWords
{
    /// <summary>The words of <paramref name="root"/> (a document, a block or an inline) in reading order.</summary>
    public static string Of(MarkdownObject root)
    {
        var text = new StringBuilder();
        Append(root, text);
        return string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static void Append(MarkdownObject node, StringBuilder text)
    {
        switch (node)
        {
            // An image shows no text of its own on the page (its description is an attribute).
            case LinkInline { IsImage: true }:
                return;
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                return;
            case CodeInline code:
                text.Append(code.Content);
                return;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                return;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                return;
            case LineBreakInline:
                text.Append(' ');
                return;
            case ContainerInline container:
                AppendAll(container, text);
                return;
            case CodeBlock code:
                text.Append(' ').Append(code.Lines.ToString()).Append(' ');
                return;
            case LeafBlock leaf:
                // Blocks are separate lines on the page: words either side of a block boundary never run together.
                text.Append(' ');
                if (leaf.Inline is not null)
                {
                    Append(leaf.Inline, text);
                }

                text.Append(' ');
                return;
            case ContainerBlock container:
                AppendAll(container, text);
                return;
        }
    }

    private static void AppendAll(IEnumerable<MarkdownObject> children, StringBuilder text)
    {
        foreach (var child in children)
        {
            Append(child, text);
        }
    }
}

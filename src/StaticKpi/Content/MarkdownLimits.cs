using System.Globalization;
using Markdig;
using Markdig.Parsers;
using Markdig.Syntax;
using StaticKpi.Diagnostics;

namespace StaticKpi.Content;

/// <summary>
/// Bounds on the Markdown an editor can write, so no commentary can crash or stall a build. Measured with Markdig on
/// 100,000 repetitions: nesting (<c>&gt;</c>, lists, emphasis, <c>[</c>) deeper than Markdig's own limit throws, and
/// some inline constructs take time that grows with the square of a paragraph's length (100,000 <c>www.</c>
/// autolinks in one paragraph took 108 s, 10,000 nested <c>[…]</c> 1 s, 10,000 nested links 2 s). Bounding the
/// length of one paragraph (10,000 characters) and of the whole text (100,000) bounds that time to a few seconds at
/// worst; real commentary (a few thousand characters, paragraphs of a few hundred) is far inside both.
/// </summary>
internal static class MarkdownLimits
{
    /// <summary>Nesting of block quotes, lists, emphasis and links, as for YAML (Markdig's own default is 128).</summary>
    public const int MaximumDepth = BoundedYamlParser.MaximumDepth;

    /// <summary>The most characters of Markdown in one commentary file or one field: about 15,000 words.</summary>
    public const int MaximumLength = 100_000;

    /// <summary>The most characters in one paragraph or table, whose inline parsing is where the time goes.</summary>
    public const int MaximumParagraphLength = 10_000;

    private const string LongParagraphKey = "StaticKpi.LongParagraphLine";

    public const string TooDeepMessage =
        "Block quotes ('>'), lists, emphasis or links are nested more than 64 levels deep here, far more than any commentary needs.";

    public const string TooDeepFix = "Look for a line starting with many '>' or list markers, or brackets and '*' that are never closed.";

    public const string LongParagraphMessage = "This paragraph or table is longer than 10,000 characters, far longer than any real one.";

    public const string LongParagraphFix =
        "Split it into shorter paragraphs (a blank line between them), or check that it was not pasted in by mistake.";

    public const string TooLongFix = "Split the text, or check that a data dump or a binary file was not pasted in by mistake.";

    public static string TooLongMessage(int length) => string.Create(CultureInfo.InvariantCulture,
        $"The Markdown here is {length:N0} characters long, more than the {MaximumLength:N0} (about 15,000 words) any commentary or description " +
        $"could need.");

    /// <summary>
    /// Sets the depth limit and makes a paragraph that is too long skip inline parsing (recording its line on the
    /// document), so the slow inline constructs never run on it.
    /// </summary>
    public static void Apply(MarkdownPipelineBuilder builder)
    {
        // Markdig's own limit (which throws, and in its renderer too) is kept well above ours, so that ours, which
        // counts blocks and inlines together and says where, is always the one that applies.
        builder.MaximumNestingDepth = 2 * MaximumDepth;
        var paragraphs = builder.BlockParsers.Find<ParagraphBlockParser>()!;
        paragraphs.Closed += (processor, block) =>
        {
            if (block is LeafBlock leaf && Length(leaf) > MaximumParagraphLength)
            {
                leaf.ProcessInlines = false;
                if (processor.Document.GetData(LongParagraphKey) is null)
                {
                    processor.Document.SetData(LongParagraphKey, leaf.Line);
                }
            }
        };
    }

    /// <summary>
    /// The (0-based) line of the first element nested more than <see cref="MaximumDepth"/> deep, counting blocks and
    /// inlines together, if any. Markdig's parser bounds block nesting but not emphasis (<c>*</c> × 1,000, then
    /// <c>x</c>, then <c>*</c> × 1,000 nests 500 deep), whose renderer then throws; this finds it first, without recursion.
    /// </summary>
    public static int? TooDeepLine(MarkdownDocument document)
    {
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.TryPop(out var item))
        {
            if (item.Depth > MaximumDepth)
            {
                return item.Node.Line;
            }

            switch (item.Node)
            {
                case ContainerBlock container:
                    foreach (var child in container)
                    {
                        pending.Push((child, item.Depth + 1));
                    }

                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, item.Depth + 1));
                    break;
                case Markdig.Syntax.Inlines.ContainerInline container:
                    for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                    {
                        pending.Push((child, item.Depth + 1));
                    }

                    break;
            }
        }

        return null;
    }

    /// <summary>The (0-based) line of the first paragraph that was too long to parse, if any.</summary>
    public static int? LongParagraphLine(MarkdownDocument document) => document.GetData(LongParagraphKey) as int?;

    /// <summary>
    /// The (0-based) line at which the text first nests too deeply: the fewest leading lines that Markdig refuses,
    /// found by halving (Markdig's error does not say where).
    /// </summary>
    public static int FirstTooDeepLine(string markdown, Func<string, MarkdownDocument> parse)
    {
        var lineStarts = new List<int> { 0 };
        for (var i = markdown.IndexOf('\n'); i >= 0; i = markdown.IndexOf('\n', i + 1))
        {
            lineStarts.Add(i + 1);
        }

        bool Fails(int lines)
        {
            var end = lines < lineStarts.Count ? lineStarts[lines] : markdown.Length;
            try
            {
                parse(markdown[..end]);
                return false;
            }
            catch (ArgumentException)
            {
                return true;
            }
        }

        var (low, high) = (1, lineStarts.Count); // the whole text fails
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (Fails(middle))
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low - 1;
    }

    /// <summary>Where a (0-based) line of Markdown found at <paramref name="origin"/> is in its file.</summary>
    public static SourceLocation At(SourceLocation origin, int line, int indent) =>
        origin with { Line = origin.Line + line, Column = line == 0 ? origin.Column : indent + 1 };

    private static int Length(LeafBlock leaf)
    {
        var length = 0;
        for (var i = 0; i < leaf.Lines.Count; i++)
        {
            length += leaf.Lines.Lines[i].Slice.Length + 1;
        }

        return length;
    }
}

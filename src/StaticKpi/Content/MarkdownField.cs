using YamlDotNet.RepresentationModel;

namespace StaticKpi.Content;

/// <summary>Renders a Markdown string held in a YAML field, reporting problems at the field's position.</summary>
internal static class MarkdownField
{
    public static string? Render(YamlMap map, string key, ICollection<Model.MarkdownLink>? siteLinks = null) =>
        RenderWithWords(map, key, siteLinks).Html;

    /// <summary>The field's HTML (null when it is absent or blank) and its words, for the search index.</summary>
    public static (string? Html, string Words) RenderWithWords(YamlMap map, string key, ICollection<Model.MarkdownLink>? siteLinks = null)
    {
        var node = map.Node(key);
        var text = map.String(key);
        if (node is not YamlScalarNode scalar || string.IsNullOrWhiteSpace(text))
        {
            return (null, "");
        }

        return RenderNode(map, scalar, siteLinks);
    }

    /// <summary>
    /// A translatable Markdown field (plain Markdown, or a map by language code): the default language's HTML and
    /// words; each other language's HTML is kept in <paramref name="texts"/> under the key, and its words under
    /// <c>key + ".words"</c>.
    /// </summary>
    public static (string? Html, string Words) RenderTranslatable(
        YamlMap map, string key, TranslatableField texts, ICollection<Model.MarkdownLink>? siteLinks = null)
    {
        var words = "";
        var html = texts.Read(map, key,
            render: scalar => string.IsNullOrWhiteSpace(scalar.Value) ? (null, "") : RenderNode(map, scalar, siteLinks),
            defaultWords: w => words = w);
        return (html, words);
    }

    private static (string? Html, string Words) RenderNode(YamlMap map, YamlScalarNode scalar, ICollection<Model.MarkdownLink>? siteLinks)
    {
        var text = scalar.Value ?? "";
        var origin = map.LocationOf(scalar);
        var indent = 0;
        // Block scalars ("|" or ">") start on the line after the indicator, indented; Markdig sees the text
        // without that indentation, so positions are shifted back by it.
        if (scalar.Style is YamlDotNet.Core.ScalarStyle.Literal or YamlDotNet.Core.ScalarStyle.Folded)
        {
            indent = BlockIndent(map.SourceText, origin.Line + 1);
            origin = origin with { Line = origin.Line + 1, Column = indent + 1 };
        }

        return MarkdownRenderer.Shared.RenderWithWords(text, origin, map.Diagnostics, indent, siteLinks);
    }

    /// <summary>The number of leading spaces on a (1-based) line of the source, 0 when unknown.</summary>
    private static int BlockIndent(string? source, int line)
    {
        if (source is null)
        {
            return 0;
        }

        var lines = source.Split('\n');
        if (line < 1 || line > lines.Length)
        {
            return 0;
        }

        var text = lines[line - 1];
        return text.Length - text.TrimStart(' ').Length;
    }
}

using StaticKpi.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StaticKpi.Content;

/// <summary>Parses YAML text with YamlDotNet and turns syntax errors into diagnostics.</summary>
public static class YamlFile
{
    /// <summary>
    /// Returns the root mapping, or null after reporting why there is none. <paramref name="lineOffset"/>
    /// shifts reported lines when the YAML is front matter inside another file.
    /// </summary>
    public static YamlMappingNode? ParseMapping(string text, string file, DiagnosticBag diagnostics, int lineOffset = 0)
    {
        var stream = new YamlStream();
        // Read through the bounded parser: YamlStream.Load is recursive, and deep nesting must be an error, not a crash.
        var parser = new BoundedYamlParser(new Parser(new StringReader(text)));
        try
        {
            stream.Load(parser);
        }
        catch (YamlLimitException ex)
        {
            diagnostics.Error(ex.RuleId, At(ex.Start, file, lineOffset), ex.Message, ex.Fix);
            return null;
        }
        catch (YamlException ex)
        {
            ReportSyntaxError(ex, text, file, diagnostics, lineOffset);
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's scanner fails this way on some broken input, such as a '[' left open before the next
            // 'key: value' line; the position of the last thing it read is the best guide there is.
            var start = parser.LastStart.Line > 0 ? parser.LastStart : new Mark(0, 1, 1);
            diagnostics.Error(RuleIds.YamlSyntax, At(start, file, lineOffset), "The YAML could not be read after this point.",
                "Check that every '[' and '{' is closed with ']' and '}', and that text starting with a special character is in quotes.");
            return null;
        }

        ReportLaterDocuments(stream, parser, file, diagnostics, lineOffset);
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var node = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
            var location = node is null ? new SourceLocation(file, 1, 1) : YamlLocations.Of(node, file, lineOffset);
            diagnostics.Error(RuleIds.WrongType, location, "The file should be a set of 'key: value' lines, but it is not.",
                "Start each line with a field name followed by a colon, as in the examples in docs/content.md.");
            return null;
        }

        return root;
    }

    /// <summary>
    /// Only the first document of a file is read, so anything after a <c>---</c> line would be silently ignored
    /// (fields an editor believes are published). An empty document after it (a stray <c>---</c> at the end) holds
    /// nothing to lose and is allowed.
    /// </summary>
    private static void ReportLaterDocuments(YamlStream stream, BoundedYamlParser parser, string file, DiagnosticBag diagnostics, int lineOffset)
    {
        for (var i = 1; i < stream.Documents.Count && i - 1 < parser.LaterDocumentStarts.Count; i++)
        {
            if (stream.Documents[i].RootNode is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" })
            {
                continue;
            }

            diagnostics.Error(RuleIds.ExtraDocument, At(parser.LaterDocumentStarts[i - 1], file, lineOffset),
                "A second YAML document starts here; only the first document of a file is read, so everything after this line would be ignored.",
                "Remove the '---' line and merge the fields into the first document, or move the second part into a file of its own.");
            return;
        }
    }

    private static void ReportSyntaxError(YamlException ex, string text, string file, DiagnosticBag diagnostics, int lineOffset)
    {
        var description = Describe(ex);
        // YamlDotNet places a tab used for indentation at the start of the construct it was reading (often 1:1);
        // the editor needs the tab itself.
        if (description.Contains("tab", StringComparison.OrdinalIgnoreCase) && IndentationTab(text, (int)ex.Start.Line) is var (line, column))
        {
            diagnostics.Error(RuleIds.YamlSyntax, new SourceLocation(file, line + lineOffset, column),
                "A tab is used for indentation here; YAML allows only spaces before a line's content.",
                "Replace the tab with spaces, indenting as far as the lines around it (most editors can be set to insert spaces for Tab).");
            return;
        }

        diagnostics.Error(RuleIds.YamlSyntax, At(ex.Start, file, lineOffset), $"The YAML could not be read: {QuotedValue.Cut(description, 200)}.",
            "Check the indentation and that text containing ': ' or starting with a special character is in quotes.");
    }

    /// <summary>The first tab in a line's indentation at or after <paramref name="fromLine"/> (1-based line and column), if any.</summary>
    private static (int Line, int Column)? IndentationTab(string text, int fromLine)
    {
        var line = 1;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            if (line >= fromLine)
            {
                for (var i = start; i < end && text[i] is ' ' or '\t'; i++)
                {
                    if (text[i] == '\t')
                    {
                        return (line, i - start + 1);
                    }
                }
            }

            start = end + 1;
            line++;
        }

        return null;
    }

    private static SourceLocation At(Mark mark, string file, int lineOffset) => new(file, (int)mark.Line + lineOffset, (int)mark.Column);

    private static string Describe(YamlException ex)
    {
        // YamlDotNet messages start with "(Line: 3, Col: 5, Idx: 20) - (…): "; the location is reported separately.
        var message = ex.InnerException?.Message ?? ex.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        var text = cut >= 0 ? message[(cut + 3)..] : message;
        return text.TrimEnd('.');
    }
}

public static class YamlLocations
{
    public static SourceLocation Of(YamlNode node, string file, int lineOffset = 0) =>
        new(file, (int)node.Start.Line + lineOffset, (int)node.Start.Column);
}

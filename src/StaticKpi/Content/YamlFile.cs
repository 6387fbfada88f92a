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
        catch (YamlDuplicateKeyException ex)
        {
            diagnostics.Error(RuleIds.YamlSyntax, At(ex.Second, file, lineOffset), DuplicateKeyMessage(ex, lineOffset), "Keep one of them.");
            return null;
        }
        catch (YamlException ex)
        {
            var problem = new YamlErrorWording(text, lineOffset).Describe(Describe(ex), ex.Start, ex.End, parser.InnermostFlow,
                parser.FirstUndefinedAlias);
            Report(problem, file, diagnostics, lineOffset);
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's scanner fails this way on some broken input, such as a '[' left open before the next
            // 'key: value' line; the '[' still open, or else the last thing it read, is the best guide there is.
            Report(new YamlErrorWording(text, lineOffset).DescribeUnreadable(parser.LastStart, parser.InnermostFlow), file, diagnostics, lineOffset);
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

    private static void Report(YamlProblem problem, string file, DiagnosticBag diagnostics, int lineOffset) =>
        diagnostics.Error(RuleIds.YamlSyntax, new SourceLocation(file, problem.Line + lineOffset, problem.Column), problem.Message, problem.Fix);

    /// <summary>"'target' is written twice in this entry, on lines 8 and 14."</summary>
    private static string DuplicateKeyMessage(YamlDuplicateKeyException ex, int lineOffset)
    {
        var where = ex.InListItem ? "in this entry" : ex.Container is null ? "in this file" : $"under '{QuotedValue.Cut(ex.Container)}'";
        var first = ex.First.Line + lineOffset;
        var second = ex.Second.Line + lineOffset;
        var lines = first == second ? $"both on line {first}" : $"on lines {first} and {second}";
        return $"'{QuotedValue.Cut(ex.Key)}' is written twice {where}, {lines}.";
    }

    private static SourceLocation At(Mark mark, string file, int lineOffset) => new(file, (int)mark.Line + lineOffset, (int)mark.Column);

    /// <summary>YamlDotNet's message without its position or final full stop, for <see cref="YamlErrorWording"/> to recognise.</summary>
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

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
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            var location = new SourceLocation(file, (int)ex.Start.Line + lineOffset, (int)ex.Start.Column);
            diagnostics.Error(RuleIds.YamlSyntax, location, $"The YAML could not be read: {Describe(ex)}.",
                "Check the indentation and that text containing ': ' or starting with a special character is in quotes.");
            return null;
        }

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

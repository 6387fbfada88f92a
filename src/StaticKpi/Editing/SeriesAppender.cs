using StaticKpi.Content;
using StaticKpi.Diagnostics;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace StaticKpi.Editing;

/// <summary>
/// Adds a <c>- period: …</c> entry with an empty value at the end of an indicator file's <c>series:</c> list by
/// inserting text where YamlDotNet says the list ends, so every comment, blank line and layout choice in the file is
/// kept exactly as the editor wrote it. The file is never re-serialised.
/// </summary>
public static class SeriesAppender
{
    /// <summary>The new text of the file, or null with the reason when the entry cannot be added safely.</summary>
    public static string? Append(string text, string periodKey, out string? error)
    {
        error = null;
        var diagnostics = new DiagnosticBag();
        var root = YamlFile.ParseMapping(text, "", diagnostics);
        if (root is null)
        {
            error = "the file is not valid YAML";
            return null;
        }

        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var series = root.Children.FirstOrDefault(pair => pair.Key is YamlScalarNode { Value: "series" });
        string updated;
        if (series.Key is null)
        {
            // No series yet: add one at the end of the file.
            var ending = text.Length == 0 || text.EndsWith('\n') ? "" : newline;
            updated = text + ending + "series:" + newline + Entry("  ", "    ", periodKey, newline);
        }
        else if (series.Value is YamlScalarNode { Value: { Length: > 0 } written } && YamlMap.IsNull(series.Value))
        {
            error = $"its 'series' is written as '{written}'; leave it empty ('series:' with nothing after it) or list the entries";
            return null;
        }
        else if (YamlMap.IsNull(series.Value))
        {
            // "series:" with nothing after it: the entries go on the lines after the key.
            var keyColumn = (int)series.Key.Start.Column - 1;
            var at = LineEndAfter(text, (int)series.Key.End.Index);
            updated = Insert(text, at, Entry(new string(' ', keyColumn + 2), new string(' ', keyColumn + 4), periodKey, newline), newline);
        }
        else if (series.Value is YamlSequenceNode { Style: not SequenceStyle.Flow } sequence && sequence.Children.Count > 0)
        {
            var last = sequence.Children[^1];
            var itemStart = (int)last.Start.Index;
            var dash = text.LastIndexOf('-', itemStart - 1);
            var lineStart = text.LastIndexOf('\n', Math.Max(dash, 0)) + 1;
            var dashIndent = new string(' ', dash - lineStart);
            var keyIndent = new string(' ', (int)last.Start.Column - 1);
            var end = LastContentEnd(last);
            while (end > 0 && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            var at = LineEndAfter(text, end);
            at = AfterIndentedComments(text, at, dash - lineStart);
            updated = Insert(text, at, Entry(dashIndent, keyIndent, periodKey, newline), newline);
        }
        else
        {
            error = "its 'series' is not written as a list of '- period:' entries, one per line";
            return null;
        }

        // The edit must leave a file that still reads, with the new period as the last entry of the series.
        var check = YamlFile.ParseMapping(updated, "", diagnostics);
        var entries = check?.Children.FirstOrDefault(pair => pair.Key is YamlScalarNode { Value: "series" }).Value as YamlSequenceNode;
        if (entries?.Children[^1] is not YamlMappingNode added ||
            added.Children.FirstOrDefault(p => p.Key is YamlScalarNode { Value: "period" }).Value is not YamlScalarNode { Value: { } period } ||
            period != periodKey)
        {
            error = "the new entry could not be placed at the end of its series";
            return null;
        }

        return updated;
    }

    private static string Entry(string dashIndent, string keyIndent, string periodKey, string newline) =>
        $"{dashIndent}- period: {periodKey}{newline}{keyIndent}value:{newline}";

    /// <summary>Inserts at the start of a line; when the file does not end with a line break, one is added first.</summary>
    private static string Insert(string text, int at, string lines, string newline) =>
        at >= text.Length
            ? text + (text.EndsWith('\n') ? "" : newline) + lines
            : text[..at] + lines + text[at..];

    /// <summary>The index just after the line break ending the line that holds <paramref name="index"/>.</summary>
    private static int LineEndAfter(string text, int index)
    {
        var lineEnd = text.IndexOf('\n', Math.Min(Math.Max(index, 0), text.Length));
        return lineEnd < 0 ? text.Length : lineEnd + 1;
    }

    /// <summary>Comment lines indented under the list (deeper than its dashes) belong to the last entry.</summary>
    private static int AfterIndentedComments(string text, int at, int dashColumn)
    {
        while (at < text.Length)
        {
            var lineEnd = LineEndAfter(text, at);
            var line = text[at..lineEnd].TrimEnd('\r', '\n');
            var indent = line.Length - line.TrimStart(' ').Length;
            if (indent <= dashColumn || !line.TrimStart(' ').StartsWith('#'))
            {
                break;
            }

            at = lineEnd;
        }

        return at;
    }

    /// <summary>The end of the last key or non-empty value written in a node (an empty value has no text of its own).</summary>
    private static int LastContentEnd(YamlNode node) => node switch
    {
        YamlMappingNode mapping => mapping.Children.Count == 0
            ? (int)mapping.End.Index
            : mapping.Children.Max(pair => Math.Max((int)pair.Key.End.Index, YamlMap.IsNull(pair.Value) ? 0 : LastContentEnd(pair.Value))),
        YamlSequenceNode sequence => sequence.Children.Count == 0 || sequence.Style == SequenceStyle.Flow
            ? (int)sequence.End.Index
            : sequence.Children.Max(LastContentEnd),
        _ => (int)node.End.Index,
    };
}

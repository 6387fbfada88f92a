using System.Globalization;
using StaticKpi.Content;
using StaticKpi.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace StaticKpi.Migration;

/// <summary>
/// Sets <c>format:</c> in the text of site.config.yaml without re-serialising it, as the series text editor
/// (<c>Import/SeriesFileEditor</c>) writes figures: the file is parsed only to find where its fields are (YamlDotNet's
/// marks), and the text is spliced there, so comments, quoting, blank lines, indentation and line endings stay as
/// they were. A missing <c>format:</c> becomes the first field, after any comment lines above the first field and
/// indented like it; in a file written in braces (<c>{title: …, …}</c>) it goes first inside them.
/// </summary>
public static class FormatKeyEditor
{
    /// <summary>The new text, or null after reporting why the field could not be placed.</summary>
    public static string? WithFormat(string text, int format, DiagnosticBag diagnostics)
    {
        var root = YamlFile.ParseMapping(text, SiteConfigLoader.FileName, diagnostics);
        if (root is null)
        {
            return null;
        }

        var number = format.ToString(CultureInfo.InvariantCulture);
        var (key, value) = root.Children.FirstOrDefault(pair => pair.Key is YamlScalarNode { Value: ContentFormat.Key });
        var changed = key is not null ? Replace(text, value, number) : Insert(text, root, $"{ContentFormat.Key}: {number}");
        if (changed is null || !ReadsAs(changed, root, format))
        {
            diagnostics.Error(RuleIds.BadValue, new SourceLocation(SiteConfigLoader.FileName, 1, 1),
                $"'{ContentFormat.Key}: {number}' could not be written into {SiteConfigLoader.FileName} without changing how the rest of it reads.",
                $"Add the line '{ContentFormat.Key}: {number}' at the top of the file yourself, then run the command again.");
            return null;
        }

        return changed;
    }

    private static string? Replace(string text, YamlNode value, string number) =>
        value is YamlScalarNode && value.End.Index > value.Start.Index
            ? string.Concat(text.AsSpan(0, (int)value.Start.Index), number, text.AsSpan((int)value.End.Index))
            : null;

    private static string? Insert(string text, YamlMappingNode root, string field)
    {
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var first = root.Children.Keys.FirstOrDefault();
        if (root.Style == YamlDotNet.Core.Events.MappingStyle.Flow)
        {
            if (first is null)
            {
                return text.Insert((int)root.Start.Index + 1, field);
            }

            // "{title: …" gains "format: 1, " before its first field; a first field on a line of its own, a line before it.
            var lineStart = LineStart(text, (int)first.Start.Index);
            return string.IsNullOrWhiteSpace(text[lineStart..(int)first.Start.Index])
                ? text.Insert(lineStart, text[lineStart..(int)first.Start.Index] + field + "," + newline)
                : text.Insert((int)first.Start.Index, field + ", ");
        }

        if (first is null)
        {
            return null;
        }

        // A new line at the first field's line, indented as it is: comment lines above it stay above both.
        var start = LineStart(text, (int)first.Start.Index);
        var indent = text[start..(int)first.Start.Index];
        return indent.All(c => c == ' ') ? text.Insert(start, indent + field + newline) : null;
    }

    private static int LineStart(string text, int index) => index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;

    /// <summary>Whether the new text reads as the old one with <c>format:</c> set: the edit must change nothing else.</summary>
    private static bool ReadsAs(string changed, YamlMappingNode before, int format)
    {
        var after = YamlFile.ParseMapping(changed, SiteConfigLoader.FileName, new DiagnosticBag());
        if (after is null || ContentFormat.Read(after, SiteConfigLoader.FileName, new DiagnosticBag()) != format)
        {
            return false;
        }

        static IEnumerable<KeyValuePair<YamlNode, YamlNode>> Others(YamlMappingNode map) =>
            map.Children.Where(pair => pair.Key is not YamlScalarNode { Value: ContentFormat.Key });
        return Others(after).SequenceEqual(Others(before));
    }
}

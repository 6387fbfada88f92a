using StaticKpi.Content;
using StaticKpi.Diagnostics;
using StaticKpi.Import;
using StaticKpi.Model;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace StaticKpi.Editing;

/// <summary>
/// Adds a <c>- period: …</c> entry with an empty value to an indicator file's <c>series:</c> for
/// <c>statickpi new period</c>. The text is spliced by <see cref="SeriesFileEditor"/>, the same editor
/// <c>statickpi import</c> uses, so both place entries, keep comments and follow the file's layout alike; this class
/// only refuses the series layouts an editor should fix by hand first.
/// </summary>
public static class SeriesAppender
{
    /// <summary>The new text of the file, or null with the reason when the entry cannot be added safely.</summary>
    public static string? Append(string text, Indicator indicator, Period period, int financialYearStartMonth, out string? error)
    {
        error = null;
        var diagnostics = new DiagnosticBag();
        var root = YamlFile.ParseMapping(text, "", diagnostics);
        if (root is null)
        {
            error = "the file is not valid YAML";
            return null;
        }

        var series = root.Children.FirstOrDefault(pair => pair.Key is YamlScalarNode { Value: "series" });
        if (series.Key is not null && series.Value is YamlScalarNode { Value: { Length: > 0 } written } && YamlMap.IsNull(series.Value))
        {
            error = $"its 'series' is written as '{written}'; leave it empty ('series:' with nothing after it) or list the entries";
            return null;
        }

        if (series.Key is not null && !YamlMap.IsNull(series.Value) && series.Value is not YamlSequenceNode { Style: not SequenceStyle.Flow })
        {
            error = "its 'series' is not written as a list of '- period:' entries, one per line";
            return null;
        }

        var edit = SeriesFileEditor.Apply(text, indicator.Location.File, indicator, financialYearStartMonth,
            [new SeriesUpdate(0, period, null, null)]);

        // The edit must leave a file that still reads, with the new period in its series.
        var check = edit.Problem is null ? YamlFile.ParseMapping(edit.NewText, "", diagnostics) : null;
        var entries = check?.Children.FirstOrDefault(pair => pair.Key is YamlScalarNode { Value: "series" }).Value as YamlSequenceNode;
        if (entries is null || !entries.Children.OfType<YamlMappingNode>().Any(entry =>
                entry.Children.FirstOrDefault(p => p.Key is YamlScalarNode { Value: "period" }).Value is YamlScalarNode { Value: { } key } &&
                key == period.Key))
        {
            error = "the new entry could not be placed in its series";
            return null;
        }

        return edit.NewText;
    }
}

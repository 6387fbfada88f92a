using System.Globalization;
using System.Text;
using StaticKpi.Content;
using StaticKpi.Model;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace StaticKpi.Import;

/// <summary>
/// A figure to write into an indicator's series: its value, and the period's target when the table has one. A null
/// value adds the period with an empty <c>value:</c> for an editor to fill in (<c>statickpi new period</c>).
/// </summary>
public sealed record SeriesUpdate(int Row, Period Period, decimal? Value, Target? Target);

/// <summary>One value written by an import: where it is in the new file, what it was and what it is now.</summary>
public sealed record ImportChange(string File, int Line, int IndicatorId, Period Period, string Field, string? Old, string New, bool NewPeriod)
{
    public override string ToString()
    {
        var what = NewPeriod ? $"indicator {IndicatorId}, {Period}, {Field}, new period" : $"indicator {IndicatorId}, {Period}, {Field}";
        return $"{File}:{Line} {Old ?? "(none)"} -> {New} ({what})";
    }
}

/// <summary>The new text of an indicator file and the changes made to it, or why it could not be changed.</summary>
public sealed record SeriesEdit(string NewText, IReadOnlyList<ImportChange> Changes, int UnchangedRows, ImportProblem? Problem = null);

/// <summary>
/// Writes figures into the <c>series:</c> of one indicator file without re-serialising it: the file is parsed with
/// YamlDotNet's representation model only to find where each entry, key and value is (their marks), and the new
/// text is spliced in at those places. Comments, key order, quoting, blank lines and line endings of everything
/// else stay exactly as they were. A new period is inserted as a <c>- period: …</c> entry at its chronological
/// place, indented like its neighbours. This is the one series text editor: <c>statickpi import</c> calls it
/// directly and <c>statickpi new period</c> through <c>Editing/SeriesAppender</c>.
/// </summary>
/// <remarks>
/// Comments: a comment line indented deeper than the entries' dashes (like the entry's own keys), directly after an
/// entry (no blank line between), belongs to that entry, and a new entry goes after it; a comment at the dashes'
/// column or shallower, or after a blank line, is left where it is and a new entry goes before it. Editors write
/// such indented notes about the figure above them ("# provisional, finance to confirm"); splitting the note from
/// its figure, as import once did while <c>new period</c> did not, would make it read as a note on the new period.
/// </remarks>
public sealed class SeriesFileEditor
{
    private readonly string _text;
    private readonly string _file;
    private readonly Indicator _indicator;
    private readonly int _financialYearStartMonth;
    private readonly string _newline;
    private readonly List<Edit> _edits = [];
    private int _order;

    private SeriesFileEditor(string text, string file, Indicator indicator, int financialYearStartMonth)
    {
        _text = text;
        _file = file;
        _indicator = indicator;
        _financialYearStartMonth = financialYearStartMonth;
        _newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
    }

    /// <summary>
    /// Applies <paramref name="updates"/> (one per period) to <paramref name="text"/>, the file <paramref name="file"/>
    /// that <paramref name="indicator"/> was loaded from.
    /// </summary>
    public static SeriesEdit Apply(string text, string file, Indicator indicator, int financialYearStartMonth, IReadOnlyList<SeriesUpdate> updates) =>
        new SeriesFileEditor(text, file, indicator, financialYearStartMonth).Run(updates);

    private SeriesEdit Run(IReadOnlyList<SeriesUpdate> updates)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(_text));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var seriesKey = KeyNode(root, "series");
        var seriesValue = seriesKey is null ? null : root.Children[seriesKey];
        var entries = seriesValue is YamlSequenceNode sequence ? Entries(sequence) : [];

        var unchanged = 0;
        var additions = new List<SeriesUpdate>();
        foreach (var update in updates)
        {
            var entry = entries.Find(e => e.Period == update.Period);
            if (entry is null)
            {
                additions.Add(update);
            }
            else if (!UpdateEntry(entry, update))
            {
                unchanged++;
            }
        }

        if (additions.Count > 0)
        {
            if (seriesValue is YamlSequenceNode { Style: SequenceStyle.Flow } flow)
            {
                return new SeriesEdit(_text, [], 0, new ImportProblem(_file, (int)flow.Start.Line,
                    "The series is written on one line ([…]), so new periods cannot be added to it. Write it as a list with one '- period:' " +
                    "entry per line, then import again."));
            }

            AddEntries(seriesKey, seriesValue, entries, additions);
        }

        return Build(unchanged);
    }

    /// <summary>Changes an existing entry's value and target where they differ; false when nothing needed changing.</summary>
    private bool UpdateEntry(Entry entry, SeriesUpdate update)
    {
        var changed = false;
        var valueText = update.Value is { } figure ? Number(figure) : "";
        var current = entry.Value is not { } existingValue || YamlMap.IsNull(existingValue.Value) ? null : ScalarText(existingValue.Value);
        if (update.Value is not null && (current is null || !YamlMap.TryParseNumber(current, out var number) || number != update.Value))
        {
            SetField(entry, "value", entry.Value, valueText,
                new ImportChange(_file, 0, _indicator.Id, update.Period, "value", current, valueText, false));
            changed = true;
        }

        if (update.Target is { } target)
        {
            var point = _indicator.Series.First(p => p.Period == update.Period);
            if (_indicator.TargetFor(point) != target)
            {
                var targetText = TargetText(target);
                var old = entry.Target is { } existing ? Source(existing.Value).Trim() : null;
                SetField(entry, "target", entry.Target, targetText,
                    new ImportChange(_file, 0, _indicator.Id, update.Period, "target", old, targetText, false));
                changed = true;
            }
        }

        return changed;
    }

    /// <summary>Writes <paramref name="text"/> over the value of <paramref name="field"/>, or adds the field when the entry lacks it.</summary>
    private void SetField(Entry entry, string key, KeyValuePair<YamlNode, YamlNode>? field, string text, ImportChange change)
    {
        if (field is { } existing)
        {
            ReplaceValue(existing.Key, existing.Value, text, change);
        }
        else
        {
            AddKey(entry, key, text, change);
        }
    }

    private void ReplaceValue(YamlNode key, YamlNode value, string text, ImportChange change)
    {
        switch (value)
        {
            case YamlScalarNode scalar when scalar.Start.Index == scalar.End.Index:
                // "value:" with nothing after it: write the figure after the colon.
                var colon = _text.IndexOf(':', (int)key.End.Index);
                Add(colon + 1, 0, " " + text, change, 1);
                break;
            case YamlScalarNode or YamlMappingNode { Style: MappingStyle.Flow } or YamlSequenceNode { Style: SequenceStyle.Flow }:
                Add((int)value.Start.Index, ContentEnd(value) - (int)value.Start.Index, text, change, 0);
                break;
            default:
                // A block mapping such as a target range written over several lines: replace it from the key's colon.
                var start = (int)key.End.Index;
                Add(start, ContentEnd(value) - start, ": " + text, change, 2);
                break;
        }
    }

    /// <summary>Adds a missing key to an entry: inside the braces of a flow entry, else as a line after the entry.</summary>
    private void AddKey(Entry entry, string key, string text, ImportChange change)
    {
        if (entry.Node.Style == MappingStyle.Flow)
        {
            var brace = ContentEnd(entry.Node) - 1;
            var prefix = $", {key}: ";
            Add(brace, 0, prefix + text, change, prefix.Length);
            return;
        }

        var line = new string(' ', entry.KeyColumn) + $"{key}: ";
        Insert(LineAfter(ContentEnd(entry.Node)), [new NewLine(line + text, [(change, line.Length)])]);
    }

    private void AddEntries(YamlScalarNode? seriesKey, YamlNode? seriesValue, List<Entry> entries, List<SeriesUpdate> additions)
    {
        // New entries look like the existing ones; the first entry of a new series is indented by two spaces.
        var style = entries.FirstOrDefault();
        var dashColumn = style?.DashColumn ?? (seriesKey is null ? 2 : (int)seriesKey.Start.Column - 1 + 2);
        var keyColumn = style?.KeyColumn ?? dashColumn + 2;
        var flow = style?.Node.Style == MappingStyle.Flow;

        // Each new period goes after the latest existing period before it, or before the earliest entry.
        foreach (var group in additions.GroupBy(a => entries.Where(e => e.Period.CompareTo(a.Period) < 0).MaxBy(e => e.Period)))
        {
            var lines = group.OrderBy(a => a.Period).SelectMany(a => EntryLines(a, dashColumn, keyColumn, flow)).ToList();
            if (group.Key is { } previous)
            {
                Insert(AfterOwnComments(LineAfter(ContentEnd(previous.Node)), previous.DashColumn), lines);
            }
            else if (entries.Count > 0)
            {
                var first = entries.MinBy(e => e.Period)!;
                Insert(LeadingComments(LineStart(first.DashIndex)), lines);
            }
            else if (seriesKey is not null && seriesValue is YamlScalarNode empty)
            {
                // "series:" with nothing (or null) after it.
                if (empty.End.Index > empty.Start.Index)
                {
                    Add((int)empty.Start.Index, (int)(empty.End.Index - empty.Start.Index), "", null, 0);
                }

                Insert(LineAfter((int)seriesKey.End.Index), lines);
            }
            else
            {
                lines.Insert(0, new NewLine("series:", []));
                Insert(_text.Length, lines);
            }
        }
    }

    private IEnumerable<NewLine> EntryLines(SeriesUpdate update, int dashColumn, int keyColumn, bool flow)
    {
        var valueText = update.Value is { } figure ? Number(figure) : null;
        var target = update.Target is { } t && t != _indicator.Target ? TargetText(t) : null;
        var valueChange = new ImportChange(_file, 0, _indicator.Id, update.Period, "value", null, valueText ?? "", true);
        var targetChange = target is null ? null : new ImportChange(_file, 0, _indicator.Id, update.Period, "target", null, target, true);
        var dash = new string(' ', dashColumn) + "-" + new string(' ', Math.Max(1, keyColumn - dashColumn - 1));
        if (flow)
        {
            var line = new StringBuilder($"{dash}{{period: {update.Period.Key}, value: ");
            var changes = new List<(ImportChange, int)> { (valueChange, line.Length) };
            line.Append(valueText ?? "");
            if (targetChange is not null)
            {
                line.Append(", target: ");
                changes.Add((targetChange, line.Length));
                line.Append(target);
            }

            yield return new NewLine(line.Append('}').ToString(), changes);
            yield break;
        }

        var indent = new string(' ', keyColumn);
        yield return new NewLine($"{dash}period: {update.Period.Key}", []);
        yield return valueText is null
            ? new NewLine($"{indent}value:", [(valueChange, indent.Length + "value:".Length)])
            : new NewLine($"{indent}value: {valueText}", [(valueChange, indent.Length + "value: ".Length)]);
        if (targetChange is not null)
        {
            yield return new NewLine($"{indent}target: {target}", [(targetChange, indent.Length + "target: ".Length)]);
        }
    }

    /// <summary>Inserts whole lines at <paramref name="index"/>, which is the start of a line or the end of the file.</summary>
    private void Insert(int index, IEnumerable<NewLine> lines)
    {
        var text = new StringBuilder();
        var changes = new List<(ImportChange, int)>();
        var atEnd = index == _text.Length && _text.Length > 0 && _text[^1] != '\n';
        if (atEnd)
        {
            text.Append(_newline);
        }

        foreach (var line in lines)
        {
            changes.AddRange(line.Changes.Select(c => (c.Change, text.Length + c.Offset)));
            text.Append(line.Text).Append(_newline);
        }

        if (atEnd)
        {
            // Keep the file's own choice of no newline at the end.
            text.Length -= _newline.Length;
        }

        _edits.Add(new Edit(index, 0, text.ToString(), _order++, changes));
    }

    private void Add(int index, int length, string text, ImportChange? change, int offset) =>
        _edits.Add(new Edit(index, length, text, _order++, change is null ? [] : [(change, offset)]));

    private SeriesEdit Build(int unchanged)
    {
        var output = new StringBuilder(_text.Length + 256);
        var changes = new List<(ImportChange Change, int Index)>();
        var position = 0;
        foreach (var edit in _edits.OrderBy(e => e.Index).ThenBy(e => e.Order))
        {
            output.Append(_text, position, edit.Index - position);
            changes.AddRange(edit.Changes.Select(c => (c.Change, output.Length + c.Offset)));
            output.Append(edit.Text);
            position = edit.Index + edit.Length;
        }

        output.Append(_text, position, _text.Length - position);
        var text = output.ToString();
        var lineStarts = LineStarts(text);
        var located = changes
            .Select(c => c.Change with { Line = LineOf(lineStarts, c.Index) })
            .OrderBy(c => c.Line)
            .ToList();
        return new SeriesEdit(text, located, unchanged);
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private static int LineOf(List<int> lineStarts, int index)
    {
        var found = lineStarts.BinarySearch(index);
        return (found >= 0 ? found : ~found - 1) + 1;
    }

    private List<Entry> Entries(YamlSequenceNode sequence)
    {
        var fy = _financialYearStartMonth;
        var entries = new List<Entry>();
        foreach (var item in sequence.Children.OfType<YamlMappingNode>())
        {
            var periodKey = KeyNode(item, "period");
            if (periodKey is null || item.Children[periodKey] is not YamlScalarNode { Value: { } text } ||
                Period.TryParse(text, fy, out _) is not { } period)
            {
                continue;
            }

            var dash = DashIndex(item);
            var lineStart = LineStart(dash);
            entries.Add(new Entry(item, period, KeyValue(item, "value"), KeyValue(item, "target"),
                dash, dash - lineStart, (int)item.Start.Index - LineStart((int)item.Start.Index)));
        }

        return entries;
    }

    /// <summary>The index of the <c>-</c> that starts a sequence item (the item's own mark is its first key).</summary>
    private int DashIndex(YamlNode item)
    {
        var i = (int)item.Start.Index - 1;
        while (i >= 0 && _text[i] is ' ' or '\t' or '\r' or '\n')
        {
            i--;
        }

        return i >= 0 && _text[i] == '-' ? i : (int)item.Start.Index;
    }

    private int LineStart(int index)
    {
        var newline = index == 0 ? -1 : _text.LastIndexOf('\n', index - 1);
        return newline + 1;
    }

    /// <summary>Moves a line start up over the comment lines just above it, which belong to the line below them.</summary>
    private int LeadingComments(int lineStart)
    {
        while (lineStart > 0)
        {
            var previous = LineStart(lineStart - 1);
            if (!_text[previous..lineStart].TrimStart().StartsWith('#'))
            {
                break;
            }

            lineStart = previous;
        }

        return lineStart;
    }

    /// <summary>
    /// Moves a line start down over the comment lines indented deeper than <paramref name="dashColumn"/> directly
    /// below an entry, which belong to it (see the remarks on the class).
    /// </summary>
    private int AfterOwnComments(int lineStart, int dashColumn)
    {
        while (lineStart < _text.Length)
        {
            var lineEnd = _text.IndexOf('\n', lineStart);
            var next = lineEnd < 0 ? _text.Length : lineEnd + 1;
            var line = _text[lineStart..next].TrimEnd('\r', '\n');
            var content = line.TrimStart(' ');
            if (line.Length - content.Length <= dashColumn || !content.StartsWith('#'))
            {
                break;
            }

            lineStart = next;
        }

        return lineStart;
    }

    /// <summary>The start of the line after the one holding <paramref name="index"/> (or the end of the file).</summary>
    private int LineAfter(int index)
    {
        if (index > 0 && index <= _text.Length && _text[index - 1] == '\n')
        {
            // A block scalar ends at the start of the next line.
            return index;
        }

        var newline = _text.IndexOf('\n', index);
        return newline < 0 ? _text.Length : newline + 1;
    }

    /// <summary>
    /// Just after the last character of a node's own text. The marks of a collection node are those of its start,
    /// so a block collection ends where its last child does and a flow collection at its closing bracket.
    /// </summary>
    private int ContentEnd(YamlNode node)
    {
        var children = node switch
        {
            // An empty value ("value:") has no text of its own; its marks lie past the line it is on.
            YamlMappingNode mapping => mapping.Children.SelectMany(c => IsEmpty(c.Value) ? new[] { c.Key } : [c.Key, c.Value]).ToList(),
            YamlSequenceNode sequence => [.. sequence.Children],
            _ => null,
        };
        if (children is null)
        {
            return (int)node.End.Index;
        }

        var end = children.Select(ContentEnd).DefaultIfEmpty((int)node.Start.Index + 1).Max();
        if (node is YamlMappingNode { Style: MappingStyle.Flow } or YamlSequenceNode { Style: SequenceStyle.Flow })
        {
            // Past any spaces, line breaks and a trailing comma to the closing bracket.
            while (end < _text.Length && _text[end] is not ('}' or ']'))
            {
                end++;
            }

            return Math.Min(end + 1, _text.Length);
        }

        return end;
    }

    private static bool IsEmpty(YamlNode node) => node is YamlScalarNode scalar && scalar.Start.Index == scalar.End.Index;

    private string Source(YamlNode node) => _text[(int)node.Start.Index..ContentEnd(node)];

    private string ScalarText(YamlNode node) => node is YamlScalarNode { Value: { } value } ? value : Source(node);

    private static YamlScalarNode? KeyNode(YamlMappingNode mapping, string key) =>
        mapping.Children.Keys.OfType<YamlScalarNode>().FirstOrDefault(k => k.Value == key);

    private static KeyValuePair<YamlNode, YamlNode>? KeyValue(YamlMappingNode mapping, string key) =>
        KeyNode(mapping, key) is { } node ? new KeyValuePair<YamlNode, YamlNode>(node, mapping.Children[node]) : null;

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string TargetText(Target target) => target switch
    {
        Target.Value v => Number(v.Amount),
        Target.Range r => $"{{min: {Number(r.Min)}, max: {Number(r.Max)}}}",
        _ => "TBC",
    };

    private sealed record Entry(
        YamlMappingNode Node,
        Period Period,
        KeyValuePair<YamlNode, YamlNode>? Value,
        KeyValuePair<YamlNode, YamlNode>? Target,
        int DashIndex,
        int DashColumn,
        int KeyColumn);

    private sealed record NewLine(string Text, IReadOnlyList<(ImportChange Change, int Offset)> Changes);

    private sealed record Edit(int Index, int Length, string Text, int Order, IReadOnlyList<(ImportChange Change, int Offset)> Changes);
}

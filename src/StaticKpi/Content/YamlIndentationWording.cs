namespace StaticKpi.Content;

/// <summary>
/// Words the YAML errors that come from lines out of line with each other. YamlDotNet says only what it was parsing
/// ("did not find expected key") at the place it noticed; comparing the line with the lines above it tells which
/// field or list item is out of line and where it should be. Each method returns null when the lines do not show
/// the mistake clearly, so that the general wording is used instead of a guess.
/// </summary>
internal sealed class YamlIndentationWording(YamlTextLines lines, int lineOffset)
{
    /// <summary>
    /// "found invalid mapping" and "Mapping values are not allowed": a ': ' where YAML was reading text. Either the
    /// text is a value with ': ' in it, or the field on this line is indented further than the one above it, which
    /// makes it read as more of that field's value.
    /// </summary>
    public YamlProblem? ColonInText(int line, int column)
    {
        var shape = lines.Shape(line);
        if (shape.Key is not null && shape.ValueColumn > 0 && column >= shape.ValueColumn)
        {
            return ColonInValue(shape, column);
        }

        var previous = lines.PreviousWithContent(line);
        if (shape.Key is null || previous == 0)
        {
            return null;
        }

        var above = lines.Shape(previous);
        if (above.Key is null)
        {
            return MissingSpaceAfterColon(previous);
        }

        return above.KeyIndent < shape.KeyIndent ? Misaligned(shape, above) : null;
    }

    /// <summary>"did not find expected '-' indicator": a line in a list that is not an item of it.</summary>
    public YamlProblem? NotAListItem(int line)
    {
        var shape = lines.Shape(line);
        if (DashWithoutSpace(line, shape.Indent) is { } dash)
        {
            return dash;
        }

        if (shape.IsListItem)
        {
            return ListItemOutOfLine(shape, NearestListItem(line, item => item.Indent < shape.Indent, above => above.Indent < shape.Indent));
        }

        var item = NearestListItem(line, item => item.Indent <= shape.Indent, above => above.Indent < shape.Indent);
        if (shape.Key is null || item is not { Key: not null } entry)
        {
            return new YamlProblem(line, shape.Column,
                "This line is inside a list but is neither an item of the list nor a field of an item.",
                "Start it with '- ' to make it an item, or write it as 'name: value' lined up with the fields of the item above.");
        }

        if (shape.Indent > entry.Indent)
        {
            return Misaligned(shape, entry);
        }

        // In line with the '-': it could be meant as a field of the entry or as a field beside the list.
        var owner = Owner(entry);
        var choice = owner is { Key: not null }
            ? $"Indent it {entry.KeyIndent} spaces to line it up with '{entry.Key}' on line {Number(entry.Line)}, " +
              $"or {owner.Value.KeyIndent} to line it up with '{owner.Value.Key}' on line {Number(owner.Value.Line)}."
            : $"Indent it {entry.KeyIndent} spaces to line it up with '{entry.Key}' on line {Number(entry.Line)}.";
        return new YamlProblem(line, shape.KeyColumn,
            $"'{Name(shape.Key)}' is in line with the '-' of the list items above it, so it is neither a field of the entry on line " +
            $"{Number(entry.Line)} nor a field of its own.",
            choice);
    }

    /// <summary>"did not find expected key" (and "expected &lt;document end&gt;"): a line where a field was expected.</summary>
    public YamlProblem? NotAField(int line, int column)
    {
        var shape = lines.Shape(line);
        if (column > shape.Column)
        {
            return InsideTheLine(line, column);
        }

        if (DashWithoutSpace(line, shape.Indent) is { } dash)
        {
            return dash;
        }

        if (shape.IsListItem)
        {
            var sibling = NearestListItem(line, item => item.Indent != shape.Indent, above => above.Indent <= shape.Indent);
            return sibling is null
                ? DashWithoutSpace(lines.PreviousWithContent(line), shape.Indent) ?? new YamlProblem(line, shape.Column,
                    "A list item ('- ') starts here, where a field ('name: value') was expected.",
                    "If it belongs to a list, indent it under the field that holds the list (such as 'series:') like the other items; if it is a " +
                    "field, remove the '- '.")
                : ListItemOutOfLine(shape, sibling);
        }

        if (shape.Key is null)
        {
            return MissingSpaceAfterColon(line) ?? new YamlProblem(line, shape.Column,
                $"'{Cut(shape.Value)}' is not a field: a field is a name, then ': ', then its value.",
                "Write it as 'name: value'; or, if it continues the text above it, indent it as far as that text.");
        }

        return FieldOutOfLine(shape);
    }

    /// <summary>A field indented less than the fields of the block above it, or between two levels.</summary>
    private YamlProblem? FieldOutOfLine(LineShape shape)
    {
        LineShape? deeper = null;
        LineShape? shallower = null;
        for (var previous = lines.PreviousWithContent(shape.Line); previous > 0; previous = lines.PreviousWithContent(previous))
        {
            var above = lines.Shape(previous);
            if (above.Key is null)
            {
                continue;
            }

            if (above.KeyIndent > shape.KeyIndent)
            {
                deeper ??= above;
            }
            else if (above.KeyIndent < shape.KeyIndent)
            {
                shallower = above;
                break;
            }
        }

        if (deeper is null && shallower is null)
        {
            return null;
        }

        if (deeper is null || shallower is null)
        {
            return Misaligned(shape, (deeper ?? shallower)!.Value);
        }

        var (first, _) = BlockStart(deeper.Value);
        return new YamlProblem(shape.Line, shape.KeyColumn,
            $"'{Name(shape.Key!)}' is indented {Spaces(shape.KeyIndent)}, which lines it up with no field above it.",
            $"Indent it {shallower.Value.KeyIndent} spaces to line it up with '{shallower.Value.Key}' on line {Number(shallower.Value.Line)}, " +
            $"or {deeper.Value.KeyIndent} to line it up with '{first.Key}' on line {Number(first.Line)}.");
    }

    /// <summary>
    /// A field not lined up with <paramref name="sibling"/>, the field it belongs beside. Inside a list item the
    /// message names the item's first field (the one after its '-'), which is where editors line fields up.
    /// </summary>
    private YamlProblem Misaligned(LineShape field, LineShape sibling)
    {
        var (first, inEntry) = BlockStart(sibling);
        var guide = inEntry && first.Key is not null ? first : sibling;
        var others = inEntry ? "the other fields of this entry" : "the fields around it";
        return new YamlProblem(field.Line, field.KeyColumn,
            $"'{Name(field.Key!)}' is indented {Spaces(field.KeyIndent)} but {others} are indented {sibling.KeyIndent}.",
            $"Line it up with '{guide.Key}' on line {Number(guide.Line)}.");
    }

    private YamlProblem? ListItemOutOfLine(LineShape item, LineShape? sibling) =>
        sibling is not { } other
            ? null
            : new YamlProblem(item.Line, item.Column,
                $"This list item is indented {Spaces(item.Indent)} but the other items of this list are indented {other.Indent}.",
                $"Line its '-' up with the '-' on line {Number(other.Line)}.");

    /// <summary>
    /// The first line of the set of fields <paramref name="field"/> is in, and whether that set is a list item (its
    /// first line starts with '- '). Lines nested deeper in between are skipped.
    /// </summary>
    private (LineShape First, bool InEntry) BlockStart(LineShape field)
    {
        var current = field;
        for (var previous = lines.PreviousWithContent(field.Line);
             !current.IsListItem && previous > 0;
             previous = lines.PreviousWithContent(previous))
        {
            var above = lines.Shape(previous);
            if (above.KeyIndent > field.KeyIndent)
            {
                continue; // nested under an earlier field of the same set
            }

            if (above.Key is null || above.KeyIndent < field.KeyIndent)
            {
                break;
            }

            current = above;
        }

        return (current, current.IsListItem);
    }

    /// <summary>
    /// The nearest list item above <paramref name="line"/> that <paramref name="matches"/>, looking no further than a
    /// line that is not a list item and <paramref name="endsSearch"/> (the field that holds the list, or one beside it).
    /// </summary>
    private LineShape? NearestListItem(int line, Func<LineShape, bool> matches, Func<LineShape, bool> endsSearch)
    {
        for (var previous = lines.PreviousWithContent(line); previous > 0; previous = lines.PreviousWithContent(previous))
        {
            var above = lines.Shape(previous);
            if (above.IsListItem && matches(above))
            {
                return above;
            }

            if (!above.IsListItem && endsSearch(above))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The field whose value is the list <paramref name="item"/> is in (such as 'series:').</summary>
    private LineShape? Owner(LineShape item)
    {
        for (var previous = lines.PreviousWithContent(item.Line); previous > 0; previous = lines.PreviousWithContent(previous))
        {
            var above = lines.Shape(previous);
            if (!above.IsListItem && above.Indent <= item.Indent && above.Key is not null)
            {
                return above;
            }
        }

        return null;
    }

    private YamlProblem? ColonInValue(LineShape shape, int column)
    {
        if (shape.Value[0] is '"' or '\'')
        {
            return InsideTheLine(shape.Line, column);
        }

        return new YamlProblem(shape.Line, column,
            $"The value of '{Name(shape.Key!)}' has ': ' in it, which YAML reads as the start of another field.",
            YamlQuoting.PutInQuotes(shape.Key, shape.Value));
    }

    /// <summary>A problem found part-way along a line: more text after a closing quote, or a bracket that closes nothing.</summary>
    private YamlProblem? InsideTheLine(int line, int column)
    {
        var text = lines[line];
        var before = text[..Math.Min(column - 1, text.Length)].TrimEnd();
        if (before.Length > 0 && before[^1] is '"' or '\'')
        {
            return new YamlProblem(line, column,
                "There is more text after the closing quote of this value.",
                "Put the whole value inside the quotes. Inside single quotes write an apostrophe twice ('it''s'); inside double quotes write a " +
                "quote as \\\".");
        }

        var character = lines.At(line, column);
        if (character is ']' or '}')
        {
            return new YamlProblem(line, column,
                $"This '{character}' closes nothing: there is no '{(character == ']' ? '[' : '{')}' before it to match.",
                "Remove it; or, if it is part of the text, put the whole value in quotes.");
        }

        return null;
    }

    /// <summary>'-period: a' is a field named '-period' to YAML, not a list item; the next '- ' then breaks the list.</summary>
    private YamlProblem? DashWithoutSpace(int line, int indent)
    {
        var text = lines[line];
        if (line == 0 || lines.Shape(line).Indent != indent || text.Length <= indent + 1 || text[indent] != '-' || text[indent + 1] is ' ' or '-')
        {
            return null;
        }

        var rest = text[(indent + 1)..].TrimEnd();
        return new YamlProblem(line, indent + 1,
            $"There is no space after the '-' in '-{Cut(rest)}', so it is not read as a list item.",
            $"Write a space after the '-': '- {Cut(rest)}'.");
    }

    /// <summary>'title:abc' is text to YAML, not a field; the colon that needs a space after it is the first one.</summary>
    private YamlProblem? MissingSpaceAfterColon(int line)
    {
        var shape = lines.Shape(line);
        var text = lines[line];
        var colon = text.IndexOf(':', shape.KeyColumn - 1);
        if (shape.Key is not null || colon <= shape.KeyColumn - 1 || colon + 1 >= text.Length || text[colon + 1] == ' ')
        {
            return null;
        }

        var name = text[(shape.KeyColumn - 1)..colon];
        var value = text[(colon + 1)..].TrimEnd();
        return new YamlProblem(line, colon + 1,
            $"There is no space after the colon in '{Cut(name + ":" + value)}', so it is not read as a field.",
            $"Write a space after the colon: '{Cut(name)}: {Cut(value)}'.");
    }

    private string Number(int line) => (line + lineOffset).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Spaces(int count) => count == 1 ? "1 space" : $"{count} spaces";

    private static string Name(string key) => Cut(key);

    private static string Cut(string text) => Diagnostics.QuotedValue.Cut(text);
}

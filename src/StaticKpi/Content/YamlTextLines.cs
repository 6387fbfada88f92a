namespace StaticKpi.Content;

/// <summary>
/// The lines of a YAML file as an editor sees them, for wording an error the parser found: how far each line is
/// indented, whether it is a list item, and which field it names. This is not a YAML reader (YamlDotNet has already
/// said the file cannot be read); it only looks at the shape of lines, as a person comparing indentation would.
/// Lines are numbered from 1, as in the file.
/// </summary>
internal sealed class YamlTextLines
{
    private readonly string[] _lines;

    public YamlTextLines(string text) => _lines = [.. text.Split('\n').Select(line => line.TrimEnd('\r'))];

    public int Count => _lines.Length;

    /// <summary>The whole line, or "" for a line number past the end.</summary>
    public string this[int line] => line >= 1 && line <= _lines.Length ? _lines[line - 1] : "";

    /// <summary>The character at a 1-based line and column, or '\0' outside the text.</summary>
    public char At(int line, int column)
    {
        var text = this[line];
        return column >= 1 && column <= text.Length ? text[column - 1] : '\0';
    }

    /// <summary>Whether a line holds anything YAML reads: not blank, not only a comment.</summary>
    public bool HasContent(int line)
    {
        var content = this[line].TrimStart(' ');
        return content.Length > 0 && content[0] != '#' && content.Trim().Length > 0;
    }

    /// <summary>The nearest line above <paramref name="line"/> that holds anything, or 0.</summary>
    public int PreviousWithContent(int line)
    {
        for (var previous = line - 1; previous >= 1; previous--)
        {
            if (HasContent(previous))
            {
                return previous;
            }
        }

        return 0;
    }

    public LineShape Shape(int line) => LineShape.Of(line, this[line]);
}

/// <summary>
/// What one line looks like: <c>  - period: 2024/25 Q1</c> is indented 2, is a list item, and names the field
/// 'period' at column 5 with the value '2024/25 Q1'.
/// </summary>
/// <param name="Indent">Spaces before the first character (a tab ends the count).</param>
/// <param name="KeyColumn">The 1-based column where the field name (or the text, for a line without one) starts, after any '- '.</param>
/// <param name="Key">The field name before ': ', or null when the line is not a 'name: value' line.</param>
/// <param name="ValueColumn">The 1-based column where the value starts, or 0 when there is none on the line.</param>
internal readonly record struct LineShape(int Line, int Indent, bool IsListItem, int KeyColumn, string? Key, string Value, int ValueColumn)
{
    public static LineShape Of(int line, string text)
    {
        var indent = 0;
        while (indent < text.Length && text[indent] == ' ')
        {
            indent++;
        }

        var bodyStart = indent;
        var isListItem = false;
        if (bodyStart < text.Length && text[bodyStart] == '-' && (bodyStart + 1 == text.Length || text[bodyStart + 1] == ' '))
        {
            isListItem = true;
            bodyStart++;
            while (bodyStart < text.Length && text[bodyStart] == ' ')
            {
                bodyStart++;
            }
        }

        var body = text[bodyStart..];
        var colon = FieldColon(body);
        if (colon < 0)
        {
            return new LineShape(line, indent, isListItem, bodyStart + 1, null, body.TrimEnd(), 0);
        }

        var key = Unquote(body[..colon].TrimEnd());
        var valueStart = colon + 1;
        while (valueStart < body.Length && body[valueStart] == ' ')
        {
            valueStart++;
        }

        var value = body[valueStart..].TrimEnd();
        return new LineShape(line, indent, isListItem, bodyStart + 1, key, value, value.Length == 0 ? 0 : bodyStart + valueStart + 1);
    }

    /// <summary>The 1-based column of the line's first character: the '-' of a list item, or the field name.</summary>
    public int Column => Indent + 1;

    /// <summary>How many spaces a field name on this line is indented (past the '- ' of a list item).</summary>
    public int KeyIndent => KeyColumn - 1;

    /// <summary>The first ':' followed by a space or the end of the text, outside quotes and before any comment.</summary>
    private static int FieldColon(string body)
    {
        var quote = body.Length > 0 && body[0] is '"' or '\'' ? body[0] : '\0';
        var from = 0;
        if (quote != '\0')
        {
            var close = body.IndexOf(quote, 1);
            if (close < 0)
            {
                return -1;
            }

            from = close + 1;
        }

        for (var i = from; i < body.Length; i++)
        {
            if (body[i] == '#' && i > 0 && body[i - 1] == ' ')
            {
                return -1;
            }

            if (body[i] == ':' && (i + 1 == body.Length || body[i + 1] == ' '))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Unquote(string key) =>
        key.Length >= 2 && key[0] is '"' or '\'' && key[^1] == key[0] ? key[1..^1] : key;
}

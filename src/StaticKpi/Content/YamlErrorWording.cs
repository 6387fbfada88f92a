using System.Globalization;
using YamlDotNet.Core;

namespace StaticKpi.Content;

/// <summary>A YAML error as an editor should read it: where the mistake is (1-based, in the YAML's own lines), what it is, and what to do.</summary>
internal readonly record struct YamlProblem(int Line, int Column, string Message, string Fix);

/// <summary>
/// Turns what YamlDotNet says about YAML it cannot read ("While parsing a block mapping, did not find expected key")
/// into a sentence a performance officer understands, with the fix, at the mistake itself rather than where the
/// parser noticed it. Every message YamlDotNet was seen to give for an editor's slip has its own wording here (see
/// EditorMessages tests); anything else gets a general sentence, with the parser's own words after it.
/// </summary>
internal sealed class YamlErrorWording
{
    private readonly YamlTextLines _lines;
    private readonly int _lineOffset;
    private readonly YamlIndentationWording _indentation;

    /// <param name="lineOffset">How many lines come before the YAML in its file (front matter's '---'), for line numbers in messages.</param>
    public YamlErrorWording(string text, int lineOffset)
    {
        _lines = new YamlTextLines(text);
        _lineOffset = lineOffset;
        _indentation = new YamlIndentationWording(_lines, lineOffset);
    }

    /// <summary>General advice for YAML that cannot be read, when nothing more particular can be said.</summary>
    public const string GeneralFix =
        "Check that this line is lined up with the lines around it, and put text that contains ': ' or starts with a special character in quotes.";

    /// <param name="description">YamlDotNet's message without its position.</param>
    /// <param name="flow">The '[' or '{' still open where the parser stopped, if any.</param>
    /// <param name="undefinedAlias">The first alias whose anchor is never defined, if any.</param>
    public YamlProblem Describe(string description, Mark start, Mark end, (Mark Start, bool IsMapping)? flow, Mark? undefinedAlias)
    {
        var line = (int)start.Line;
        var column = (int)start.Column;
        var problem = description switch
        {
            _ when description.Contains("tab", StringComparison.OrdinalIgnoreCase) => Tab(line),
            _ when description.Contains("quoted scalar", StringComparison.Ordinal) =>
                description.Contains("unknown escape", StringComparison.Ordinal) ? UnknownEscape(start, end) : UnclosedQuote(line, column),
            _ when description.StartsWith("The anchor '", StringComparison.Ordinal) && undefinedAlias is { } alias =>
                SpecialCharacter((int)alias.Line, (int)alias.Column),
            _ when description.StartsWith("Duplicate key ", StringComparison.Ordinal) => new YamlProblem(line, column,
                $"'{Cut(description["Duplicate key ".Length..])}' is written twice here.", "Keep one of them."),
            "While scanning a plain scalar value, found invalid mapping" or "While scanning a multiline plain scalar, found invalid mapping"
                or "Mapping values are not allowed in this context" => _indentation.ColonInText(line, column),
            "While parsing a block collection, did not find expected '-' indicator" => _indentation.NotAListItem(line),
            "While parsing a block mapping, did not find expected key" or "Did not find expected <document end>" =>
                AliasFollowedByText(line, column) ?? _indentation.NotAField(line, column),
            _ when description.StartsWith("While parsing a flow ", StringComparison.Ordinal) => Flow(flow, line, column),
            "While scanning for the next token, found character that cannot start any token"
                or "While parsing a node, found undefined tag handle"
                or "While parsing a node, did not find expected node content"
                or "While scanning an anchor or alias, found value containing disallowed: []{}," => SpecialCharacter(line, column),
            "Block sequence entries are not allowed in this context" or "Mapping keys are not allowed in this context" =>
                IndicatorAfterField(line, column),
            "While scanning a block scalar, did not find expected comment or line break" => new YamlProblem(line, column,
                "After '|' or '>' only a number, '+' or '-' can follow on the same line.",
                "Start the text on the next line, indented further than the field's name."),
            _ => null,
        };

        return problem ?? General(line, column, description);
    }

    /// <summary>YamlDotNet failed without a message of its own (an internal error on some broken input).</summary>
    public YamlProblem DescribeUnreadable(Mark lastStart, (Mark Start, bool IsMapping)? flow)
    {
        var start = lastStart.Line > 0 ? lastStart : new Mark(0, 1, 1);
        return Flow(flow, (int)start.Line, (int)start.Column) ?? General((int)start.Line, (int)start.Column, null);
    }

    /// <summary>The plain sentence first, then what the parser said (never an exception's type name).</summary>
    private static YamlProblem General(int line, int column, string? description) =>
        new(line, column,
            description is null or ""
                ? "This line could not be read as YAML."
                : $"This line could not be read as YAML: {Cut(LowerFirst(description), 200)}.",
            GeneralFix);

    /// <summary>
    /// A tab in a line's indentation. YamlDotNet places it at the start of what it was reading (often 1:1); the
    /// editor needs the tab itself, the first one at or after that line.
    /// </summary>
    private YamlProblem? Tab(int fromLine)
    {
        for (var line = Math.Max(fromLine, 1); line <= _lines.Count; line++)
        {
            var text = _lines[line];
            for (var i = 0; i < text.Length && text[i] is ' ' or '\t'; i++)
            {
                if (text[i] == '\t')
                {
                    var starts = i == 0 ? "starts with a tab" : "has a tab in its indentation";
                    return new YamlProblem(line, i + 1, $"Line {Number(line)} {starts}; YAML needs spaces.",
                        $"Replace the tab at {Number(line)}:{i + 1} with spaces.");
                }
            }
        }

        return null;
    }

    private YamlProblem? UnclosedQuote(int line, int column)
    {
        var quote = _lines.At(line, column);
        if (quote is not ('"' or '\''))
        {
            return null;
        }

        var kind = quote == '"' ? "double" : "single";
        return new YamlProblem(line, column, $"The {kind} quote ({quote}) that starts this value is not closed on its line.",
            $"Add the closing {quote} at the end of the value; or, if the value goes on over several lines, indent the lines after the first.");
    }

    /// <summary>A backslash in double quotes followed by a letter YAML has no meaning for ("C:\Data").</summary>
    private YamlProblem? UnknownEscape(Mark start, Mark end)
    {
        var line = (int)end.Line;
        var backslash = _lines[line].IndexOf('\\', line == (int)start.Line ? (int)start.Column - 1 : 0);
        if (backslash < 0 || backslash + 1 >= _lines[line].Length)
        {
            return null;
        }

        var sequence = _lines[line].Substring(backslash, 2);
        return new YamlProblem(line, backslash + 1,
            $"The value in double quotes has '{Cut(sequence)}' in it, but inside double quotes a backslash must start a special character such " +
            "as \\n.",
            "Put the value in single quotes instead of double quotes, or write the backslash twice (\\\\).");
    }

    /// <summary>A '[' or '{' on one line that is never closed, or whose contents cannot be read.</summary>
    private YamlProblem? Flow((Mark Start, bool IsMapping)? flow, int line, int column)
    {
        if (flow is not var (start, isMapping))
        {
            return null;
        }

        var (open, close, what) = isMapping ? ('{', '}', "set of fields") : ('[', ']', "list");
        var openLine = (int)start.Line;
        var openColumn = (int)start.Column;
        if (!ClosedOnItsLine(_lines[openLine], openColumn - 1, open, close))
        {
            return new YamlProblem(openLine, openColumn, $"This '{open}' starts a {what} that is never closed with '{close}'.",
                $"Add '{close}' after the last {(isMapping ? "field" : "item")}; or, if the value is text that starts with '{open}', put it in " +
                "quotes.");
        }

        return new YamlProblem(openLine, openColumn, $"The {what} in '{open} {close}' that starts here could not be read at {Number(line)}:{column}.",
            isMapping
                ? "Write it as {min: 8, max: 10}: each field a name, ': ' and a value, separated by ', '."
                : "Separate its items with ', ', and put any item that contains ', ', ': ' or a bracket in quotes, for example [\"Rate: 90%\", 85].");
    }

    private static bool ClosedOnItsLine(string text, int from, char open, char close)
    {
        var depth = 0;
        var quote = '\0';
        for (var i = from; i >= 0 && i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == open)
            {
                depth++;
            }
            else if (c == close && --depth == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Text that starts with a character YAML keeps for itself: '@', '`', '%', '*', '&amp;', '!', ']'…</summary>
    private YamlProblem? SpecialCharacter(int line, int column)
    {
        var character = _lines.At(line, column);
        if (character is '\0' or ' ' or '\t')
        {
            return null;
        }

        var reason = character switch
        {
            '*' => "YAML reads it as a reference to a value named with '&' elsewhere in the file",
            '&' => "YAML reads it as naming a value for use elsewhere in the file",
            '!' => "YAML reads it as the name of a type",
            '%' => "YAML reads it as an instruction to the YAML reader",
            '@' or '`' => "YAML keeps it for future use",
            ']' or '}' => "YAML reads it as the end of a list or set of fields",
            ',' => "YAML reads it as separating the items of a list",
            '|' or '>' => "YAML reads it as the start of a block of text",
            _ => "it has a special meaning in YAML",
        };
        var shape = _lines.Shape(line);
        var rest = _lines[line][(column - 1)..].TrimEnd();
        var isValue = shape.Key is not null && shape.ValueColumn > 0 && column >= shape.ValueColumn;
        return new YamlProblem(line, column, $"Text cannot start with '{character}' here, because {reason}.",
            isValue ? YamlQuoting.PutInQuotes(shape.Key, shape.Value) : YamlQuoting.PutInQuotes(null, rest));
    }

    /// <summary>'service: *Accounts payable': YAML reads '*Accounts' as an alias, and then cannot place the rest.</summary>
    private YamlProblem? AliasFollowedByText(int line, int column)
    {
        var shape = _lines.Shape(line);
        return shape.Key is not null && shape.ValueColumn > 0 && column > shape.ValueColumn && shape.Value[0] == '*'
            ? SpecialCharacter(line, shape.ValueColumn)
            : null;
    }

    /// <summary>
    /// 'value: -' or 'value: ?': YAML reads the character as starting a list or a complex field name, which cannot
    /// begin on the field's own line. Editors mostly mean "no figure".
    /// </summary>
    private YamlProblem? IndicatorAfterField(int line, int column)
    {
        var shape = _lines.Shape(line);
        var character = _lines.At(line, column);
        if (shape.Key is null || shape.ValueColumn == 0 || column < shape.ValueColumn)
        {
            return null;
        }

        var key = Cut(shape.Key);
        if (NoFigureWords.IsStandIn(shape.Value))
        {
            return new YamlProblem(line, column,
                $"'{key}' is '{Cut(shape.Value)}', which YAML reads as the start of {(character == '-' ? "a list" : "a complex field name")}, " +
                "not as a value.",
                NoFigureWords.Fix(shape.Key, canBeEmpty: true, hasNote: shape.Key == "value"));
        }

        return character == '-'
            ? new YamlProblem(line, column, $"A list cannot start on the same line as its field '{key}'.",
                $"Put each item on a line of its own under '{key}:', indented and starting with '- '; or, if the value is text starting with " +
                $"'-', put it in quotes: {key}: {YamlQuoting.Quote(shape.Value)}.")
            : SpecialCharacter(line, column);
    }

    private string Number(int line) => (line + _lineOffset).ToString(CultureInfo.InvariantCulture);

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    private static string Cut(string text, int length = Diagnostics.QuotedValue.MaximumLength) => Diagnostics.QuotedValue.Cut(text, length);
}

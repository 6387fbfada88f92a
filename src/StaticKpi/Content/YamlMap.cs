using System.Globalization;
using StaticKpi.Diagnostics;
using StaticKpi.Model;
using StaticKpi.Shared;
using YamlDotNet.RepresentationModel;

namespace StaticKpi.Content;

/// <summary>
/// Reads typed fields out of a YAML mapping, reporting every problem (unknown keys with a suggestion,
/// wrong types, missing required fields) as a diagnostic at the exact line and column. Fields are read by
/// name, so each loader lists the keys it understands in one place.
/// </summary>
public sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly Dictionary<string, YamlNode> _values = new(StringComparer.Ordinal);
    private readonly int _lineOffset;
    private readonly IReadOnlyCollection<string> _knownKeys;

    /// <param name="sourceText">The file's text, so positions inside block scalars (Markdown fields) can be reported exactly.</param>
    public YamlMap(YamlMappingNode node, string file, DiagnosticBag diagnostics, IReadOnlyCollection<string> knownKeys, int lineOffset = 0,
        string? sourceText = null)
    {
        _node = node;
        SourceText = sourceText;
        File = file;
        Diagnostics = diagnostics;
        _lineOffset = lineOffset;
        _knownKeys = knownKeys;
        foreach (var (keyNode, valueNode) in node.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                diagnostics.Error(RuleIds.WrongType, LocationOf(keyNode), "A field name must be plain text.");
                continue;
            }

            if (!knownKeys.Contains(key))
            {
                var suggestion = Suggestions.Closest(key, knownKeys);
                var fix = suggestion is null
                    ? $"Remove it, or use one of: {string.Join(", ", knownKeys)}."
                    : $"Did you mean '{suggestion}'?";
                diagnostics.Error(RuleIds.UnknownKey, LocationOf(keyNode), $"Unknown field '{QuotedValue.Cut(key)}'.", fix);
                continue;
            }

            _values[key] = valueNode;
        }
    }

    public string File { get; }

    public string? SourceText { get; }

    public DiagnosticBag Diagnostics { get; }

    public SourceLocation Location => LocationOf(_node);

    public SourceLocation LocationOf(YamlNode node) => YamlLocations.Of(node, File, _lineOffset);

    /// <summary>Where a field's value is, or the mapping itself when the field is absent.</summary>
    public SourceLocation LocationOf(string key) => _values.TryGetValue(key, out var node) ? LocationOf(node) : Location;

    public bool Has(string key) => _values.TryGetValue(key, out var node) && !IsNull(node);

    /// <summary>The raw node of a field that is present and not null.</summary>
    public YamlNode? Node(string key, bool required = false)
    {
        if (_values.TryGetValue(key, out var node) && !IsNull(node))
        {
            return node;
        }

        if (required)
        {
            Diagnostics.Error(RuleIds.MissingRequired, Location, $"The required field '{key}' is missing.",
                $"Add a line '{key}: …'.");
        }

        return null;
    }

    public string? String(string key, bool required = false)
    {
        var node = Node(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return scalar.Value;
        }

        WrongType(key, node, "text");
        return null;
    }

    public int? Int(string key, bool required = false)
    {
        var text = ScalarText(key, required, "a whole number");
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        WrongType(key, _values[key], "a whole number");
        return null;
    }

    public decimal? Decimal(string key, bool required = false)
    {
        var node = Node(key, required);
        return node is null ? null : DecimalOf(node, key, canBeEmpty: !required);
    }

    /// <param name="canBeEmpty">Whether the field may be left empty, which is the advice for 'n/a' and the like.</param>
    public decimal? DecimalOf(YamlNode node, string key, bool canBeEmpty = false)
    {
        if (node is YamlScalarNode { Value: { } text })
        {
            if (TryParseNumber(text, out var value) && ValueLimits.IsInRange(value))
            {
                return value;
            }

            // Too large for decimal (1e400) or for any real figure (1e28 would overflow the arithmetic of scoring).
            if (ValueLimits.IsWrittenBeyondRange(text))
            {
                Diagnostics.Error(RuleIds.NumberOutOfRange, LocationOf(node),
                    $"'{key}' is {QuotedValue.Cut(text)}, which is too large to be a real figure: figures must be between {ValueLimits.Range}.",
                    "Check the figure for extra digits or a misplaced exponent (1e30); write the value in the indicator's unit.");
                return null;
            }
        }

        var fix = node is YamlScalarNode { Value: { } word } && NoFigureWords.IsStandIn(word)
            ? NoFigureWords.Fix(key, canBeEmpty, hasNote: _knownKeys.Contains("note"))
            : "Write plain numbers without commas, currency symbols or percent signs, for example 2250 or 85.5.";
        Diagnostics.Error(RuleIds.WrongType, LocationOf(node), $"'{key}' should be a number, but it is {Describe(node)}.", fix);
        return null;
    }

    public bool? Bool(string key, bool required = false)
    {
        var text = ScalarText(key, required, "true or false");
        if (text is null)
        {
            return null;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        WrongType(key, _values[key], "true or false");
        return null;
    }

    public DateOnly? Date(string key, bool required = false)
    {
        var text = ScalarText(key, required, "a date");
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Diagnostics.Error(RuleIds.WrongType, LocationOf(_values[key]), $"'{key}' should be a date, but it is '{QuotedValue.Cut(text)}'.",
            "Write dates as year-month-day, for example 2025-03-03.");
        return null;
    }

    public T? Enum<T>(string key, bool required = false)
        where T : struct, System.Enum
    {
        var text = ScalarText(key, required, "one of " + string.Join(", ", EnumNames.All<T>()));
        if (text is null)
        {
            return null;
        }

        var value = EnumNames.TryParse<T>(text);
        if (value is null)
        {
            var suggestion = Suggestions.Closest(text, EnumNames.All<T>());
            var fix = suggestion is null ? $"Use one of: {string.Join(", ", EnumNames.All<T>())}." : $"Did you mean '{suggestion}'?";
            Diagnostics.Error(RuleIds.BadValue, LocationOf(_values[key]), $"'{QuotedValue.Cut(text)}' is not a valid value for '{key}'.", fix);
        }

        return value;
    }

    public Period? Period(string key, int financialYearStartMonth, bool required = false)
    {
        var text = ScalarText(key, required, "a period");
        if (text is null)
        {
            return null;
        }

        var period = Model.Period.TryParse(text, financialYearStartMonth, out var error);
        if (period is null)
        {
            Diagnostics.Error(RuleIds.BadPeriod, LocationOf(_values[key]), error!);
        }

        return period;
    }

    public YamlMap? Map(string key, IReadOnlyCollection<string> knownKeys, bool required = false)
    {
        var node = Node(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is YamlMappingNode mapping)
        {
            return new YamlMap(mapping, File, Diagnostics, knownKeys, _lineOffset, SourceText);
        }

        WrongType(key, node, "a set of 'key: value' lines");
        return null;
    }

    /// <summary>A mapping found as an item of a sequence.</summary>
    public YamlMap? MapOf(YamlNode node, string what, IReadOnlyCollection<string> knownKeys)
    {
        if (node is YamlMappingNode mapping)
        {
            return new YamlMap(mapping, File, Diagnostics, knownKeys, _lineOffset, SourceText);
        }

        Diagnostics.Error(RuleIds.WrongType, LocationOf(node), $"Each item of '{what}' should be a set of 'key: value' lines.",
            "Start the item with '- ' followed by its fields, as in docs/content.md.");
        return null;
    }

    /// <summary>
    /// The items of a list field that are mappings, each read with <paramref name="knownKeys"/>; an item that is not
    /// a mapping is reported where it stands and skipped.
    /// </summary>
    public IEnumerable<YamlMap> MapsIn(string key, IReadOnlyCollection<string> knownKeys, bool required = false)
    {
        foreach (var node in Sequence(key, required))
        {
            if (MapOf(node, key, knownKeys) is { } item)
            {
                yield return item;
            }
        }
    }

    public IReadOnlyList<YamlNode> Sequence(string key, bool required = false)
    {
        var node = Node(key, required);
        if (node is null)
        {
            return [];
        }

        if (node is YamlSequenceNode sequence)
        {
            return [.. sequence.Children];
        }

        WrongType(key, node, "a list");
        return [];
    }

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    public static bool TryParseNumber(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out value);

    private string? ScalarText(string key, bool required, string expected)
    {
        var node = Node(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return scalar.Value;
        }

        WrongType(key, node, expected);
        return null;
    }

    private void WrongType(string key, YamlNode node, string expected) =>
        Diagnostics.Error(RuleIds.WrongType, LocationOf(node), $"'{key}' should be {expected}, but it is {Describe(node)}.",
            "See docs/content.md for the form of each field.");

    private static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode scalar => $"'{QuotedValue.Cut(scalar.Value)}'",
        YamlSequenceNode => "a list",
        _ => "a set of fields",
    };
}

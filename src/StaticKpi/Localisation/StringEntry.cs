using StaticKpi.Diagnostics;

namespace StaticKpi.Localisation;

/// <summary>
/// One key of a strings file: a single text, or a text per plural category (<c>one</c>, <c>other</c>…) for a
/// sentence with a count. <see cref="Location"/> is where it was written, for error messages.
/// </summary>
public sealed class StringEntry
{
    private readonly IReadOnlyDictionary<string, TextTemplate> _forms;

    public StringEntry(SourceLocation location, TextTemplate text)
    {
        Location = location;
        Text = text;
        _forms = new Dictionary<string, TextTemplate>(StringComparer.Ordinal);
    }

    public StringEntry(SourceLocation location, IReadOnlyDictionary<string, TextTemplate> forms)
    {
        Location = location;
        _forms = forms;
        Text = forms[Plurals.Other];
    }

    public SourceLocation Location { get; }

    /// <summary>The text, or for a plural entry its <c>other</c> form.</summary>
    public TextTemplate Text { get; }

    /// <summary>Whether the entry has a form per plural category, chosen by a count.</summary>
    public bool IsPlural => _forms.Count > 0;

    /// <summary>The plural forms by category; empty for a single text.</summary>
    public IReadOnlyDictionary<string, TextTemplate> Forms => _forms;

    /// <summary>Every placeholder name the entry uses, in any of its forms.</summary>
    public IReadOnlySet<string> PlaceholderNames =>
        (IsPlural ? _forms.Values : [Text]).SelectMany(t => t.Placeholders).ToHashSet(StringComparer.Ordinal);

    /// <summary>The form for a count in a language (its primary subtag); <c>other</c> where the file has no such form.</summary>
    public TextTemplate For(string language, long count) =>
        IsPlural && _forms.TryGetValue(Plurals.Category(language, count), out var form) ? form : Text;
}

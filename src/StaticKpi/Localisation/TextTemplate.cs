using System.Text;

namespace StaticKpi.Localisation;

/// <summary>
/// One string of a strings file, parsed once: literal text and named placeholders (<c>{count} indicators kept the
/// same rating</c>). Filling it in appends to a builder with no parsing, so a page render costs one lookup per key.
/// </summary>
public sealed class TextTemplate
{
    private readonly string[] _literals;
    private readonly string[] _names;

    private TextTemplate(string text, string[] literals, string[] names)
    {
        Text = text;
        _literals = literals;
        _names = names;
    }

    /// <summary>The string as written in the file.</summary>
    public string Text { get; }

    /// <summary>The placeholders' names, in the order they appear (a name used twice appears twice).</summary>
    public IReadOnlyList<string> Placeholders => _names;

    /// <summary>Whether the string has no placeholder, so its text is the whole result.</summary>
    public bool IsPlain => _names.Length == 0;

    /// <summary>
    /// Parses <paramref name="text"/>; <c>{name}</c> is a placeholder (letters, digits and underscores). A brace that
    /// does not open such a name is an error, so a typo such as <c>{count</c> is reported, not printed.
    /// </summary>
    /// <returns>The template, or null with <paramref name="error"/> saying what is wrong and at which character.</returns>
    public static TextTemplate? TryParse(string text, out string? error)
    {
        var literals = new List<string>();
        var names = new List<string>();
        var literal = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '}')
            {
                error = $"the '}}' at character {i + 1} closes no placeholder";
                return null;
            }

            if (c != '{')
            {
                literal.Append(c);
                continue;
            }

            var end = text.IndexOf('}', i + 1);
            var name = end < 0 ? "" : text[(i + 1)..end];
            if (name.Length == 0 || !name.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '_'))
            {
                error = $"the '{{' at character {i + 1} does not start a placeholder such as {{count}}";
                return null;
            }

            literals.Add(literal.ToString());
            literal.Clear();
            names.Add(name);
            i = end;
        }

        literals.Add(literal.ToString());
        error = null;
        return new TextTemplate(text, [.. literals], [.. names]);
    }

    /// <summary>Appends the string with each placeholder's value from <paramref name="valueOf"/>.</summary>
    public void AppendTo<TState>(StringBuilder builder, TState state, Func<TState, string, string> valueOf)
    {
        for (var i = 0; i < _names.Length; i++)
        {
            builder.Append(_literals[i]).Append(valueOf(state, _names[i]));
        }

        builder.Append(_literals[^1]);
    }

    /// <summary>The literal parts around the placeholders (one more than <see cref="Placeholders"/>).</summary>
    internal IReadOnlyList<string> Literals => _literals;

    /// <summary>
    /// The literal parts as template text: written into HTML as a template's own words are, with the characters
    /// that would start markup or end an attribute escaped (an apostrophe stays as typed). Made when first asked.
    /// </summary>
    internal string[] HtmlLiterals => _htmlLiterals ??= [.. _literals.Select(EscapeTemplateText)];

    private string[]? _htmlLiterals;

    private static string EscapeTemplateText(string text) =>
        text.AsSpan().IndexOfAny("&<>\"") < 0
            ? text
            : text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
                .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
}

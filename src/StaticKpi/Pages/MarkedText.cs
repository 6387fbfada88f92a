using System.Text;
using StaticKpi.Localisation;
using StaticKpi.Shared;

namespace StaticKpi.Pages;

/// <summary>
/// Text with parts in another language than the page's (content that fell back to the default language), as markup:
/// each such part in a span with its <c>lang</c>, so screen readers read it with the right voice (WCAG 3.1.2). Plain
/// text goes where markup cannot (a <c>&lt;title&gt;</c>, an attribute); pages use this where they show it as text.
/// </summary>
internal static class MarkedText
{
    /// <summary>One text, in a span with its language when it has one (escaped either way).</summary>
    internal static string Span(string text, string? language) =>
        language is null ? HtmlText.Escape(text) : $"<span lang=\"{language}\">{HtmlText.Escape(text)}</span>";

    /// <summary>
    /// A theme string with its placeholders filled in, as markup, each value marked with its language; null when no
    /// value has one, so the page writes the plain text exactly as it would without this.
    /// </summary>
    internal static HtmlString? Format(SiteStrings strings, string key, params ReadOnlySpan<(string Name, string Value, string? Language)> values)
    {
        var marked = false;
        foreach (var value in values)
        {
            marked |= value.Language is not null;
        }

        if (!marked)
        {
            return null;
        }

        var template = strings.Entry(key).Text;
        var literals = template.HtmlLiterals;
        var html = new StringBuilder();
        for (var i = 0; i < template.Placeholders.Count; i++)
        {
            html.Append(literals[i]);
            foreach (var value in values)
            {
                if (value.Name == template.Placeholders[i])
                {
                    html.Append(Span(value.Value, value.Language));
                    break;
                }
            }
        }

        return new HtmlString(html.Append(literals[^1]).ToString());
    }

    /// <summary>
    /// A sentence another stage already wrote with a name in it (a chart's title, which its figure needs as plain text),
    /// as markup with that name marked as <see cref="Naming(string, IReadOnlyList{ValueTuple{string, string}})"/> marks
    /// names; null when the name has no language of its own or is not in the sentence.
    /// </summary>
    internal static HtmlString? Naming(string sentence, string name, string? language) =>
        language is null ? null : Naming(sentence, [(name, language)]);

    /// <summary>
    /// A sentence another stage already wrote with names in it (a chart's summary, which its CSV and figure need as plain
    /// text), as markup with every whole-word occurrence of each name marked, the longest name first where two start at
    /// the same place; null when no name is found. A name with no letter (05/2024) reads the same in every language.
    /// </summary>
    internal static HtmlString? Naming(string sentence, IReadOnlyList<(string Text, string Language)> names)
    {
        var candidates = names
            .Where(n => n.Text.Length > 0 && n.Text.Any(char.IsLetter))
            .OrderByDescending(n => n.Text.Length)
            .ThenBy(n => n.Text, StringComparer.Ordinal)
            .ToArray();
        if (candidates.Length == 0)
        {
            return null;
        }

        var html = new StringBuilder();
        var copied = 0;
        for (var at = 0; at < sentence.Length; at++)
        {
            if (at > 0 && char.IsLetterOrDigit(sentence[at - 1]))
            {
                continue;
            }

            foreach (var (text, language) in candidates)
            {
                var end = at + text.Length;
                if (end <= sentence.Length && string.CompareOrdinal(sentence, at, text, 0, text.Length) == 0
                    && (end == sentence.Length || !char.IsLetterOrDigit(sentence[end])))
                {
                    html.Append(HtmlText.Escape(sentence[copied..at])).Append(Span(text, language));
                    copied = end;
                    at = end - 1;
                    break;
                }
            }
        }

        return copied == 0 ? null : new HtmlString(html.Append(HtmlText.Escape(sentence[copied..])).ToString());
    }

    /// <summary>A theme string with one placeholder filled in with markup (marked text itself); null when that is null.</summary>
    internal static HtmlString? Around(SiteStrings strings, string key, HtmlString? markup)
    {
        if (markup is null)
        {
            return null;
        }

        var template = strings.Entry(key).Text;
        var literals = template.HtmlLiterals;
        var html = new StringBuilder(literals[0]);
        for (var i = 0; i < template.Placeholders.Count; i++)
        {
            html.Append(markup.Value).Append(literals[i + 1]);
        }

        return new HtmlString(html.ToString());
    }
}

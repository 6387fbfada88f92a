using StaticKpi.Diagnostics;
using StaticKpi.Model;
using YamlDotNet.RepresentationModel;

namespace StaticKpi.Content;

/// <summary>
/// A text field that can be translated: plain text (the default language's) or a map by language code
/// (<c>title: {en: "Council tax collected", cy: "Treth gyngor a gasglwyd"}</c>). Each language of the site without
/// its own text is warned about once (SKPI039), where the field is; its pages show the default language's text.
/// </summary>
public sealed class TranslatableField(IReadOnlyList<SiteLanguage> languages)
{
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _fields = new(StringComparer.Ordinal);

    /// <summary>The other languages' texts of every field read so far.</summary>
    public Translations Translations =>
        _fields.Count == 0 ? Translations.None : new Translations(new Dictionary<string, IReadOnlyDictionary<string, string>>(_fields));

    /// <summary>Reads a field of <paramref name="map"/>, keeping its other languages' texts under its key.</summary>
    /// <returns>The default language's text; null when the field is absent or wrong.</returns>
    /// <param name="render">
    /// Turns each language's text into what the model keeps (Markdown into HTML and its words); by default the text
    /// itself. A language's words, when given, are kept under <c>key + ".words"</c>.
    /// </param>
    /// <param name="defaultWords">Receives the default language's words from <paramref name="render"/>.</param>
    public string? Read(YamlMap map, string key, bool required = false,
        Func<YamlScalarNode, (string? Text, string Words)>? render = null, Action<string>? defaultWords = null)
    {
        var node = map.Node(key, required);
        if (node is null)
        {
            return null; // absent: Node reported it when it is required
        }

        if (node is not YamlMappingNode byCode)
        {
            var plain = map.String(key);
            if (plain is not null && render is not null && node is YamlScalarNode plainNode)
            {
                var (rendered, words) = render(plainNode);
                defaultWords?.Invoke(words);
                plain = rendered;
            }

            if (plain is not null)
            {
                WarnMissing(map, key, map.LocationOf(key), new Dictionary<string, string>());
            }

            return plain;
        }

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var wordsByCode = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (codeNode, textNode) in byCode.Children)
        {
            if (LanguageCode(map, key, codeNode, languages) is not { } code)
            {
                continue;
            }

            if (textNode is not YamlScalarNode { Value: { } text })
            {
                map.Diagnostics.Error(RuleIds.WrongType, map.LocationOf(textNode), $"The '{code}' text of '{key}' should be text.",
                    $"Write it on one line: '{code}: …'.");
                continue;
            }

            if (render is null)
            {
                texts[code] = text;
                continue;
            }

            var (renderedText, renderedWords) = render((YamlScalarNode)textNode);
            if (renderedText is null)
            {
                continue;
            }

            texts[code] = renderedText;
            if (code == languages[0].Code)
            {
                defaultWords?.Invoke(renderedWords);
            }
            else
            {
                wordsByCode[code] = renderedWords;
            }
        }

        var defaultLanguage = languages[0];
        if (!texts.Remove(defaultLanguage.Code, out var defaultText))
        {
            map.Diagnostics.Error(RuleIds.MissingRequired, map.LocationOf(key),
                $"'{key}' has no {defaultLanguage.Name} text, the site's first language.", $"Add '{defaultLanguage.Code}: …' to '{key}'.");
            return null;
        }

        WarnMissing(map, key, map.LocationOf(key), texts);
        if (texts.Count > 0)
        {
            _fields[key] = texts;
        }

        if (wordsByCode.Count > 0)
        {
            _fields[key + LanguageProjection.WordsSuffix] = wordsByCode;
        }

        return defaultText;
    }

    /// <summary>
    /// The language code a map by language gives a text under; null when it is not one of the site's languages (reported,
    /// with the closest code).
    /// </summary>
    internal static string? LanguageCode(YamlMap map, string key, YamlNode codeNode, IReadOnlyList<SiteLanguage> languages)
    {
        var code = (codeNode as YamlScalarNode)?.Value ?? "";
        if (languages.Any(l => l.Code == code))
        {
            return code;
        }

        var codes = languages.Select(l => l.Code).ToList();
        var closest = Suggestions.Closest(code, codes);
        map.Diagnostics.Error(RuleIds.BadValue, map.LocationOf(codeNode),
            $"'{QuotedValue.Cut(code)}' in '{key}' is not one of the site's languages ({string.Join(", ", codes)}).",
            closest is null ? "Use the codes listed under 'languages:' in site.config.yaml." : $"Did you mean '{closest}'?");
        return null;
    }

    private void WarnMissing(YamlMap map, string key, SourceLocation where, Dictionary<string, string> texts)
    {
        var defaultLanguage = languages[0];
        foreach (var language in languages.Skip(1).Where(l => !texts.ContainsKey(l.Code)))
        {
            map.Diagnostics.Warning(RuleIds.MissingTranslation, where,
                $"'{key}' has no {language.Name} ({language.Code}) text, so the {language.Name} pages show the {defaultLanguage.Name} text.",
                $"Give '{key}' a text for each language, such as '{key}: {{{defaultLanguage.Code}: …, {language.Code}: …}}'.");
        }
    }
}

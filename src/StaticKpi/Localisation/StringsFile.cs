using StaticKpi.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StaticKpi.Localisation;

/// <summary>
/// Reads one <c>i18n/&lt;lang&gt;.yaml</c> file: nested mappings grouped by page, flattened to dotted keys
/// (<c>report.summary.caption</c>). A mapping whose keys are all plural categories (<c>one</c>, <c>other</c>…) is one
/// entry with a form per count. Any problem is a <see cref="StringsProblem"/> naming file:line:col.
/// </summary>
public static class StringsFile
{
    /// <param name="file">The file as messages name it (a path, or "default theme: i18n/en.yaml").</param>
    public static IReadOnlyDictionary<string, StringEntry> Read(string text, string file)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            throw new StringsProblem($"{file}:{ex.Start.Line}:{ex.Start.Column}: this is not valid YAML.",
                "Check the quotes, colons and indentation here: each string is a key, a colon and its text in double quotes.");
        }

        if (stream.Documents.Count == 0)
        {
            return new Dictionary<string, StringEntry>(StringComparer.Ordinal);
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new StringsProblem($"{At(stream.Documents[0].RootNode, file)}: a strings file is keys and their texts.",
                "Start the file with a group name followed by a colon, such as rating:, and indent its keys under it.");
        }

        var entries = new Dictionary<string, StringEntry>(StringComparer.Ordinal);
        Flatten(root, "", file, entries);
        return entries;
    }

    private static void Flatten(YamlMappingNode mapping, string prefix, string file, Dictionary<string, StringEntry> entries)
    {
        foreach (var (keyNode, value) in mapping.Children)
        {
            var name = ((YamlScalarNode)keyNode).Value ?? "";
            var key = prefix + name;
            var at = At(keyNode, file);
            switch (value)
            {
                case YamlScalarNode scalar:
                    entries[key] = new StringEntry(at, Parse(scalar, file));
                    break;
                case YamlMappingNode forms when IsPluralForms(forms):
                    entries[key] = new StringEntry(at, PluralForms(forms, key, at, file));
                    break;
                case YamlMappingNode group:
                    Flatten(group, key + ".", file, entries);
                    break;
                default:
                    throw new StringsProblem($"{at}: '{key}' is a list; a string must be text, or a group of keys.",
                        "Write the string as text after the colon, or as keys indented under it.");
            }
        }
    }

    private static bool IsPluralForms(YamlMappingNode mapping) =>
        mapping.Children.Count > 0 &&
        mapping.Children.All(c => c.Key is YamlScalarNode { Value: { } k } && Plurals.Categories.Contains(k) && c.Value is YamlScalarNode);

    private static Dictionary<string, TextTemplate> PluralForms(YamlMappingNode forms, string key, SourceLocation at, string file)
    {
        var parsed = forms.Children.ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => Parse((YamlScalarNode)c.Value, file),
            StringComparer.Ordinal);
        return parsed.ContainsKey(Plurals.Other)
            ? parsed
            : throw new StringsProblem($"{at}: '{key}' has plural forms but no 'other' form.",
                "Add an 'other' form: it is used for every count the other forms do not cover.");
    }

    private static TextTemplate Parse(YamlScalarNode scalar, string file) =>
        TextTemplate.TryParse(scalar.Value ?? "", out var error) is { } template
            ? template
            : throw new StringsProblem($"{At(scalar, file)}: {error}.",
                "Write placeholders as a name in braces, such as {count}; the key's English text lists the names it can use.");

    internal static SourceLocation At(YamlNode node, string file) => new(file, (int)node.Start.Line, (int)node.Start.Column);
}

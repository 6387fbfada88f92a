using StaticKpi.Diagnostics;
using StaticKpi.Model;
using YamlDotNet.RepresentationModel;

namespace StaticKpi.Content;

/// <summary>
/// A chart's <c>categories</c>, the labels along its bottom: a list (the default language's) or a map by language code
/// of lists (<c>categories: {en: [Jul 2022, Aug 2022], cy: [Gorff 2022, Awst 2022]}</c>), each language's list as long
/// as the default language's, in the same order, with each label once. Each language of the site without its own list
/// is warned about once (SKPI039), as a translatable text is (<see cref="TranslatableField"/>), and its pages show the
/// default language's labels; but labels without a letter (numbers, dates such as 05/2024) read the same in every
/// language, so they are taken as every language's and not warned about.
/// </summary>
internal static class TranslatableCategories
{
    private const string Key = "categories";

    /// <returns>
    /// The default language's labels and the other languages' by code; empty labels when the field is absent or wrong
    /// (reported), so the chart is left out.
    /// </returns>
    public static (IReadOnlyList<string> Labels, IReadOnlyDictionary<string, IReadOnlyList<string>> Translations) Read(
        YamlMap chart, IReadOnlyList<SiteLanguage> languages)
    {
        var none = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (chart.Node(Key, required: true) is not YamlMappingNode byCode)
        {
            var plain = Labels(chart, chart.Sequence(Key), null);
            return plain is null || plain.Count == 0 ? ([], none) : (plain, Complete(chart, languages, plain, none));
        }

        var lists = new Dictionary<string, (IReadOnlyList<string> Labels, YamlNode Node)>(StringComparer.Ordinal);
        var broken = false;
        foreach (var (codeNode, listNode) in byCode.Children)
        {
            if (TranslatableField.LanguageCode(chart, Key, codeNode, languages) is not { } code)
            {
                broken = true;
                continue;
            }

            if (listNode is not YamlSequenceNode sequence)
            {
                chart.Diagnostics.Error(RuleIds.WrongType, chart.LocationOf(listNode), $"The '{code}' labels of '{Key}' should be a list.",
                    $"Write them as a list, for example '{code}: [Jul 2022, Aug 2022]'.");
                broken = true;
                continue;
            }

            var labels = Labels(chart, sequence.Children, code);
            if (labels is null)
            {
                broken = true;
                continue;
            }

            lists[code] = (labels, listNode);
        }

        var defaultLanguage = languages[0];
        if (!lists.Remove(defaultLanguage.Code, out var defaults))
        {
            if (!broken)
            {
                chart.Diagnostics.Error(RuleIds.MissingRequired, chart.LocationOf(Key),
                    $"'{Key}' has no {defaultLanguage.Name} labels, the site's first language.",
                    $"Add '{defaultLanguage.Code}: […]' to '{Key}'.");
            }

            return ([], none);
        }

        if (defaults.Labels.Count == 0)
        {
            NoCategories(chart, defaults.Node);
            return ([], none);
        }

        foreach (var (code, (labels, node)) in lists)
        {
            if (labels.Count != defaults.Labels.Count)
            {
                var language = languages.First(l => l.Code == code);
                chart.Diagnostics.Error(RuleIds.BadValue, chart.LocationOf(node),
                    $"The {language.Name} ({code}) list of '{Key}' has {Count(labels)}, but the {defaultLanguage.Name} " +
                    $"({defaultLanguage.Code}) list has {Count(defaults.Labels)}.",
                    "Give each language one label for each category, in the same order.");
                broken = true;
            }
        }

        return broken
            ? ([], none)
            : (defaults.Labels, Complete(chart, languages, defaults.Labels, lists.ToDictionary(l => l.Key, l => l.Value.Labels)));
    }

    /// <summary>
    /// The languages' lists with each missing one warned about, or, when no label has a letter, given the default's.
    /// </summary>
    private static Dictionary<string, IReadOnlyList<string>> Complete(YamlMap chart, IReadOnlyList<SiteLanguage> languages,
        IReadOnlyList<string> defaults, Dictionary<string, IReadOnlyList<string>> lists)
    {
        var defaultLanguage = languages[0];
        var sameInEveryLanguage = !defaults.Any(label => label.Any(char.IsLetter));
        foreach (var language in languages.Skip(1).Where(l => !lists.ContainsKey(l.Code)))
        {
            if (sameInEveryLanguage)
            {
                lists[language.Code] = defaults;
                continue;
            }

            chart.Diagnostics.Warning(RuleIds.MissingTranslation, chart.LocationOf(Key),
                $"'{Key}' has no {language.Name} ({language.Code}) labels, so the {language.Name} pages show the " +
                $"{defaultLanguage.Name} labels.",
                $"Give '{Key}' a list for each language, such as '{Key}: {{{defaultLanguage.Code}: […], {language.Code}: […]}}', " +
                "each as long as the other.");
        }

        return lists;
    }

    /// <summary>One language's labels; null when one is not text or appears twice (reported).</summary>
    /// <param name="code">The language's code when the labels are one of a map's lists; null for a plain list.</param>
    private static List<string>? Labels(YamlMap chart, IEnumerable<YamlNode> nodes, string? code)
    {
        var labels = new List<string>();
        foreach (var node in nodes)
        {
            if (node is not YamlScalarNode { Value: { } label } || YamlMap.IsNull(node) || label.Trim().Length == 0)
            {
                chart.Diagnostics.Error(RuleIds.WrongType, chart.LocationOf(node), "Each category should be a label (text).",
                    "Write the categories as a list of labels, for example [Jul 2022, Aug 2022].");
                return null;
            }

            if (labels.Contains(label.Trim()))
            {
                chart.Diagnostics.Error(RuleIds.BadValue, chart.LocationOf(node),
                    $"The category '{QuotedValue.Cut(label.Trim())}' appears twice{(code is null ? "" : $" in the '{code}' list")}.",
                    "Give every category a different label.");
                return null;
            }

            labels.Add(label.Trim());
        }

        if (labels.Count == 0 && code is null && chart.Has(Key))
        {
            NoCategories(chart, chart.Node(Key)!);
        }

        return labels;
    }

    private static string Count(IReadOnlyList<string> labels) => labels.Count == 1 ? "1 label" : $"{labels.Count} labels";

    private static void NoCategories(YamlMap chart, YamlNode node) =>
        chart.Diagnostics.Error(RuleIds.BadValue, chart.LocationOf(node), "The chart has no categories.",
            "List the labels along the bottom of the chart, for example [Jul 2022, Aug 2022].");
}

using StaticKpi.Shared;

namespace StaticKpi.Checks.Rules;

/// <summary>Shared by the two contrast rules: measure each declared pair of each colour scheme against a minimum.</summary>
internal static class ContrastChecks
{
    public static IEnumerable<Finding> Run(
        CheckedSite site, string ruleId, string criterion, double minimum,
        Func<IReadOnlyDictionary<string, Rgb>, IEnumerable<ColourPair>> pairs)
    {
        foreach (var scheme in site.ColourSchemes)
        {
            foreach (var pair in pairs(scheme.Colours))
            {
                if (!scheme.Colours.TryGetValue(pair.Foreground, out var front) ||
                    !scheme.Colours.TryGetValue(pair.Background, out var back) ||
                    !(scheme.Changed.Contains(pair.Foreground) || scheme.Changed.Contains(pair.Background)))
                {
                    continue;
                }

                var ratio = Contrast.Ratio(front, back);
                if (ratio >= minimum)
                {
                    continue;
                }

                var suggestion = Contrast.Suggest(front, back, minimum);
                yield return new Finding(scheme.Path, scheme.Selector, ruleId, criterion,
                    $"{pair.Foreground} ({front}) on {pair.Background} ({back}) has a contrast ratio of {Contrast.Format(ratio, minimum)}; " +
                    $"{pair.Use} needs at least {Contrast.Format(minimum)}.",
                    $"Change {pair.Foreground} to {suggestion} ({Contrast.Format(Contrast.Ratio(suggestion, back))}) or another colour that reaches {Contrast.Format(minimum)} against {pair.Background}.");
            }
        }
    }
}

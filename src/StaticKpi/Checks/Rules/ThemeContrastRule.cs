using StaticKpi.Shared;

namespace StaticKpi.Checks.Rules;

/// <summary>
/// A11Y018 and A11Y019: each pair of theme colour tokens that meet on the page (<see cref="ColourPairs"/>) reaches
/// a minimum contrast in every colour scheme of the site's stylesheets. One class serves both rules, which differ
/// only in their pairs, minimum and criterion (see <see cref="CheckRules.SiteRules"/>).
/// </summary>
/// <param name="criterion">The WCAG success criterion a failing pair breaks.</param>
/// <param name="minimum">The least contrast ratio the pairs need.</param>
/// <param name="pairs">The token pairs to measure, given the scheme's colours.</param>
internal sealed class ThemeContrastRule(
    string id, string title, string criterion, double minimum,
    Func<IReadOnlyDictionary<string, Rgb>, IEnumerable<ColourPair>> pairs) : ISiteCheckRule
{
    public string Id => id;

    public string Title => title;

    public IEnumerable<Finding> Check(CheckedSite site)
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
                yield return new Finding(scheme.Path, scheme.Selector, Id, criterion,
                    $"{pair.Foreground} ({front}) on {pair.Background} ({back}) has a contrast ratio of {Contrast.Format(ratio, minimum)}; " +
                    $"{pair.Use} needs at least {Contrast.Format(minimum)}.",
                    $"Change {pair.Foreground} to {suggestion} ({Contrast.Format(Contrast.Ratio(suggestion, back))}) " +
                    $"or another colour that reaches {Contrast.Format(minimum)} against {pair.Background}.");
            }
        }
    }
}

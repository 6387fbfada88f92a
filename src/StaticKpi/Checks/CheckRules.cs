using StaticKpi.Checks.Rules;
using StaticKpi.Shared;

namespace StaticKpi.Checks;

/// <summary>
/// Every built-in rule. Ids are stable (people search for them), so never renumber one; add new ones at the end.
/// </summary>
public static class CheckRules
{
    public static IReadOnlyList<ICheckRule> PageRules { get; } =
    [
        new DocumentLanguageRule(),
        new PageTitleRule(),
        new SingleH1Rule(),
        new HeadingLevelsRule(),
        new LandmarksRule(),
        new SkipLinkRule(),
        new ImageAltRule(),
        new SvgAltRule(),
        new EmptyLinkTextRule(),
        new AmbiguousLinkTextRule(),
        new PlaceholderLinkRule(),
        new DuplicateIdRule(),
        new TableCaptionRule(),
        new TableHeaderRule(),
        new HeaderScopeRule(),
        new FormLabelRule(),
        new IdReferenceRule(),
        new BrokenLinkRule(),
        new BrokenAnchorRule(),
        new MissingResourceRule(),
    ];

    public static IReadOnlyList<ISiteCheckRule> SiteRules { get; } =
    [
        new ThemeContrastRule("A11Y018", "Text contrast of theme colours",
            SuccessCriteria.ContrastMinimum, Contrast.Text, ColourPairs.Text),
        new ThemeContrastRule("A11Y019", "Non-text contrast of theme colours",
            SuccessCriteria.NonTextContrast, Contrast.NonText, ColourPairs.NonText),
    ];
}

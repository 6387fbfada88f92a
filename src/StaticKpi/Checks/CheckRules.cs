using StaticKpi.Checks.Rules;

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
        new TextContrastRule(),
        new NonTextContrastRule(),
    ];
}

using StaticKpi.Shared;

namespace StaticKpi.Checks.Rules;

/// <summary>A11Y018: the theme's text colour tokens reach 4.5:1 against the backgrounds they are used on.</summary>
public sealed class TextContrastRule : ISiteCheckRule
{
    public string Id => "A11Y018";

    public string Title => "Text contrast of theme colours";

    public IEnumerable<Finding> Check(CheckedSite site) =>
        ContrastChecks.Run(site, Id, SuccessCriteria.ContrastMinimum, Contrast.Text, ColourPairs.Text);
}

using StaticKpi.Shared;

namespace StaticKpi.Checks.Rules;

/// <summary>A11Y019: rating symbols and the focus indicator reach 3:1 against the colours next to them.</summary>
public sealed class NonTextContrastRule : ISiteCheckRule
{
    public string Id => "A11Y019";

    public string Title => "Non-text contrast of theme colours";

    public IEnumerable<Finding> Check(CheckedSite site) =>
        ContrastChecks.Run(site, Id, SuccessCriteria.NonTextContrast, Contrast.NonText, ColourPairs.NonText);
}

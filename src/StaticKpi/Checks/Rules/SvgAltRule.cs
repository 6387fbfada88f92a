namespace StaticKpi.Checks.Rules;

/// <summary>
/// A11Y008: an inline svg either is an image with a name (role="img" plus aria-label, aria-labelledby or a
/// &lt;title&gt;) or is hidden from assistive technology (aria-hidden="true").
/// </summary>
public sealed class SvgAltRule() : PageRule("A11Y008", "SVG text alternatives")
{
    public override IEnumerable<Finding> Check(CheckedPage page)
    {
        foreach (var svg in page.Named("svg"))
        {
            if (svg.ParentElement?.Closest("svg") is not null || AccessibleName.IsHidden(svg))
            {
                continue;
            }

            var role = svg.GetAttribute("role")?.Trim().ToLowerInvariant();
            var hasName = AccessibleName.Of(svg).Length > 0;
            if (role is "img" or "graphics-document" && hasName)
            {
                continue;
            }

            yield return role is "img" or "graphics-document"
                ? page.Finding(svg, Id, SuccessCriteria.NonTextContent,
                    "The svg has role=\"img\" but no name, so screen readers announce an unlabelled image.",
                    "Add aria-label=\"…\" (or a <title> as its first child) that says what the graphic shows.")
                : page.Finding(svg, Id, SuccessCriteria.NonTextContent,
                    "The svg has neither role=\"img\" with a text alternative nor aria-hidden=\"true\", so screen readers may read out its parts " +
                    "or skip it without saying what it shows.",
                    "If it conveys information add role=\"img\" and aria-label=\"…\"; if it is decorative (or its meaning is in nearby text) add " +
                    "aria-hidden=\"true\" and focusable=\"false\".");
        }
    }
}

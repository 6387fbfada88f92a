namespace StaticKpi.Checks.Rules;

/// <summary>A11Y009: every link has a name: text, an image's alt text, aria-label or aria-labelledby.</summary>
public sealed class EmptyLinkTextRule() : PageRule("A11Y009", "Empty link text")
{
    public override IEnumerable<Finding> Check(CheckedPage page)
    {
        foreach (var link in page.Links.Where(l => l.LocalName == "a"))
        {
            if (!AccessibleName.IsHidden(link) && AccessibleName.Of(link).Length == 0)
            {
                var href = link.GetAttribute("href");
                yield return page.Finding(link, Id, SuccessCriteria.LinkPurpose,
                    $"The link to \"{href}\" has no text, so screen readers announce only \"link\" (or read out the address).",
                    "Put text in the link that says where it goes, or give its image alt text that does.");
            }
        }
    }
}

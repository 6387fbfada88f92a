namespace StaticKpi.Checks.Rules;

/// <summary>A11Y011: no link has an empty href, href="#" or a javascript: URL; they go nowhere.</summary>
public sealed class PlaceholderLinkRule() : PageRule("A11Y011", "Placeholder links")
{
    public override IEnumerable<Finding> Check(CheckedPage page)
    {
        foreach (var link in page.Links)
        {
            var href = link.GetAttribute("href")!.Trim();
            if (href is "" or "#" || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
            {
                var shown = href.Length == 0 ? "an empty href" : $"href=\"{href}\"";
                yield return page.Finding(link, Id, SuccessCriteria.LinkPurpose,
                    $"The link \"{AccessibleName.Of(link)}\" has {shown}, so it goes nowhere (or back to the top of the page) and its purpose " +
                    "cannot be known.",
                    "Put the real address in the href; if there is none yet, remove the link and keep its text. Source reports often contain such " +
                    "'#' links.");
            }
        }
    }
}

namespace StaticKpi.Checks.Rules;

/// <summary>
/// LINK002: a link's #fragment names an id (or a name) on the page it goes to, so the browser scrolls to
/// what the link promised. "#" alone is A11Y011; "#top" always works.
/// </summary>
public sealed class BrokenAnchorRule() : PageRule("LINK002", "Broken anchors")
{
    public override IEnumerable<Finding> Check(CheckedPage page)
    {
        foreach (var (link, href, target) in page.ResolvedLinks)
        {
            if (target.Kind is not (LocalTargetKind.SamePage or LocalTargetKind.Found) ||
                string.IsNullOrEmpty(target.Fragment) || string.Equals(target.Fragment, "top", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var samePage = target.Kind == LocalTargetKind.SamePage || target.Path == page.Path;
            if (samePage && page.Anchors.Contains(target.Fragment))
            {
                continue;
            }

            var where = samePage ? "this page" : target.Path;
            var finding = page.Finding(link, Id, SuccessCriteria.NotWcag,
                $"The link to \"{href}\" points at #{target.Fragment}, but {where} has no element with id=\"{target.Fragment}\".",
                $"Link to an id that exists on {where}, or give the intended element id=\"{target.Fragment}\".");
            if (samePage)
            {
                yield return finding;
            }
            else
            {
                page.Site.ExpectAnchor(target.Path, target.Fragment, finding);
            }
        }
    }
}

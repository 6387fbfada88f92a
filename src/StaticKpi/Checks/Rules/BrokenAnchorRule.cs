namespace StaticKpi.Checks.Rules;

/// <summary>
/// LINK002: a link's #fragment names an id (or a name) on the page it goes to, so the browser scrolls to
/// what the link promised. "#" alone is A11Y011; "#top" always works.
/// </summary>
public sealed class BrokenAnchorRule : ICheckRule
{
    public string Id => "LINK002";

    public string Title => "Broken anchors";

    public IEnumerable<Finding> Check(CheckedPage page)
    {
        foreach (var link in page.Document.QuerySelectorAll("a[href], area[href]"))
        {
            var href = link.GetAttribute("href")!.Trim();
            var target = page.Site.Resolve(page.Path, href);
            if (target.Kind is not (LocalTargetKind.SamePage or LocalTargetKind.Found) ||
                string.IsNullOrEmpty(target.Fragment) || string.Equals(target.Fragment, "top", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var targetPage = target.Kind == LocalTargetKind.SamePage ? page : page.Site.Page(target.Path);
            if (targetPage is not null && !targetPage.Anchors.Contains(target.Fragment))
            {
                var where = targetPage == page ? "this page" : target.Path;
                yield return page.Finding(link, Id, SuccessCriteria.NotWcag,
                    $"The link to \"{href}\" points at #{target.Fragment}, but {where} has no element with id=\"{target.Fragment}\".",
                    $"Link to an id that exists on {where}, or give the intended element id=\"{target.Fragment}\".");
            }
        }
    }
}

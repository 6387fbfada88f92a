namespace StaticKpi.Checks.Rules;

/// <summary>
/// LINK001: every link to another page of the site reaches a file in the output (a folder link needs the
/// folder's index.html). Links with a scheme (https:, mailto:) are not followed.
/// </summary>
public sealed class BrokenLinkRule() : PageRule("LINK001", "Broken internal links")
{
    public override IEnumerable<Finding> Check(CheckedPage page)
    {
        foreach (var (link, href, target) in page.ResolvedLinks)
        {
            if (target.Kind == LocalTargetKind.Missing)
            {
                yield return page.Finding(link, Id, SuccessCriteria.NotWcag,
                    $"The link to \"{href}\" is broken: {target.Path} is not in the site.",
                    "Correct the address (links between pages are relative to the page, and a folder link needs the folder's index.html), or " +
                    "remove the link.");
            }
            else if (target.Kind == LocalTargetKind.OutsideSite)
            {
                yield return page.Finding(link, Id, SuccessCriteria.NotWcag,
                    $"The link to \"{href}\" climbs above the site's root folder with too many \"../\", so it breaks wherever the site is published.",
                    "Remove the extra \"../\" so the link stays inside the site.");
            }
        }
    }
}

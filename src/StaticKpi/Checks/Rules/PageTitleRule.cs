namespace StaticKpi.Checks.Rules;

/// <summary>A11Y002: the page has a title element with text.</summary>
public sealed class PageTitleRule() : PageRule("A11Y002", "Page title")
{
    public override IEnumerable<Finding> Check(CheckedPage page)
    {
        var title = page.Document.Head?.QuerySelector("title") ?? page.Document.QuerySelector("title");
        if (title is null)
        {
            yield return page.Finding(page.Document.Head ?? page.Document.DocumentElement, Id, SuccessCriteria.PageTitled,
                "The page has no <title>, so browser tabs, bookmarks and screen readers cannot say which page this is.",
                "Add a <title> to the <head> that names the page and the site, e.g. \"Key to ratings | Performance scorecards\".");
        }
        else if (string.IsNullOrWhiteSpace(title.TextContent))
        {
            yield return page.Finding(title, Id, SuccessCriteria.PageTitled,
                "The page's <title> is empty, so browser tabs, bookmarks and screen readers cannot say which page this is.",
                "Put text in the <title> that names the page and the site.");
        }
    }
}

using AngleSharp.Dom;

namespace StaticKpi.Checks.Rules;

/// <summary>
/// A11Y006: the first link on the page skips to the main content (<c>href="#main"</c>), and its target exists
/// and is (or is inside, or holds) the main landmark.
/// </summary>
public sealed class SkipLinkRule() : PageRule("A11Y006", "Skip link")
{
    public override IEnumerable<Finding> Check(CheckedPage page)
    {
        var document = page.Document;
        var body = document.Body;
        if (body is null)
        {
            yield break;
        }

        var first = body.QuerySelector("a[href]");
        var href = first?.GetAttribute("href")?.Trim() ?? "";
        if (first is null || !href.StartsWith('#') || href.Length == 1)
        {
            var later = body.QuerySelector("a[href='#main']");
            yield return later is null
                ? page.Finding(body, Id, SuccessCriteria.BypassBlocks,
                    "The page has no skip link, so keyboard users must tab through the header and navigation on every page.",
                    "Make the first element in <body> <a class=\"skip-link\" href=\"#main\">Skip to main content</a> and give <main> id=\"main\".")
                : page.Finding(later, Id, SuccessCriteria.BypassBlocks,
                    "The skip link is not the first link on the page, so keyboard users reach other links before it.",
                    "Move the skip link to be the first element in <body>.");
            yield break;
        }

        var targetId = Uri.UnescapeDataString(href[1..]);
        var target = document.GetElementById(targetId);
        if (target is null)
        {
            yield return page.Finding(first, Id, SuccessCriteria.BypassBlocks,
                $"The skip link goes to #{targetId}, but no element on the page has id=\"{targetId}\", so it skips nowhere.",
                $"Give the <main> element id=\"{targetId}\" (and tabindex=\"-1\" so focus moves there).");
        }
        else if (!IsMainContent(target))
        {
            yield return page.Finding(first, Id, SuccessCriteria.BypassBlocks,
                $"The skip link goes to #{targetId}, which is not the main content.",
                "Point the skip link at the <main> element.");
        }
    }

    private static bool IsMainContent(IElement target) =>
        target.Closest("main, [role=main]") is not null || target.QuerySelector("main, [role=main]") is not null;
}

using AngleSharp.Dom;

namespace StaticKpi.Checks.Rules;

/// <summary>A11Y005: the page has a banner (header), a navigation, one main and a contentinfo (footer) landmark.</summary>
public sealed class LandmarksRule : ICheckRule
{
    /// <summary>A header or footer inside these is not the page's banner or contentinfo.</summary>
    private const string Sectioning = "article, aside, main, nav, section, [role=article], [role=complementary], [role=main], [role=navigation], [role=region]";

    public string Id => "A11Y005";

    public string Title => "Landmarks";

    public IEnumerable<Finding> Check(CheckedPage page)
    {
        var document = page.Document;
        var body = document.Body ?? document.DocumentElement;
        var landmarks = new (string Name, string Element, bool Present)[]
        {
            ("banner", "<header>", PageLevel(document, "header", "banner")),
            ("navigation", "<nav>", document.QuerySelector("nav, [role=navigation]") is not null),
            ("main", "<main>", document.QuerySelector("main, [role=main]") is not null),
            ("contentinfo", "<footer>", PageLevel(document, "footer", "contentinfo")),
        };
        foreach (var (name, element, present) in landmarks.Where(l => !l.Present))
        {
            yield return page.Finding(body, Id, SuccessCriteria.BypassBlocks,
                $"The page has no {name} landmark ({element}), so screen reader users cannot jump to that part of the page.",
                $"Wrap that part of the page in {element} directly inside <body> (or give its container role=\"{name}\").");
        }

        foreach (var extra in document.QuerySelectorAll("main, [role=main]").Where(m => !m.HasAttribute("hidden")).Skip(1))
        {
            yield return page.Finding(extra, Id, SuccessCriteria.BypassBlocks,
                "The page has more than one main landmark, so \"skip to main content\" and landmark navigation cannot tell which is the main content.",
                "Keep one <main> per page and use <section> with a heading for the other parts.");
        }
    }

    private static bool PageLevel(IDocument document, string tag, string role) =>
        document.QuerySelector($"[role={role}]") is not null ||
        document.QuerySelectorAll(tag).Any(e => e.ParentElement?.Closest(Sectioning) is null && !e.HasAttribute("role"));
}

using AngleSharp.Dom;

namespace StaticKpi.Checks.Rules;

/// <summary>A11Y005: the page has a banner (header), a navigation, one main and a contentinfo (footer) landmark.</summary>
public sealed class LandmarksRule() : PageRule("A11Y005", "Landmarks")
{
    /// <summary>A header or footer inside these is not the page's banner or contentinfo.</summary>
    private const string Sectioning =
        "article, aside, main, nav, section, [role=article], [role=complementary], [role=main], [role=navigation], [role=region]";

    public override IEnumerable<Finding> Check(CheckedPage page)
    {
        var document = page.Document;
        var body = document.Body ?? document.DocumentElement;
        var landmarks = new (string Name, string Element, bool Present)[]
        {
            ("banner", "<header>", PageLevel(page, "header", "banner")),
            ("navigation", "<nav>", page.Named("nav").Any() || page.WithRole("navigation").Any()),
            ("main", "<main>", Mains(page).Any()),
            ("contentinfo", "<footer>", PageLevel(page, "footer", "contentinfo")),
        };
        foreach (var (name, element, present) in landmarks.Where(l => !l.Present))
        {
            yield return page.Finding(body, Id, SuccessCriteria.BypassBlocks,
                $"The page has no {name} landmark ({element}), so screen reader users cannot jump to that part of the page.",
                $"Wrap that part of the page in {element} directly inside <body> (or give its container role=\"{name}\").");
        }

        foreach (var extra in Mains(page).Where(m => !m.HasAttribute("hidden")).Skip(1))
        {
            yield return page.Finding(extra, Id, SuccessCriteria.BypassBlocks,
                "The page has more than one main landmark, so \"skip to main content\" and landmark navigation cannot tell which is the main " +
                "content.",
                "Keep one <main> per page and use <section> with a heading for the other parts.");
        }
    }

    private static IEnumerable<IElement> Mains(CheckedPage page) =>
        page.Elements.Where(e => e.LocalName == "main" || e.GetAttribute("role") == "main");

    private static bool PageLevel(CheckedPage page, string tag, string role) =>
        page.WithRole(role).Any() ||
        page.Named(tag).Any(e => e.ParentElement?.Closest(Sectioning) is null && !e.HasAttribute("role"));
}

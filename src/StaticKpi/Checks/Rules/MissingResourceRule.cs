using AngleSharp.Dom;

namespace StaticKpi.Checks.Rules;

/// <summary>LINK003: stylesheets, scripts, images and media the page loads from the site exist in the output.</summary>
public sealed class MissingResourceRule() : PageRule("LINK003", "Missing resources")
{
    /// <summary>The elements that load something, and the attribute that says what.</summary>
    private static readonly (string[] Elements, string Attribute)[] Resources =
    [
        (["link"], "href"),
        (["script"], "src"),
        (["img"], "src"),
        (["img", "source"], "srcset"),
        (["source", "video", "audio", "track", "iframe", "embed"], "src"),
        (["video"], "poster"),
        (["object"], "data"),
    ];

    /// <summary>Link relations whose href the browser fetches; canonical, alternate and the like are only addresses.</summary>
    private static readonly HashSet<string> FetchedRelations = new(StringComparer.OrdinalIgnoreCase)
    {
        "stylesheet", "icon", "apple-touch-icon", "manifest", "preload", "modulepreload", "prefetch",
    };

    public override IEnumerable<Finding> Check(CheckedPage page)
    {
        foreach (var (elements, attribute) in Resources)
        {
            foreach (var element in page.Named(elements).Where(e => e.HasAttribute(attribute)))
            {
                if (element.LocalName == "link" && !IsFetched(element))
                {
                    continue;
                }

                var value = element.GetAttribute(attribute)!;
                var urls = attribute == "srcset"
                    ? value.Split(',').Select(c => c.Trim().Split(' ', 2)[0])
                    : [value];
                foreach (var url in urls.Where(u => u.Length > 0))
                {
                    var target = page.Site.Resolve(page.Path, url);
                    if (target.Kind is LocalTargetKind.Missing or LocalTargetKind.OutsideSite)
                    {
                        yield return page.Finding(element, Id, SuccessCriteria.NotWcag,
                            $"The page loads \"{url}\" ({element.LocalName} {attribute}), but {target.Path} is not in the site.",
                            "Correct the address or add the file to the theme's assets.");
                    }
                }
            }
        }
    }

    private static bool IsFetched(IElement link) =>
        (link.GetAttribute("rel") ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Any(FetchedRelations.Contains);
}

using AngleSharp.Dom;

namespace StaticKpi.Checks;

/// <summary>One HTML page of the written site, parsed once and shared by every rule.</summary>
public sealed class CheckedPage
{
    private readonly Dictionary<string, int> _idCounts;
    private IReadOnlyList<CheckedLink>? _resolvedLinks;

    internal CheckedPage(string path, IDocument document, CheckedSite site)
    {
        Path = path;
        Document = document;
        Site = site;
        // One walk over the page gives every rule its elements: a selector query walks the whole tree each time.
        Elements = [.. document.All];
        _idCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<IElement>();
        foreach (var element in Elements)
        {
            if (element.Id is { } id)
            {
                _idCounts[id] = _idCounts.GetValueOrDefault(id) + 1;
                anchors.Add(id);
            }

            if (element.LocalName is "a" or "area" && element.HasAttribute("href"))
            {
                links.Add(element);
            }

            if (element.LocalName == "a" && element.GetAttribute("name") is { } name)
            {
                anchors.Add(name);
            }
        }

        Anchors = anchors;
        Links = links;
    }

    /// <summary>The page's path relative to the output folder, with '/' separators.</summary>
    public string Path { get; }

    public IDocument Document { get; }

    /// <summary>The whole site: its files, and (once every page is checked) the anchors of every page.</summary>
    public CheckedSite Site { get; }

    /// <summary>Every fragment a link can point at on this page: element ids and <c>a name</c> values.</summary>
    public IReadOnlySet<string> Anchors { get; }

    /// <summary>Every <c>a</c> and <c>area</c> element with an href, in document order, found once for every link rule.</summary>
    public IReadOnlyList<IElement> Links { get; }

    /// <summary>
    /// <see cref="Links"/> with each trimmed href resolved against the site once, for the broken link and broken
    /// anchor rules to share; resolved on first use (the rules of one page run one after another).
    /// </summary>
    public IReadOnlyList<CheckedLink> ResolvedLinks => _resolvedLinks ??= [.. Links.Select(link =>
    {
        var href = link.GetAttribute("href")!.Trim();
        return new CheckedLink(link, href, Site.Resolve(Path, href));
    })];

    /// <summary>Every element of the page in document order, for rules to filter instead of querying the tree again.</summary>
    public IReadOnlyList<IElement> Elements { get; }

    /// <summary>The elements with one of these tag names, in document order.</summary>
    public IEnumerable<IElement> Named(params string[] names) => Elements.Where(e => names.Contains(e.LocalName, StringComparer.Ordinal));

    /// <summary>The elements whose <c>role</c> is exactly <paramref name="role"/>, in document order.</summary>
    public IEnumerable<IElement> WithRole(string role) => Elements.Where(e => e.GetAttribute("role") == role);

    /// <summary>How many elements carry the id (0 when none does).</summary>
    public int CountOfId(string id) => _idCounts.GetValueOrDefault(id);

    /// <summary>A CSS selector that finds the element on this page.</summary>
    public string SelectorOf(IElement element) => Selectors.For(element, this);

    /// <summary>A finding on an element of this page.</summary>
    public Finding Finding(IElement element, string ruleId, string criterion, string message, string fix) =>
        new(Path, SelectorOf(element), ruleId, criterion, message, fix);
}

/// <summary>A link of the page, its href as written (trimmed) and where that leads in the site.</summary>
public sealed record CheckedLink(IElement Element, string Href, LocalTarget Target);

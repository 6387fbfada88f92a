using AngleSharp.Dom;

namespace StaticKpi.Checks;

/// <summary>One HTML page of the written site, parsed once and shared by every rule.</summary>
public sealed class CheckedPage
{
    private readonly Dictionary<string, int> _idCounts;

    internal CheckedPage(string path, IDocument document, CheckedSite site)
    {
        Path = path;
        Document = document;
        Site = site;
        _idCounts = document.QuerySelectorAll("[id]")
            .Select(e => e.Id!)
            .GroupBy(id => id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Anchors = new HashSet<string>(
            _idCounts.Keys.Concat(document.QuerySelectorAll("a[name]").Select(a => a.GetAttribute("name")!)),
            StringComparer.Ordinal);
        Links = [.. document.QuerySelectorAll("a[href], area[href]")];
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

    /// <summary>How many elements carry the id (0 when none does).</summary>
    public int CountOfId(string id) => _idCounts.GetValueOrDefault(id);

    /// <summary>A CSS selector that finds the element on this page.</summary>
    public string SelectorOf(IElement element) => Selectors.For(element, this);

    /// <summary>A finding on an element of this page.</summary>
    public Finding Finding(IElement element, string ruleId, string criterion, string message, string fix) =>
        new(Path, SelectorOf(element), ruleId, criterion, message, fix);
}

namespace StaticKpi.Checks;

/// <summary>A stylesheet of the written site, as text.</summary>
public sealed record StyleSheetFile(string Path, string Text);

/// <summary>
/// What a rule may ask about the written site as a whole: where a link leads, each page's anchors and the
/// stylesheets' colour schemes.
/// </summary>
public sealed class CheckedSite
{
    private readonly HashSet<string> _files;
    private readonly HashSet<string> _folders;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlySet<string>> _anchors = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentBag<(string Page, string Fragment, Finding Finding)> _expectedAnchors = [];
    private readonly Lazy<IReadOnlyList<ColourScheme>> _colourSchemes;

    internal CheckedSite(IEnumerable<string> files, IReadOnlyList<StyleSheetFile> styleSheets, string sitePath = "/")
    {
        SitePath = sitePath;
        _files = new HashSet<string>(files, StringComparer.Ordinal);
        _folders = new HashSet<string>(StringComparer.Ordinal) { "" };
        foreach (var file in _files)
        {
            for (var slash = file.LastIndexOf('/'); slash > 0; slash = file.LastIndexOf('/', slash - 1))
            {
                _folders.Add(file[..slash]);
            }
        }

        _colourSchemes = new Lazy<IReadOnlyList<ColourScheme>>(() => [.. styleSheets.SelectMany(ColourTokens.Read)]);
    }

    /// <summary>The path the site is published under, from base_url ("/performance/"); "/" at the root of a host.</summary>
    public string SitePath { get; }

    /// <summary>The colour custom properties declared on <c>:root</c> in the stylesheets, parsed once.</summary>
    public IReadOnlyList<ColourScheme> ColourSchemes => _colourSchemes.Value;

    internal void Add(CheckedPage page) => _anchors[page.Path] = page.Anchors;

    /// <summary>
    /// Pages are checked one at a time and not kept, so a link to a fragment of another page is judged once every page
    /// has been read: <paramref name="finding"/> is reported if <paramref name="page"/> turns out to be an HTML page of
    /// the site without that anchor.
    /// </summary>
    public void ExpectAnchor(string page, string fragment, Finding finding) => _expectedAnchors.Add((page, fragment, finding));

    /// <summary>The findings of the anchors expected on other pages that those pages do not have.</summary>
    internal IEnumerable<Finding> MissingAnchors() =>
        _expectedAnchors.Where(e => _anchors.TryGetValue(e.Page, out var anchors) && !anchors.Contains(e.Fragment)).Select(e => e.Finding);

    /// <summary>
    /// Resolves a URL found on a page against the output folder, as a static web server would: a folder
    /// (with or without a trailing slash) is served by its <c>index.html</c>.
    /// </summary>
    public LocalTarget Resolve(string fromPage, string url) => LocalUrl.Resolve(fromPage, url, _files, _folders, SitePath);
}

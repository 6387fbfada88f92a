using StaticKpi.Build;

namespace StaticKpi.BrowserTests.Support;

/// <summary>One generated HTML page: its path in the output folder and the kind of page it is.</summary>
public sealed record SitePage(string Path, string Kind)
{
    /// <summary>The address of the page relative to the site root, as a folder when it is an index.html.</summary>
    public string UrlPath => Path == "index.html" ? "" : Path.EndsWith("/index.html", StringComparison.Ordinal) ? Path[..^"index.html".Length] : Path;

    public override string ToString() => Path;
}

/// <summary>
/// The repository's example site (or a fixture site) built once into a temporary folder with the library's own
/// pipeline (<see cref="SiteBuild"/>), and the list of HTML pages it wrote.
/// </summary>
public sealed class ExampleSite : IDisposable
{
    private readonly string _root;

    public ExampleSite()
        : this(RepoPaths.Root)
    {
    }

    /// <param name="source">The site folder to build: the repository root for the example site, or a fixture.</param>
    public ExampleSite(string source)
    {
        _root = Path.Combine(Path.GetTempPath(), "statickpi-browser-tests", Guid.NewGuid().ToString("N"));
        Output = Path.Combine(_root, "_site");
        Result = SiteBuild.Run(new BuildOptions(source, Output));
        if (!Result.Succeeded)
        {
            throw new InvalidOperationException("The example site did not build:" + Environment.NewLine +
                string.Join(Environment.NewLine, Result.Diagnostics.Select(d => d.ToString())));
        }

        SitePath = new Model.SiteAddress(Content.SiteConfigLoader.BaseUrlIn(source) ?? "/").Path;
        Pages = [.. Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Select(f => System.IO.Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(p => new SitePage(p, KindOf(p)))];
    }

    public string Output { get; }

    public BuildResult Result { get; }

    /// <summary>The path of the site's base_url ("/performance/"), which the 404 page's links start from.</summary>
    public string SitePath { get; }

    /// <summary>Every HTML file in the output folder, in path order.</summary>
    public IReadOnlyList<SitePage> Pages { get; }

    /// <summary>
    /// One page of each kind: the largest file of the kind, as the one with the most content (the longest
    /// tables and commentary) is the likeliest to overflow or trap the keyboard.
    /// </summary>
    public IReadOnlyList<SitePage> OnePageOfEachKind() =>
        [.. Pages.GroupBy(p => p.Kind)
            .Select(g => g.OrderByDescending(p => new FileInfo(Path.Combine(Output, p.Path)).Length).ThenBy(p => p.Path, StringComparer.Ordinal)
                .First())
            .OrderBy(p => p.Kind, StringComparer.Ordinal)];

    public SitePage Largest(string kind) => OnePageOfEachKind().SingleOrDefault(p => p.Kind == kind)
        ?? throw new InvalidOperationException($"The example site has no {kind} page; pages: {string.Join(", ", Pages)}");

    /// <summary>
    /// The kind of page from where SitePaths writes it: the fixed pages by name, each indicator's own page at
    /// "indicators/id-slug/index.html", reports at "period/committee/index.html", indicators one folder below
    /// their report.
    /// </summary>
    public static string KindOf(string path)
    {
        switch (path)
        {
            case "index.html": return "home";
            case "key/index.html": return "key";
            case "accessibility/index.html": return "accessibility";
            case "indicators/index.html": return "indicators";
            case "data/index.html": return "data";
            case "404.html": return "not-found";
        }

        var segments = path.Split('/');
        return segments switch
        {
            ["indicators", _, "index.html"] => "indicator-latest",
            [_, _, "index.html"] => "report",
            [_, _, _, "index.html"] => "indicator",
            _ => "other:" + string.Join('/', segments[..^1]),
        };
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }
}

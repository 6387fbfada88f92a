using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using StaticKpi.Build;
using StaticKpi.Files;

namespace StaticKpi.TestSupport;

/// <summary>A site built once into a temporary folder, with its pages parsed by AngleSharp on demand.</summary>
public sealed class BuiltSite : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly TempFolder _folder = new();

    public BuiltSite(string sourceDirectory)
    {
        Output = _folder.Combine("_site");
        Result = SiteBuild.Run(new BuildOptions(sourceDirectory, Output));
        SitePath = new StaticKpi.Model.SiteAddress(StaticKpi.Content.SiteConfigLoader.BaseUrlIn(sourceDirectory) ?? "/").Path;
    }

    /// <summary>The path the site is published under, from its base_url ("/performance/").</summary>
    public string SitePath { get; }

    /// <summary>
    /// The file a link on a page leads to, as a host serving the site at <see cref="SitePath"/> would answer it: relative
    /// to the page, or from the host's root for the 404 page's "/performance/…" links; a folder is its index.html.
    /// </summary>
    public string FileLinkedFrom(string page, string href)
    {
        var target = SiteUrl.Resolve(page, href, SitePath);
        return target.Kind switch
        {
            SiteUrlKind.InSite => Path.Combine([Output, .. target.FileOrIndex.Split('/')]),
            SiteUrlKind.SamePage => Path.Combine([Output, .. page.Split('/')]),
            // Somewhere no file of the site is: the test that follows the link finds nothing there.
            _ => Path.Combine(Path.GetDirectoryName(Output)!, "outside", target.Path.TrimStart('/')),
        };
    }

    public string Output { get; }

    public BuildResult Result { get; }

    public IHtmlDocument Page(string relativePath) =>
        Parser.ParseDocument(File.ReadAllText(Path.Combine(Output, relativePath)));

    public IReadOnlyList<string> HtmlPages() =>
        [.. Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    public void Dispose() => _folder.Dispose();
}

public sealed class ExampleSiteFixture : IDisposable
{
    public BuiltSite Site { get; } = new(RepoPaths.Root);

    public void Dispose() => Site.Dispose();
}

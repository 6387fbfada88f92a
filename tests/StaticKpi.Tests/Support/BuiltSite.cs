using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using StaticKpi.Build;

namespace StaticKpi.Tests.Support;

/// <summary>A site built once into a temporary folder, with its pages parsed by AngleSharp on demand.</summary>
public sealed class BuiltSite : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly TempFolder _folder = new();

    public BuiltSite(string sourceDirectory)
    {
        Output = _folder.Combine("_site");
        Result = SiteBuild.Run(new BuildOptions(sourceDirectory, Output));
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

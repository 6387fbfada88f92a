using System.Collections.Concurrent;
using AngleSharp.Html.Parser;

namespace StaticKpi.Checks;

/// <param name="PagesChecked">How many HTML pages were parsed and checked.</param>
/// <param name="Findings">Every finding, sorted by page, selector, rule and message.</param>
public sealed record CheckResult(int PagesChecked, IReadOnlyList<Finding> Findings)
{
    public bool Passed => Findings.Count == 0;
}

/// <summary>
/// Checks a written site without a browser: parses every HTML page once (in parallel), runs every page rule
/// on it, then the site-wide rules (colour contrast of the stylesheets' tokens). Links and anchors are
/// checked against the files in the output and the ids of the parsed pages.
/// </summary>
public sealed class SiteChecker
{
    public SiteChecker()
        : this(CheckRules.PageRules, CheckRules.SiteRules)
    {
    }

    public SiteChecker(IReadOnlyList<ICheckRule> pageRules, IReadOnlyList<ISiteCheckRule> siteRules)
    {
        PageRules = pageRules;
        SiteRules = siteRules;
    }

    public IReadOnlyList<ICheckRule> PageRules { get; }

    public IReadOnlyList<ISiteCheckRule> SiteRules { get; }

    /// <exception cref="DirectoryNotFoundException">The output folder does not exist.</exception>
    /// <param name="sitePath">The path the site is published under ("/performance/"), for addresses that start from the host's root.</param>
    public CheckResult Check(string outputDirectory, string sitePath = "/")
    {
        if (!Directory.Exists(outputDirectory))
        {
            throw new DirectoryNotFoundException($"The folder '{outputDirectory}' does not exist.");
        }

        var files = Directory.EnumerateFiles(outputDirectory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(outputDirectory, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var styleSheets = files
            .Where(f => f.EndsWith(".css", StringComparison.OrdinalIgnoreCase))
            .Select(f => new StyleSheetFile(f, File.ReadAllText(Path.Combine(outputDirectory, f))))
            .ToList();
        var site = new CheckedSite(files, styleSheets, sitePath);

        // Each page is parsed, checked and let go, so memory holds a few pages at a time however large the site; links
        // to fragments of other pages are judged at the end, from the anchors every page left behind.
        var htmlFiles = files.Where(IsHtml).ToList();
        var findings = new ConcurrentBag<Finding>();
        Parallel.ForEach(htmlFiles, () => new HtmlParser(), (path, _, parser) =>
        {
            var page = new CheckedPage(path, parser.ParseDocument(File.ReadAllText(Path.Combine(outputDirectory, path))), site);
            site.Add(page);
            foreach (var rule in PageRules)
            {
                foreach (var finding in rule.Check(page))
                {
                    findings.Add(finding);
                }
            }

            return parser;
        }, _ => { });
        foreach (var finding in site.MissingAnchors())
        {
            findings.Add(finding);
        }

        foreach (var rule in SiteRules)
        {
            foreach (var finding in rule.Check(site))
            {
                findings.Add(finding);
            }
        }

        return new CheckResult(htmlFiles.Count, [.. findings.Order(Finding.Order)]);
    }

    private static bool IsHtml(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);
}

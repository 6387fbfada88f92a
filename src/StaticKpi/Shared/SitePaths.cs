using StaticKpi.Model;

namespace StaticKpi.Shared;

/// <summary>Where each page is written. Paths are permanent: published reports keep their addresses.</summary>
public static class SitePaths
{
    public const string Home = "index.html";
    public const string Key = "key/index.html";
    public const string Accessibility = "accessibility/index.html";
    public const string Search = "search/index.html";
    public const string SearchIndex = "search/index.json";

    public static string Report(Report report) => $"{report.Period.Slug}/{report.CommitteeKey}/index.html";

    /// <summary>The whole report on one page, laid out to print like a committee appendix.</summary>
    public static string PrintReport(Report report) => $"{report.Period.Slug}/{report.CommitteeKey}/print/index.html";

    public static string Indicator(Report report, Indicator indicator) =>
        $"{report.Period.Slug}/{report.CommitteeKey}/{indicator.Id}-{indicator.Slug}/index.html";

    /// <summary>The indicators index, and each indicator's page of every report it is in (its address never changes).</summary>
    public const string Indicators = "indicators/index.html";

    public static string IndicatorLatest(Indicator indicator) => $"indicators/{indicator.Id}-{indicator.Slug}/index.html";

    /// <summary>The open data: a page listing the files, the files themselves and the data package describing them.</summary>
    public const string Data = "data/index.html";

    public const string DataPackage = "data/datapackage.json";

    public const string AllData = "data/statickpi-all";

    public static string IndicatorData(Indicator indicator) => $"data/indicators/{indicator.Id}-{indicator.Slug}";

    public static string ReportData(Report report) => $"data/reports/{report.CommitteeKey}-{report.Period.Slug}";

    /// <summary>The page hosts show for an address that does not exist, and the crawler and feed files, at the site root.</summary>
    public const string NotFound = "404.html";

    public const string Sitemap = "sitemap.xml";

    public const string Robots = "robots.txt";

    public const string Feed = "feed.xml";

    /// <summary>The relative path from a page back to the site root: "./" at the top, "../../" two folders down.</summary>
    public static string RootFrom(string outputPath)
    {
        var depth = outputPath.AsSpan().Count('/');
        return depth == 0 ? "./" : Up(depth);
    }

    /// <summary>
    /// The shortest relative link from one page to another, pointing at the folder rather than index.html:
    /// from "2024-25-q3/finance/index.html" to "2024-25-q3/finance/101-x/index.html" is "101-x/".
    /// </summary>
    public static string Link(string fromOutputPath, string toOutputPath)
    {
        // Pages link to each other thousands of times a build, so this works on spans rather than split arrays.
        var from = fromOutputPath.AsSpan(0, fromOutputPath.LastIndexOf('/') + 1); // the folders, each ending in '/'
        var toSlash = toOutputPath.LastIndexOf('/');
        var to = toOutputPath.AsSpan(0, toSlash + 1);
        var toFile = toOutputPath.AsSpan(toSlash + 1);
        if (toFile.SequenceEqual("index.html"))
        {
            toFile = [];
        }

        // The longest run of whole folders both paths start with.
        var common = 0;
        for (var i = 0; i < from.Length && i < to.Length && from[i] == to[i]; i++)
        {
            if (from[i] == '/')
            {
                common = i + 1;
            }
        }

        var up = from[common..].Count('/');
        var down = to[common..];
        if (up == 0 && down.IsEmpty && toFile.IsEmpty)
        {
            return "./";
        }

        return string.Concat(Up(up), down, toFile);
    }

    private static readonly string[] UpLinks = [.. Enumerable.Range(0, 8).Select(n => string.Concat(Enumerable.Repeat("../", n)))];

    private static string Up(int depth) => depth < UpLinks.Length ? UpLinks[depth] : string.Concat(Enumerable.Repeat("../", depth));
}

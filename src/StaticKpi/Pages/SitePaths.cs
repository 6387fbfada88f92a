using StaticKpi.Model;

namespace StaticKpi.Pages;

/// <summary>Where each page is written. Paths are permanent: published reports keep their addresses.</summary>
public static class SitePaths
{
    public const string Home = "index.html";
    public const string Key = "key/index.html";
    public const string Accessibility = "accessibility/index.html";

    public static string Report(Report report) => $"{report.Period.Slug}/{report.CommitteeKey}/index.html";

    public static string Indicator(Report report, Indicator indicator) =>
        $"{report.Period.Slug}/{report.CommitteeKey}/{indicator.Id}-{indicator.Slug}/index.html";

    /// <summary>The relative path from a page back to the site root: "./" at the top, "../../" two folders down.</summary>
    public static string RootFrom(string outputPath)
    {
        var depth = outputPath.Count(c => c == '/');
        return depth == 0 ? "./" : string.Concat(Enumerable.Repeat("../", depth));
    }

    /// <summary>A link from one page to another, relative, pointing at the folder rather than index.html.</summary>
    public static string Link(string fromOutputPath, string toOutputPath)
    {
        var target = toOutputPath.EndsWith("index.html", StringComparison.Ordinal) ? toOutputPath[..^"index.html".Length] : toOutputPath;
        return RootFrom(fromOutputPath) + target;
    }
}

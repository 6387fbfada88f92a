using System.Text.RegularExpressions;
using StaticKpi.Content;
using StaticKpi.Diagnostics;
using StaticKpi.Model;
using StaticKpi.Shared;

namespace StaticKpi.Pages;

/// <summary>
/// Checks that need to know which pages the build will write: commentary that no page will show, and links
/// written in Markdown (commentary, descriptions, report introductions) to pages that will not exist. Each link
/// is resolved relative to the page its text appears on, exactly as a browser would. They run after Content has
/// assembled the site (<c>Build/CheckedContent</c>), since only the plan knows which pages a build writes.
/// </summary>
/// <param name="unloadedIndicatorIds">Indicators whose file had errors: their pages are unknown, so links to them are not judged.</param>
/// <param name="unloadedReportFiles">Report files (relative paths) that had errors, for the same reason.</param>
/// <param name="pages">The output path of every page the build will write (<see cref="PagePaths"/>), when already known.</param>
public sealed partial class PageLinkChecks(
    Site site,
    DiagnosticBag diagnostics,
    IReadOnlySet<int>? unloadedIndicatorIds = null,
    IReadOnlyCollection<string>? unloadedReportFiles = null,
    IReadOnlySet<string>? pages = null)
{
    private readonly IReadOnlySet<string> _pages = pages ?? PagePaths(site);

    // The reports of each period and those listing each indicator, in site order: looked up for every commentary and
    // indicator, which at council size is thousands of scans of every report otherwise.
    private readonly ILookup<Period, Report> _reportsByPeriod = site.Reports.ToLookup(r => r.Period);
    private readonly ILookup<int, Report> _reportsByIndicator = site.Reports
        .SelectMany(r => r.IndicatorIds.Distinct().Select(id => (Id: id, Report: r)))
        .ToLookup(x => x.Id, x => x.Report);

    /// <summary>
    /// The output path of every page a build of the site writes. It depends only on the configuration, indicators and
    /// reports, so it can be kept while only commentary changes.
    /// </summary>
    public static IReadOnlySet<string> PagePaths(Site site) =>
        SitePlan.Create(site).Pages.Select(p => p.OutputPath).ToHashSet(StringComparer.Ordinal);

    /// <summary>(committee folder, period slug) of each report file that did not load, judged from its path.</summary>
    private readonly HashSet<(string Committee, string PeriodSlug)> _unloadedReports = [.. (unloadedReportFiles ?? [])
        .Select(file => file.Replace('\\', '/').Split('/'))
        .Where(parts => parts.Length >= 2)
        .Select(parts => (parts[^2], Path.GetFileNameWithoutExtension(parts[^1])))];

    public void Run()
    {
        foreach (var commentary in site.Commentaries)
        {
            var pages = PagesShowing(commentary);
            if (pages.Count == 0)
            {
                ReportNotShown(commentary);
            }

            CheckLinks(commentary.Links, pages);
        }

        foreach (var indicator in site.Indicators.Where(i => i.DescriptionLinks is { Count: > 0 }))
        {
            CheckLinks(indicator.DescriptionLinks, [.. _reportsByIndicator[indicator.Id].Select(r => SitePaths.Indicator(r, indicator))]);
        }

        foreach (var report in site.Reports)
        {
            CheckLinks(report.IntroductionLinks, [SitePaths.Report(report)]);
        }
    }

    /// <summary>The indicator pages that show a commentary: those of the reports for its period that list the indicator.</summary>
    private List<string> PagesShowing(Commentary commentary)
    {
        var indicator = site.IndicatorById(commentary.IndicatorId);
        return indicator is null
            ? []
            : [.. _reportsByPeriod[commentary.Period]
                .Where(r => r.IndicatorIds.Contains(indicator.Id))
                .Select(r => SitePaths.Indicator(r, indicator))];
    }

    private void ReportNotShown(Commentary commentary)
    {
        if (_unloadedReports.Count > 0)
        {
            // A report had errors of its own: it may well list the indicator, and for this period whatever its file is
            // called (a report whose name and 'period:' disagree is one error, not one warning per commentary file).
            return;
        }

        var reportsInPeriod = _reportsByPeriod[commentary.Period].ToList();
        var periodsListing = _reportsByIndicator[commentary.IndicatorId]
            .Select(r => r.Period)
            .Distinct()
            .Order()
            .Select(p => p.Key)
            .ToList();
        var message = reportsInPeriod.Count == 0
            ? $"This commentary is for indicator {commentary.IndicatorId} in {commentary.Period}, but there is no report for {commentary.Period}, " +
                "so no page shows it."
            : $"This commentary is for indicator {commentary.IndicatorId} in {commentary.Period}, but no report for {commentary.Period} lists " +
                $"indicator {commentary.IndicatorId}, so no page shows it.";
        var fix = periodsListing.Count == 0
            ? $"Add indicator {commentary.IndicatorId} to a report's 'indicators', or delete this file."
            : $"Add indicator {commentary.IndicatorId} to the report for {commentary.Period}, " +
                $"or rename the file for a period whose report lists it ({string.Join(", ", periodsListing)}).";
        diagnostics.Warning(RuleIds.CommentaryNotShown, commentary.Location, message, fix);
    }

    private void CheckLinks(IReadOnlyList<MarkdownLink>? links, IReadOnlyList<string> pages)
    {
        foreach (var link in links ?? [])
        {
            foreach (var page in pages)
            {
                var target = Resolve(page, link.Url, site.Config.BaseUrl);
                if (target is null || _pages.Contains(target) || IsUnknown(target))
                {
                    continue;
                }

                var closest = ClosestPage(target);
                var fix = closest is null
                    ? "Check the address; links within the site are relative to the page the text appears on, such as " +
                        "'../183-subject-access-requests/'."
                    : $"Did you mean '{SitePaths.Link(page, closest)}'?";
                diagnostics.Error(RuleIds.BrokenInternalLink, link.Location,
                    $"The link '{QuotedValue.Cut(link.Url)}' on the page {PageUrl(page)} goes to {PageUrl(target)}, which the build does not " +
                        "create.", fix);
                break; // one report per link is enough, even when the text is shown on several pages
            }
        }
    }

    /// <summary>
    /// The page the link probably meant: one whose folder name is nearest the link's last folder name, preferring
    /// the page that shares the most folders before it (the same report rather than another quarter's).
    /// </summary>
    private string? ClosestPage(string target)
    {
        var wanted = Folders(target);
        if (wanted.Length == 0)
        {
            return null;
        }

        var candidates = _pages.Select(p => (Path: p, Folders: Folders(p))).Where(p => p.Folders.Length > 0).ToList();
        var name = Suggestions.Closest(wanted[^1], candidates.Select(c => c.Folders[^1]).Distinct().Order(StringComparer.Ordinal));
        return name is null
            ? null
            : candidates
                .Where(c => c.Folders[^1] == name)
                .OrderByDescending(c => SharedFoldersBefore(c.Folders, wanted))
                .ThenBy(c => c.Path, StringComparer.Ordinal)
                .Select(c => c.Path)
                .First();
    }

    private static string[] Folders(string outputPath)
    {
        var parts = outputPath.Split('/');
        return parts[^1] == "index.html" ? parts[..^1] : parts;
    }

    /// <summary>How many folders match, counting back from the one before the last.</summary>
    private static int SharedFoldersBefore(string[] a, string[] b)
    {
        var count = 0;
        for (var i = 2; i <= a.Length && i <= b.Length && a[^i] == b[^i]; i++)
        {
            count++;
        }

        return count;
    }

    private static string PageUrl(string outputPath) =>
        outputPath.EndsWith("index.html", StringComparison.Ordinal) ? "/" + outputPath[..^"index.html".Length] : "/" + outputPath;

    /// <summary>Pages of content that had errors of its own are unknown, so links to them are not reported.</summary>
    private bool IsUnknown(string target)
    {
        var parts = target.Split('/');
        if (parts.Length >= 3 && _unloadedReports.Contains((parts[1], parts[0])))
        {
            return true;
        }

        return unloadedIndicatorIds is { Count: > 0 } && parts.Any(part =>
            IndicatorFolder().Match(part) is { Success: true } match && unloadedIndicatorIds.Contains(int.Parse(match.Groups[1].Value)));
    }

    /// <summary>
    /// The output path (such as <c>2024-25-q3/committee/183-sars/index.html</c>) a link on <paramref name="page"/>
    /// leads to, or null when it is not a link to a page of this site (another file type, only an anchor, or an
    /// absolute path outside the site's base address).
    /// </summary>
    public static string? Resolve(string page, string url, string baseUrl)
    {
        var path = url.Trim();
        var cut = path.IndexOfAny(['?', '#']);
        if (cut >= 0)
        {
            path = path[..cut];
        }

        if (path.Length == 0 || !MarkdownRenderer.IsWithinSite(path))
        {
            return null;
        }

        var folders = new List<string>(page.Split('/')[..^1]);
        if (path.StartsWith('/'))
        {
            var basePath = Uri.TryCreate(baseUrl, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : baseUrl;
            if (!basePath.EndsWith('/'))
            {
                basePath += "/";
            }

            if (!path.StartsWith(basePath, StringComparison.Ordinal) && path + "/" != basePath)
            {
                return null; // another part of the same web site
            }

            path = path.Length >= basePath.Length ? path[basePath.Length..] : "";
            folders.Clear();
        }

        var segments = path.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = Uri.UnescapeDataString(segments[i]);
            var last = i == segments.Length - 1;
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (folders.Count == 0)
                {
                    return "../" + path; // above the site's root: no page of the site
                }

                folders.RemoveAt(folders.Count - 1);
                continue;
            }

            if (last && Path.HasExtension(segment))
            {
                // A file: pages are .html; other files (CSV downloads, images) are not checked here.
                return segment.EndsWith(".html", StringComparison.OrdinalIgnoreCase)
                    ? string.Join('/', [.. folders, segment])
                    : null;
            }

            folders.Add(segment);
        }

        return string.Join('/', [.. folders, "index.html"]);
    }

    [GeneratedRegex(@"^(\d+)-")]
    private static partial Regex IndicatorFolder();
}

using StaticKpi.Model;

namespace StaticKpi.Pages;

/// <summary>
/// The output path of every page a build writes for a site, so the Content stage can tell whether a link written
/// in Markdown will arrive anywhere. Kept in step with <see cref="PageBuilder.BuildAll"/> by a test.
/// </summary>
public static class PagePaths
{
    public static IReadOnlySet<string> Of(Site site)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal) { SitePaths.Home, SitePaths.Key, SitePaths.Accessibility, SitePaths.Search };
        foreach (var report in site.Reports)
        {
            paths.Add(SitePaths.Report(report));
            paths.Add(SitePaths.PrintReport(report));
            foreach (var indicator in IndicatorsOf(site, report))
            {
                paths.Add(SitePaths.Indicator(report, indicator));
            }
        }

        return paths;
    }

    /// <summary>The indicators a report shows, each of which gets a page under the report.</summary>
    public static IEnumerable<Indicator> IndicatorsOf(Site site, Report report) =>
        report.IndicatorIds.Select(site.IndicatorById).OfType<Indicator>();
}

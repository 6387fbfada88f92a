using System.Globalization;
using StaticKpi.Localisation;
using StaticKpi.Model;
using StaticKpi.OpenData;
using StaticKpi.Shared;

namespace StaticKpi.Pages;

/// <summary>The data downloads pages offer (the open data files of a report or an indicator), linked from the page with their sizes.</summary>
/// <param name="strings">The words of the pages' language; the default theme's English when not given.</param>
public sealed class PageDownloads(OpenDataFiles data, SiteStrings? strings = null)
{
    private readonly SiteStrings _strings = strings ?? SiteStrings.Default();

    public OpenDataFiles Data => data;

    public IReadOnlyList<DownloadView> OfReport(string from, Report report)
    {
        if (data.ForReport(report) is not var (csv, json))
        {
            return [];
        }

        var text = _strings.Format("downloads.report", ("period", _strings.PeriodName(report.Period)));
        return [Of(_strings, text, from, csv), Of(_strings, text, from, json)];
    }

    public IReadOnlyList<DownloadView> OfIndicator(string from, Indicator indicator)
    {
        if (data.ForIndicator(indicator.Id) is not var (csv, json))
        {
            return [];
        }

        var text = _strings.Format("downloads.indicator", ("id", indicator.Id.ToString(CultureInfo.InvariantCulture)));
        return [Of(_strings, text, from, csv), Of(_strings, text, from, json)];
    }

    public static DownloadView Of(SiteStrings strings, string text, string from, DataFile file) =>
        new(text, SitePaths.Link(from, file.Path), file.Format.ToUpperInvariant(), DownloadView.SizeOf(file.Length, strings));
}

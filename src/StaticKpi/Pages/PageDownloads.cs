using StaticKpi.Model;
using StaticKpi.OpenData;
using StaticKpi.Shared;

namespace StaticKpi.Pages;

/// <summary>The data downloads pages offer (the open data files of a report or an indicator), linked from the page with their sizes.</summary>
public sealed class PageDownloads(OpenDataFiles data)
{
    public OpenDataFiles Data => data;

    public IReadOnlyList<DownloadView> OfReport(string from, Report report) =>
        data.ForReport(report) is var (csv, json)
            ? [Of($"Data for the {report.Period.DisplayName} report", from, csv), Of($"Data for the {report.Period.DisplayName} report", from, json)]
            : [];

    public IReadOnlyList<DownloadView> OfIndicator(string from, Indicator indicator) =>
        data.ForIndicator(indicator.Id) is var (csv, json)
            ? [Of($"Every value of indicator {indicator.Id}", from, csv), Of($"Every value of indicator {indicator.Id}", from, json)]
            : [];

    public static DownloadView Of(string text, string from, DataFile file) =>
        new(text, SitePaths.Link(from, file.Path), file.Format.ToUpperInvariant(), DownloadView.SizeOf(file.Length));
}

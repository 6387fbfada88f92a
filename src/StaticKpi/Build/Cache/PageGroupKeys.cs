using System.Globalization;
using StaticKpi.Content;
using StaticKpi.Model;
using StaticKpi.OpenData;
using StaticKpi.Output;
using StaticKpi.Pages;
using StaticKpi.Pages.Kinds;

namespace StaticKpi.Build.Cache;

/// <summary>
/// The key of a page group: the hash of everything its pages are made from, so that a group whose key is unchanged
/// since the last build has the same files and is not built or rendered again. Keys are made of the bytes of the
/// content files the pages show and of the open data they link to (which holds the scores, so a change that moves a
/// score elsewhere changes it), with the site key (tool, options, configuration, theme). A report's group and an
/// indicator's own page have keys; the other pages of the whole site (home, key, search, the list of indicators...)
/// show something of every report and are few: they have none and are always built, as is any new kind of page until
/// its key is written here.
/// </summary>
internal sealed class PageGroupKeys
{
    private readonly Site _site;
    private readonly SiteSources _sources;
    private readonly OpenDataFiles _data;
    private readonly IReadOnlyDictionary<string, FileStamp> _inputs;
    private readonly string _siteKey;
    private readonly ILookup<int, Report> _reportsByIndicator;
    private readonly ILookup<string, Report> _reportsByCommittee;

    public PageGroupKeys(Site site, SiteSources sources, OpenDataFiles data, IReadOnlyDictionary<string, FileStamp> inputs, string siteKey)
    {
        _site = site;
        _sources = sources;
        _data = data;
        _inputs = inputs;
        _siteKey = siteKey;
        _reportsByIndicator = site.Reports.SelectMany(r => r.IndicatorIds.Distinct().Select(id => (id, r))).ToLookup(x => x.id, x => x.r);
        _reportsByCommittee = site.Reports.ToLookup(r => r.CommitteeKey, StringComparer.Ordinal);
    }

    /// <summary>The group's key; null for a group that is always built, or when a file it is made from is not known.</summary>
    public string? Of(PageGroup group)
    {
        var parts = new List<string> { "site " + _siteKey };
        var made = group.Pages switch
        {
            [{ Kind: PerReportPageKind, Report: { } report }, ..] when group.Pages.All(p => p.Report == report) => AddReport(parts, report),
            [{ Kind: IndicatorLatestPageKind, Indicator: { } indicator }] => AddLatest(parts, indicator),
            _ => false,
        };
        return made ? ContentHash.OfParts(parts) : null;
    }

    /// <summary>
    /// A report's pages: the report, its committee's reports (the previous one for movements, the neighbours for
    /// links), its open data (its scores), and each of its indicators with that indicator's commentary for its period.
    /// </summary>
    private bool AddReport(List<string> parts, Report report)
    {
        parts.Add("report");
        if (!AddFile(parts, report) || !AddReportFiles(parts, _reportsByCommittee[report.CommitteeKey]))
        {
            return false;
        }

        AddData(parts, _data.ForReport(report));
        foreach (var indicator in SitePlan.IndicatorsOf(_site, report))
        {
            if (!AddIndicator(parts, indicator)
                || (_site.CommentaryFor(indicator.Id, report.Period) is { } commentary && !AddFile(parts, commentary)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An indicator's own page: the indicator, and each report it is in with that report's committee and scores.</summary>
    private bool AddLatest(List<string> parts, Indicator indicator)
    {
        if (!AddIndicator(parts, indicator))
        {
            return false;
        }

        foreach (var report in _reportsByIndicator[indicator.Id].OrderBy(r => _sources.FileOf(r), StringComparer.Ordinal))
        {
            AddData(parts, _data.ForReport(report));
            if (!AddReportFiles(parts, _reportsByCommittee[report.CommitteeKey]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An indicator: its file, its open data (every value, with its scores) and every report it is in (links to its pages).</summary>
    private bool AddIndicator(List<string> parts, Indicator indicator)
    {
        parts.Add("indicator " + indicator.Id.ToString(CultureInfo.InvariantCulture));
        AddData(parts, _data.ForIndicator(indicator.Id));
        return AddFile(parts, indicator) && AddReportFiles(parts, _reportsByIndicator[indicator.Id]);
    }

    private bool AddReportFiles(List<string> parts, IEnumerable<Report> reports) =>
        reports.OrderBy(r => _sources.FileOf(r), StringComparer.Ordinal).All(r => AddFile(parts, r));

    /// <summary>Adds the path and hash of the file <paramref name="value"/> was read from; false when it is not known.</summary>
    private bool AddFile(List<string> parts, object value)
    {
        if (_sources.FileOf(value) is not { } file || !_inputs.TryGetValue(file, out var stamp))
        {
            return false;
        }

        parts.Add(file + " " + stamp.Hash);
        return true;
    }

    private static void AddData(List<string> parts, (DataFile Csv, DataFile Json)? files)
    {
        parts.Add(files is var (csv, json) ? csv.Path + " " + csv.Hash + " " + json.Path + " " + json.Hash : "no data");
    }
}

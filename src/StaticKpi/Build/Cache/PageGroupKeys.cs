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
/// score elsewhere changes it), with the site key (tool, options, configuration, theme). What a group's pages are made
/// from is what their kind declares (<see cref="PageKind.MadeFrom"/>): a report's group and an indicator's own page
/// have keys; the other pages of the whole site (home, key, search, the list of indicators...) show something of every
/// report and are few: they have none and are always built, as is any kind that declares nothing. In a site with
/// several languages each language's groups have keys of their own, made from the site projected into that language
/// (<see cref="LanguageProjection"/>) with the language named: its open data, and for each commentary the language's own
/// translation where there is one, else the default language's file the page shows in its place.
/// </summary>
internal sealed class PageGroupKeys
{
    private readonly Site _site;
    private readonly string _language;
    private readonly SiteSources _sources;
    private readonly OpenDataFiles _data;
    private readonly IReadOnlyDictionary<string, FileStamp> _inputs;
    private readonly string _siteKey;
    private readonly ILookup<int, Report> _reportsByIndicator;
    private readonly ILookup<string, Report> _reportsByCommittee;

    /// <summary>The loaded indicator or report each projected one was made from, whose file <see cref="SiteSources"/> knows.</summary>
    private readonly Dictionary<object, object> _loaded = new(ReferenceEqualityComparer.Instance);

    /// <summary>The default language's commentary and, in another language, its own translations, as loaded.</summary>
    private readonly Func<int, Period, Commentary?> _commentaryShown;

    // Each indicator and committee is part of many groups' keys: its part is hashed once.
    private readonly Dictionary<int, string?> _indicatorParts = [];
    private readonly Dictionary<string, string?> _committeeParts = new(StringComparer.Ordinal);

    /// <param name="site">The site the plan was made from: <paramref name="loaded"/> projected into <paramref name="language"/>.</param>
    /// <param name="data">That language's open data.</param>
    public PageGroupKeys(Site site, Site loaded, SiteLanguage language, SiteSources sources, OpenDataFiles data,
        IReadOnlyDictionary<string, FileStamp> inputs, string siteKey)
    {
        _site = site;
        _language = "language " + language.Code + " " + language.Prefix;
        // The projection keeps the order of the indicators and reports (Model.LanguageProjection).
        foreach (var (local, original) in site.Indicators.Zip(loaded.Indicators))
        {
            _loaded[local] = original;
        }

        foreach (var (local, original) in site.Reports.Zip(loaded.Reports))
        {
            _loaded[local] = original;
        }

        var translations = language == loaded.Config.DefaultLanguage
            ? []
            : loaded.CommentaryTranslations.Where(c => c.Language == language.Code).ToDictionary(c => (c.IndicatorId, c.Period));
        _commentaryShown = (id, period) => translations.GetValueOrDefault((id, period)) ?? loaded.CommentaryFor(id, period);
        _sources = sources;
        _data = data;
        _inputs = inputs;
        _siteKey = siteKey;
        _reportsByIndicator = site.Reports.SelectMany(r => r.IndicatorIds.Distinct().Select(id => (id, r))).ToLookup(x => x.id, x => x.r);
        _reportsByCommittee = site.Reports.ToLookup(r => r.CommitteeKey, StringComparer.Ordinal);
    }

    /// <summary>The group's key; null for a group that is always built, or when a file it is made from is not known.</summary>
    /// <remarks>Not thread-safe: keys are made one after the other, before the groups are built.</remarks>
    public string? Of(PageGroup group)
    {
        // Every page of the group must be made from the same thing, as each kind declares (PageKind.MadeFrom).
        var parts = group.Pages.Select(p => p.Kind.MadeFrom(p)).Distinct().ToList() switch
        {
            [{ Report: { } report }] => ReportParts(report),
            [{ Indicator: { } indicator }] => LatestParts(indicator),
            _ => null,
        };
        return parts is null || parts.Any(p => p is null) ? null : ContentHash.OfParts(["site " + _siteKey, _language, .. parts!]);
    }

    /// <summary>
    /// A report's pages: the report, its committee's reports (the previous one for movements, the neighbours for
    /// links), its open data (its scores), and each of its indicators with that indicator's commentary for its period.
    /// </summary>
    private List<string?> ReportParts(Report report)
    {
        List<string?> parts = ["report", FileOf(report), CommitteePart(report.CommitteeKey), DataOf(_data.ForReport(report))];
        foreach (var indicator in SitePlan.IndicatorsOf(_site, report))
        {
            parts.Add(IndicatorPart(indicator));
            parts.Add(_commentaryShown(indicator.Id, report.Period) is { } commentary ? FileOf(commentary) : "no commentary");
        }

        return parts;
    }

    /// <summary>An indicator's own page: the indicator, and each report it is in with that report's committee and scores.</summary>
    private List<string?> LatestParts(Indicator indicator)
    {
        List<string?> parts = ["latest", IndicatorPart(indicator)];
        foreach (var report in _reportsByIndicator[indicator.Id].OrderBy(FileOf, StringComparer.Ordinal))
        {
            parts.Add(DataOf(_data.ForReport(report)));
            parts.Add(CommitteePart(report.CommitteeKey));
        }

        return parts;
    }

    /// <summary>An indicator: its file, its open data (every value, with its scores) and every report it is in (links to its pages).</summary>
    private string? IndicatorPart(Indicator indicator)
    {
        if (!_indicatorParts.TryGetValue(indicator.Id, out var part))
        {
            List<string?> parts = ["indicator " + indicator.Id.ToString(CultureInfo.InvariantCulture), FileOf(indicator),
                DataOf(_data.ForIndicator(indicator.Id)), .. ReportFiles(_reportsByIndicator[indicator.Id])];
            part = parts.Any(p => p is null) ? null : ContentHash.OfParts(parts!);
            _indicatorParts[indicator.Id] = part;
        }

        return part;
    }

    /// <summary>Every report of a committee.</summary>
    private string? CommitteePart(string committee)
    {
        if (!_committeeParts.TryGetValue(committee, out var part))
        {
            List<string?> parts = ["committee " + committee, .. ReportFiles(_reportsByCommittee[committee])];
            part = parts.Any(p => p is null) ? null : ContentHash.OfParts(parts!);
            _committeeParts[committee] = part;
        }

        return part;
    }

    private IEnumerable<string?> ReportFiles(IEnumerable<Report> reports) => reports.Select(FileOf).Order(StringComparer.Ordinal);

    /// <summary>The path and hash of the file <paramref name="value"/> was read from; null when it is not known.</summary>
    private string? FileOf(object value) =>
        _sources.FileOf(_loaded.GetValueOrDefault(value) ?? value) is { } file && _inputs.TryGetValue(file, out var stamp)
            ? file + " " + stamp.Hash
            : null;

    private static string DataOf((DataFile Csv, DataFile Json)? files) =>
        files is var (csv, json) ? csv.Path + " " + csv.Hash + " " + json.Path + " " + json.Hash : "no data";
}

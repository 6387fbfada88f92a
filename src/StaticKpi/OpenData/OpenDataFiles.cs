using System.Security.Cryptography;
using StaticKpi.Localisation;
using StaticKpi.Model;
using StaticKpi.Shared;

namespace StaticKpi.OpenData;

/// <summary>
/// One downloadable file: where it is written (relative to the output), its bytes, what kind of file it is and,
/// for a CSV, the fields the data package's Table Schema describes.
/// </summary>
public sealed record DataFile(string Path, byte[] Bytes, string Format, string MediaType, string Name, string Title, IReadOnlyList<DataField>? Fields)
{
    /// <summary>
    /// The file's size in bytes, which pages and the data package state; kept when the bytes are let go
    /// (<see cref="OpenDataFiles.Written"/>).
    /// </summary>
    public int Length { get; init; } = Bytes.Length;

    /// <summary>
    /// The SHA-256 of the bytes as the data package states it: "sha256:" and 64 lower-case hex digits; worked out when
    /// the file is made.
    /// </summary>
    public string Hash { get; init; } = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Bytes));
}

/// <summary>
/// The open data of a site: a CSV and a JSON file per report and per published indicator, the same for the whole
/// site, and <c>data/datapackage.json</c> describing them all (Frictionless Data Package v1). Pure: the files are
/// made in memory, so pages can state their sizes before anything is written.
/// </summary>
public sealed class OpenDataFiles
{
    private readonly Dictionary<int, (DataFile Csv, DataFile Json)> _indicators = [];
    private readonly Dictionary<Report, (DataFile Csv, DataFile Json)> _reports = [];

    /// <summary>A copy with each file replaced by <paramref name="keep"/> of it, once: a file listed twice stays one object.</summary>
    private OpenDataFiles(OpenDataFiles written, Func<DataFile, DataFile> keep)
    {
        var kept = written.Files.ToDictionary<DataFile, DataFile, DataFile>(f => f, keep, ReferenceEqualityComparer.Instance);
        Data = written.Data;
        AllCsv = kept[written.AllCsv];
        AllJson = kept[written.AllJson];
        _reports = written._reports.ToDictionary(r => r.Key, r => (kept[r.Value.Csv], kept[r.Value.Json]));
        _indicators = written._indicators.ToDictionary(i => i.Key, i => (kept[i.Value.Csv], kept[i.Value.Json]));
        Resources = [.. written.Resources.Select(f => kept[f])];
        Package = kept[written.Package];
    }

    private OpenDataFiles(PublishedData data, SiteStrings strings)
    {
        Data = data;
        // The package describes the files in the language of the site it is published with (its texts from the strings,
        // a site's own overrides included); the columns' names and the values stay the same in every language.
        var allFields = DataTables.FieldsOf(DataTables.Values, strings);
        var reportFields = DataTables.FieldsOf(DataTables.Report, strings);

        // Every file is independent of the others, so they are made on every core; each goes in its own slot, so the
        // package lists them in the same order on every build.
        var reports = new (DataFile Csv, DataFile Json)[data.Reports.Count];
        var indicators = new (DataFile Csv, DataFile Json)[data.Indicators.Count];
        DataFile? allCsv = null;
        DataFile? allJson = null;
        Parallel.For(0, 2 + reports.Length + indicators.Length, i =>
        {
            if (i == 0)
            {
                allCsv = new DataFile(SitePaths.AllData + ".csv", DataCsv.Write(DataTables.Values, data.Indicators.SelectMany(DataTables.RowsOf)),
                    "csv", "text/csv", "statickpi-all-csv", strings.Text("data_package.all_csv"), allFields);
            }
            else if (i == 1)
            {
                allJson = new DataFile(SitePaths.AllData + ".json", DataJson.All(data),
                    "json", "application/json", "statickpi-all-json", strings.Text("data_package.all_json"), null);
            }
            else if (i - 2 < reports.Length)
            {
                var report = data.Reports[i - 2];
                var path = SitePaths.ReportData(report.Report);
                var name = "report-" + path[(path.LastIndexOf('/') + 1)..];
                reports[i - 2] = (
                    new DataFile(path + ".csv", DataCsv.Write(DataTables.Report, DataTables.RowsOf(report)), "csv", "text/csv", name + "-csv",
                        report.Title, reportFields),
                    new DataFile(path + ".json", DataJson.Report(report), "json", "application/json", name + "-json", report.Title, null));
            }
            else
            {
                var indicator = data.Indicators[i - 2 - reports.Length];
                var path = SitePaths.IndicatorData(indicator.Indicator);
                var name = "indicator-" + path[(path.LastIndexOf('/') + 1)..];
                // The same words as the indicator's row on the open data page.
                var title = strings.Format("data.indicator_row",
                    ("id", DataTables.Int(indicator.Indicator.Id)), ("title", indicator.Indicator.Title));
                indicators[i - 2 - reports.Length] = (
                    new DataFile(path + ".csv", DataCsv.Write(DataTables.Values, DataTables.RowsOf(indicator)), "csv", "text/csv", name + "-csv",
                        title, allFields),
                    new DataFile(path + ".json", DataJson.Indicator(indicator), "json", "application/json", name + "-json", title, null));
            }
        });

        AllCsv = allCsv!;
        AllJson = allJson!;
        var files = new List<DataFile> { AllCsv, AllJson };
        for (var r = 0; r < reports.Length; r++)
        {
            _reports[data.Reports[r].Report] = reports[r];
            files.Add(reports[r].Csv);
            files.Add(reports[r].Json);
        }

        for (var n = 0; n < indicators.Length; n++)
        {
            _indicators[data.Indicators[n].Indicator.Id] = indicators[n];
            files.Add(indicators[n].Csv);
            files.Add(indicators[n].Json);
        }

        Resources = files;
        Package = new DataFile(SitePaths.DataPackage, DataPackage.Write(data, strings, PackageName(data.Config), files),
            "json", "application/json", "datapackage", strings.Text("data.package"), null);
    }

    public PublishedData Data { get; }

    public DataFile AllCsv { get; }

    public DataFile AllJson { get; }

    /// <summary>Every file the data package describes, in package order: the whole site, then reports, then indicators.</summary>
    public IReadOnlyList<DataFile> Resources { get; }

    public DataFile Package { get; }

    /// <summary>Every file to write: the resources and the package.</summary>
    public IEnumerable<DataFile> Files => [.. Resources, Package];

    /// <param name="strings">
    /// The words of the titles and of the data package's texts; the default theme's for the site's language when not
    /// given (column names and values stay stable English keys).
    /// </param>
    public static OpenDataFiles Build(Site site, IReadOnlyList<Scoring.ScoredReport> reports, SiteStrings? strings = null)
    {
        strings ??= SiteStrings.Default(site.Config.Language);
        return new(PublishedData.From(site, reports, strings), strings);
    }

    /// <summary>
    /// The same files with their sizes and hashes but without their bytes, for once they are written: a national-size
    /// site's open data is a few hundred megabytes that would otherwise stay in memory while every page renders.
    /// </summary>
    public OpenDataFiles Written() => new(this, file => file with { Bytes = [] });

    public (DataFile Csv, DataFile Json)? ForIndicator(int id) => _indicators.TryGetValue(id, out var files) ? files : null;

    public (DataFile Csv, DataFile Json)? ForReport(Report report) => _reports.TryGetValue(report, out var files) ? files : null;

    /// <summary>The package's name: lower case, digits and hyphens, made from the organisation and the site title.</summary>
    public static string PackageName(SiteConfig config) =>
        Slugs.From($"{config.Organisation} {config.Title}", 100) is { Length: > 0 } slug ? slug : "statickpi";
}

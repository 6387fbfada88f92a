using System.Globalization;
using System.Text.Json;
using CsvHelper;
using StaticKpi.Content;
using StaticKpi.Diagnostics;
using StaticKpi.Model;
using StaticKpi.Scoring;

namespace StaticKpi.TestSupport;

/// <summary>
/// The example site built once for the publishing tests, with the content model it was built from loaded
/// separately (the oracle the downloads are compared with).
/// </summary>
public sealed class PublishedSiteFixture : IDisposable
{
    public PublishedSiteFixture()
    {
        var diagnostics = new DiagnosticBag();
        Model = ContentLoader.Load(RepoPaths.Root, diagnostics) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.ToSortedList()));
        Reports = ReportScorer.ScoreAll(Model);
    }

    public BuiltSite Site { get; } = new(RepoPaths.Root);

    public Site Model { get; }

    public IReadOnlyList<ScoredReport> Reports { get; }

    public Indicator Indicator(int id) => Model.IndicatorById(id)!;

    public byte[] Bytes(string relativePath) => File.ReadAllBytes(Path.Combine(Site.Output, relativePath));

    public JsonDocument Json(string relativePath) => JsonDocument.Parse(Bytes(relativePath));

    /// <summary>A CSV file of the output parsed with CsvHelper: its header and its rows as column-to-value maps.</summary>
    public (IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyDictionary<string, string>> Rows) Csv(string relativePath) =>
        ParseCsv(File.ReadAllText(Path.Combine(Site.Output, relativePath)));

    public static (IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyDictionary<string, string>> Rows) ParseCsv(string text)
    {
        var options = CsvReaderOptions.Default with { Separator = ',', FormatProvider = CultureInfo.InvariantCulture };
        using var reader = CsvReader.Create(new StringReader(text), options);
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (reader.Read())
        {
            var header = reader.Headers!;
            rows.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(i => header[i], reader.GetString));
        }

        return ([.. reader.Headers ?? []], rows);
    }

    public void Dispose() => Site.Dispose();
}

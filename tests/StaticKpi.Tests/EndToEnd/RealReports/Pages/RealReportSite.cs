using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CsvHelper;

namespace StaticKpi.Tests.EndToEnd.RealReports.Pages;

/// <summary>
/// The minimal fixture with issue 13's features added as an editor writes them, built once for the tests of pages and
/// open data: 101 has targets by period (none before 2024/25 Q2), 102's 2024/25 Q3 figure is provisional with its
/// rating withheld, 103 (contextual) has a baseline for 2022/23, and 104 is a year-to-date count with a cumulative
/// baseline over a span, a cumulative benchmark and a provisional first quarter, in a 2024/25 Q1 report of its own.
/// </summary>
public sealed class RealReportSite : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly TempSite _site = TempSite.FromMinimal();

    public RealReportSite()
    {
        AddFeatures(_site);
        var result = _site.Build();
        Assert.Equal([], result.Diagnostics.Select(d => d.ToString()));
    }

    /// <summary>Adds the features to a copy of the minimal fixture.</summary>
    public static void AddFeatures(TempSite site)
    {
        site.Replace("content/indicators/101-invoices-paid.yaml", "target: 90\n", """
            targets:
              - from: 2024/25 Q2
                target: 90
              - from: 2024/25 Q3
                target: 92

            """);
        site.Replace("content/indicators/102-sickness-days.yaml", "    value: 9.4", """
                value: 9.4
                provisional: true
                withhold_rating: true
                note: Not yet validated by HR.
            """);
        site.Replace("content/indicators/103-complaints.yaml", "status: contextual\n", """
            status: contextual
            baseline:
              value: 872
              period: 2022/23
              note: The average of the year's four quarters.

            """);
        site.Write("content/indicators/104-training.yaml", """
            id: 104
            title: Staff trained in first aid
            slug: first-aid
            committee: finance
            unit: number
            precision: 0
            direction: up
            frequency: year_to_date
            target: 3000
            baseline: {value: 1200, from: 2019/20, to: 2021/22}
            benchmarks:
              - kind: comparator
                label: Neighbouring council
                value: 900
                period: 2023/24 Q3
                cumulative: true
            series:
              - period: 2023/24 Q1
                value: 655
              - period: 2023/24 Q3
                value: 2100
              - period: 2024/25 Q1
                value: 700
                provisional: true
              - period: 2024/25 Q2
                value: 1607
            """);
        site.Write("content/reports/finance/2024-25-q1.yaml", """
            committee: finance
            period: 2024/25 Q1
            produced_on: 2024-08-20
            indicators: [104]
            """);
        foreach (var report in new[] { "content/reports/finance/2024-25-q2.yaml", "content/reports/finance/2024-25-q3.yaml" })
        {
            site.Replace(report, "indicators: [101, 102, 103]", "indicators: [101, 102, 103, 104]");
        }

        site.Replace("content/reports/finance/2024-25-q3.yaml", "highlights: [101]", "highlights: [101, 102, 103]");
    }

    public IDocument Page(string path) => Parser.ParseDocument(File.ReadAllText(OutputPath(path)));

    public string OutputPath(string path) => Path.Combine(_site.Output, path.Replace('/', Path.DirectorySeparatorChar));

    public JsonDocument Json(string path) => JsonDocument.Parse(File.ReadAllBytes(OutputPath(path)));

    /// <summary>A CSV download as rows of named cells, read with CsvHelper.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Csv(string path)
    {
        var options = CsvReaderOptions.Default with { Separator = ',', FormatProvider = CultureInfo.InvariantCulture };
        using var reader = CsvReader.Create(new StringReader(File.ReadAllText(OutputPath(path))), options);
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(reader.Headers.Select((name, i) => (name, value: reader.GetString(i))).ToDictionary(c => c.name, c => c.value));
        }

        return rows;
    }

    /// <summary>The text of each cell of a table row, with runs of white space made one space.</summary>
    public static string[] Cells(IElement row) => [.. row.Children.Select(Text)];

    public static string Text(IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public void Dispose() => _site.Dispose();
}

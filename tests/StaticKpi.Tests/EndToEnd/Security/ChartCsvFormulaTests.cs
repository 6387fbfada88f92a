using System.Globalization;
using CsvHelper;
using StaticKpi.Formatting;

namespace StaticKpi.Tests.EndToEnd.Security;

/// <summary>
/// Every CSV the site writes goes through one writer (<see cref="SpreadsheetCsv"/>), so no cell that came from content
/// runs as a formula when a reader opens the download in a spreadsheet, while numbers stay numbers.
/// </summary>
public sealed class ChartCsvFormulaTests
{
    private const string Invoices = "content/indicators/101-invoices-paid.yaml";

    /// <summary>An extra chart whose every text is a formula attack, with negative numbers among its values.</summary>
    private const string HostileChart = """
        charts:
          - period: 2024/25 Q3
            type: bar
            title: Invoices by supplier
            x_title: "=x_title"
            y_title: Invoices
            categories: ["=1+7", "@x", "-2+3+cmd|' /C calc'!A0", "=HYPERLINK(\"https://evil.example/\",\"Click\")", "Plain"]
            series:
              - name: "+1+8"
                values: [-3.5, 1234.5, 0, -1000, null]
              - name: Plain series
                values: [1, 2, 3, 4, 5]
            benchmarks:
              - name: "@SUM(A1:A9)"
                value: -2.25

        """;

    // Finding 6 of issue 12: chart CSV downloads had no formula guard.
    [Fact]
    public void Chart_csv_download_of_a_built_site_guards_formulas_in_text_cells_and_keeps_negative_numbers()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Invoices, "series:\n", HostileChart + "series:\n");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var (header, rows) = ParseCsv(DownloadNamed(site, "chart-101-2024-25-q3-extra-1.csv"));
        Assert.Equal(["'=x_title", "'+1+8", "Plain series"], header);
        Assert.Equal(
            [
                ["'=1+7", "-3.5", "1"],
                ["'@x", "1,234.5", "2"],
                ["'-2+3+cmd|' /C calc'!A0", "0.0", "3"],
                ["'=HYPERLINK(\"https://evil.example/\",\"Click\")", "-1,000.0", "4"],
                ["Plain", "No data", "5"],
                ["'@SUM(A1:A9)", "-2.25", ""],
            ],
            rows);
    }

    // Finding 6 of issue 12: the trend chart's download shares the writer; a negative value stays a number.
    [Fact]
    public void Trend_chart_csv_keeps_a_negative_percentage_a_number()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Invoices, "value: 82.0", "value: -3.5");

        Assert.True(site.Build().Succeeded);

        var (header, rows) = ParseCsv(DownloadNamed(site, "chart-101-2024-25-q3-trend.csv"));
        Assert.Equal(["Period", "Value", "Target", "Rating"], header);
        Assert.Equal(
            [["2024/25 Q1", "-3.5%", "90.0%", "Red"], ["2024/25 Q2", "86.0%", "90.0%", "Amber"], ["2024/25 Q3", "91.5%", "90.0%", "Green"]],
            rows);
    }

    // Finding 6 of issue 12: the one writer's rule, cell by cell, as bytes.
    [Fact]
    public void Text_cells_starting_like_a_formula_get_an_apostrophe_and_plain_numbers_do_not()
    {
        // (The content loader trims tabs and line breaks from the ends of a category, so they are tested here.)
        using var texts = new SpreadsheetCsv();
        foreach (var text in new[] { "=1+7", "+1+8", "-5", "@x", "\tt", "\rr", "Q&A", "", null })
        {
            texts.WriteText(text);
        }

        texts.EndRow();
        Assert.Equal("'=1+7,'+1+8,'-5,'@x,'\tt,\"'\rr\",Q&A,,\n", texts.ToString());

        using var csv = new SpreadsheetCsv();
        foreach (var value in new[] { "-5", "-3.5%", "-£1,250.00", "-1,000.0", "12", "-", "-1,2", "-5 to 5", "=1+2,000", "+1", "-2+3", "No data",
            "-5\n", null })
        {
            csv.WriteValue(value);
        }

        csv.EndRow();

        Assert.Equal(
            "-5,-3.5%,\"-£1,250.00\",\"-1,000.0\",12,'-,\"'-1,2\",'-5 to 5,\"'=1+2,000\",'+1,'-2+3,No data,\"'-5\n\",\n",
            csv.ToString());
    }

    /// <summary>The chart download of that name, written beside its indicator page.</summary>
    private static string DownloadNamed(TempSite site, string fileName)
    {
        var path = Assert.Single(Directory.GetFiles(site.Output, fileName, SearchOption.AllDirectories));
        var bytes = File.ReadAllBytes(path);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        return System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
    }

    private static (string[] Header, List<string[]> Rows) ParseCsv(string csv)
    {
        var options = CsvReaderOptions.Default with { Separator = ',', FormatProvider = CultureInfo.InvariantCulture };
        using var reader = CsvReader.Create(new StringReader(csv), options);
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return ([.. reader.Headers], rows);
    }
}

using System.Globalization;
using CsvHelper;
using StaticKpi.Charts;

namespace StaticKpi.Tests.Charts;

public class ChartCsvTests
{
    private static readonly ChartTable Table = new(
        "Awkward values",
        ["Period", "Value", "Note"],
        [
            ["2024/25 Q3 (Year to date)", "£1,250.00", "Provisional, \"unaudited\""],
            ["2024/25 Q4", "No data", "Two\nlines"],
            ["2025/26 Q1", "-3.5%", ""],
        ]);

    [Fact]
    public void Quotes_only_the_fields_that_need_it_and_ends_lines_with_line_feeds()
    {
        Assert.Equal(
            "Period,Value,Note\n" +
            "2024/25 Q3 (Year to date),\"£1,250.00\",\"Provisional, \"\"unaudited\"\"\"\n" +
            "2024/25 Q4,No data,\"Two\nlines\"\n" +
            "2025/26 Q1,-3.5%,\n",
            ChartCsv.Write(Table));
    }

    [Fact]
    public void Parses_back_to_the_table()
    {
        var csv = ChartCsv.Write(Table);
        var options = CsvReaderOptions.Default with { Separator = ',', FormatProvider = CultureInfo.InvariantCulture };
        using var reader = CsvReader.Create(new StringReader(csv), options);

        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        Assert.Equal(Table.Columns, reader.Headers);
        Assert.Equal(Table.Rows.Select(r => r.ToArray()), rows);
    }

    [Fact]
    public void Trend_csv_parses_back_to_its_table()
    {
        var chart = ChartFixtures.Builder().Trend(ChartFixtures.Rising(), ChartFixtures.Q3);
        using var reader = CsvReader.Create(new StringReader(chart.Csv), CsvReaderOptions.Default with { Separator = ',' });

        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        Assert.Equal(chart.Table.Columns, reader.Headers);
        Assert.Equal(chart.Table.Rows.Select(r => r.ToArray()), rows);
    }
}

using System.Globalization;
using CsvHelper;

namespace StaticKpi.Charts;

/// <summary>Writes a chart's table as RFC 4180 CSV with <c>\n</c> line endings, the same bytes on every machine.</summary>
public static class ChartCsv
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        NewLine = "\n",
        FormatProvider = CultureInfo.InvariantCulture,
    };

    public static string Write(ChartTable table)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, Options, leaveOpen: true))
        {
            WriteRecord(csv, table.Columns);
            foreach (var row in table.Rows)
            {
                WriteRecord(csv, row);
            }
        }

        return text.ToString();
    }

    private static void WriteRecord(CsvWriter csv, IReadOnlyList<string> fields)
    {
        foreach (var field in fields)
        {
            csv.WriteField(field);
        }

        csv.EndRecord();
    }
}

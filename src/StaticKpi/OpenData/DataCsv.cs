using System.Text;
using StaticKpi.Formatting;

namespace StaticKpi.OpenData;

/// <summary>
/// Writes a table as RFC 4180 CSV: UTF-8 without a byte order mark, a header row of the column names, <c>\n</c>
/// line endings and empty fields for missing values, the same bytes on every machine. The site's one CSV writer
/// (<see cref="SpreadsheetCsv"/>) guards text columns against spreadsheet formulas; numbers and dates are written as
/// they are.
/// </summary>
public static class DataCsv
{
    public static byte[] Write<TRow>(IReadOnlyList<DataColumn<TRow>> columns, IEnumerable<TRow> rows)
    {
        using var csv = new SpreadsheetCsv();
        foreach (var column in columns)
        {
            csv.WriteText(column.Name);
        }

        csv.EndRow();
        foreach (var row in rows)
        {
            foreach (var column in columns)
            {
                var value = column.Value(row) ?? "";
                if (column.Type == "string")
                {
                    csv.WriteText(value);
                }
                else
                {
                    csv.WriteValue(value);
                }
            }

            csv.EndRow();
        }

        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(csv.ToString());
    }
}

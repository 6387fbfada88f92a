using System.Globalization;
using System.Text;
using CsvHelper;

namespace StaticKpi.OpenData;

/// <summary>
/// Writes a table as RFC 4180 CSV: UTF-8 without a byte order mark, a header row of the column names, <c>\n</c>
/// line endings and empty fields for missing values, the same bytes on every machine.
/// </summary>
public static class DataCsv
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        NewLine = "\n",
        FormatProvider = CultureInfo.InvariantCulture,
    };

    /// <summary>Characters that make a spreadsheet treat a cell as a formula (CSV injection).</summary>
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static byte[] Write<TRow>(IReadOnlyList<DataColumn<TRow>> columns, IEnumerable<TRow> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, Options, leaveOpen: true))
        {
            foreach (var column in columns)
            {
                csv.WriteField(column.Name);
            }

            csv.EndRecord();
            foreach (var row in rows)
            {
                foreach (var column in columns)
                {
                    var value = column.Value(row) ?? "";
                    csv.WriteField(column.Type == "string" ? Defused(value) : value);
                }

                csv.EndRecord();
            }
        }

        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text.ToString());
    }

    /// <summary>
    /// Text that a spreadsheet would run as a formula (<c>=HYPERLINK(…)</c>) gets a leading apostrophe, as OWASP
    /// advises, so opening the download never runs an editor's text. Numbers are never changed.
    /// </summary>
    public static string Defused(string text) => text.Length > 0 && FormulaStarts.Contains(text[0]) ? "'" + text : text;
}

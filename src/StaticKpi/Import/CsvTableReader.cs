using CsvHelper;

namespace StaticKpi.Import;

/// <summary>
/// Reads a delimited text file with CsvHelper: RFC 4180 quoting, UTF-8 with or without a byte order mark, and the
/// separator (comma, semicolon, tab or bar) detected from the first lines, as spreadsheet programs save it.
/// </summary>
public static class CsvTableReader
{
    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        HasHeader = false,
        TrackLineNumbers = true,
        TrimWhitespace = true,
        TrimInsideQuotes = true,
        MalformedData = CsvMalformedDataHandling.Throw,
    };

    public static IReadOnlyList<RawRow> Read(string path, string displayName, List<ImportProblem> problems)
    {
        var rows = new List<RawRow>();
        using var reader = CsvReader.FromFile(path, Options);
        try
        {
            while (reader.Read())
            {
                var cells = new RawCell[reader.FieldCount];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = new RawCell(reader.GetString(i));
                }

                rows.Add(new RawRow((int)reader.LineNumber, cells));
            }
        }
        catch (CsvFormatException ex)
        {
            problems.Add(new ImportProblem(displayName, ex.LineNumber > 0 ? (int)ex.LineNumber : rows.Count + 1,
                "The row could not be read as CSV: a field with a quote or a line break in it must be wrapped in double quotes, with its own quotes doubled."));
        }

        return rows;
    }
}

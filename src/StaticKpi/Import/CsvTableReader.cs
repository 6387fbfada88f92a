using System.Text;
using CsvHelper;

namespace StaticKpi.Import;

/// <summary>
/// Reads a delimited text file with CsvHelper: RFC 4180 quoting, UTF-8 with or without a byte order mark, and the
/// separator (comma, semicolon, tab or bar) detected from the first lines, as spreadsheet programs save it. The
/// file must be within <see cref="ImportLimits"/>; text that is not UTF-8 is refused with its line rather than read
/// with replacement characters.
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

        // A record of several long lines (an unclosed quote joins the rest of the file into one field) stops here.
        MaxRecordSize = ImportLimits.MaximumRowCharacters,
    };

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Reads the file and passes each row to <paramref name="row"/> in order.</summary>
    /// <exception cref="UnreadableTableException">The file cannot be read, is not UTF-8, or is over a limit.</exception>
    internal static void Read(string path, Action<RawRow> row)
    {
        // At most ImportLimits.MaximumFileBytes, so the whole file can be checked before it is parsed.
        var bytes = ReadAll(path);
        CheckUtf8(bytes);
        CheckLineLengths(bytes);

        using var reader = CsvReader.Create(new MemoryStream(bytes, writable: false), Options);
        var limits = new RowLimits();
        try
        {
            while (reader.Read())
            {
                var number = (int)reader.LineNumber;
                limits.StartRow(number);
                if (reader.FieldCount > ImportLimits.MaximumColumns)
                {
                    RowLimits.CheckColumn(number, reader.FieldCount - 1);
                }

                var cells = new RawRow(number);
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var text = reader.GetString(i);
                    limits.CheckCell(number, text.Length);
                    cells.Set(i, new RawCell(text));
                }

                row(cells);
            }
        }
        catch (CsvFormatException ex)
        {
            throw new UnreadableTableException(ex.LineNumber > 0 ? (int)ex.LineNumber : 1,
                "The row could not be read as CSV: a field with a quote or a line break in it must be wrapped in double quotes, with its own " +
                "quotes doubled.");
        }
    }

    private static byte[] ReadAll(string path)
    {
        using var file = TableFile.Open(path);
        var bytes = new byte[file.Length];
        try
        {
            file.ReadExactly(bytes);
        }
        catch (Exception ex) when (ex is IOException or EndOfStreamException)
        {
            throw TableFile.ReadFailed();
        }

        return bytes;
    }

    /// <summary>Refuses a line longer than any row of figures, before CsvHelper splits it into fields.</summary>
    private static void CheckLineLengths(byte[] bytes)
    {
        var rest = bytes.AsSpan();
        var line = 1;
        while (rest.Length > 0)
        {
            var end = rest.IndexOf((byte)'\n');
            var length = end < 0 ? rest.Length : end;
            if (length > ImportLimits.MaximumRowCharacters)
            {
                throw new UnreadableTableException(line,
                    $"The line is longer than {ImportLimits.Format(ImportLimits.MaximumRowCharacters)} characters, far more than a row of figures. " +
                    "Check it is the right file, and that the row's notes are not pasted whole documents.");
            }

            rest = end < 0 ? [] : rest[(end + 1)..];
            line++;
        }
    }

    /// <summary>Refuses bytes that are not UTF-8, naming the line of the first bad one.</summary>
    private static void CheckUtf8(byte[] bytes)
    {
        var text = bytes.AsSpan();
        if (text.StartsWith(Utf8Bom))
        {
            text = text[Utf8Bom.Length..];
        }
        else if (text.Length >= 2 && (text[0], text[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
        {
            // A UTF-16 (or UTF-32) byte order mark: CsvHelper decodes the file from it.
            return;
        }

        if (System.Text.Unicode.Utf8.IsValid(text))
        {
            return;
        }

        var index = 0;
        while (Rune.DecodeFromUtf8(text[index..], out _, out var consumed) == System.Buffers.OperationStatus.Done)
        {
            index += consumed;
        }

        var line = text[..index].Count((byte)'\n') + 1;
        throw new UnreadableTableException(line,
            "The line is not UTF-8 text (the file was probably saved as 'CSV' in another encoding). " +
            "Save it from your spreadsheet program as 'CSV UTF-8', then import again.");
    }
}

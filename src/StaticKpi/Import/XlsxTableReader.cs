using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace StaticKpi.Import;

/// <summary>
/// Reads the first worksheet of an Excel workbook (.xlsx) with the Open XML SDK. Row numbers are the ones Excel
/// shows. Numbers are read back in their shortest exact form (Excel stores 97.66 as 97.659999999999997), and a
/// cell formatted as a date keeps its date, so a period typed as 2024-10 (which Excel turns into a date) still
/// reads as October 2024.
/// </summary>
public static class XlsxTableReader
{
    public static IReadOnlyList<RawRow> Read(string path, string displayName, List<ImportProblem> problems)
    {
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(path, isEditable: false);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException)
        {
            problems.Add(new ImportProblem(displayName, 1, "The file could not be read as an Excel workbook (.xlsx). Save it from your spreadsheet program as 'Excel Workbook' or as CSV."));
            return [];
        }

        using (document)
        {
            var workbook = document.WorkbookPart;
            var sheet = workbook?.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault();
            if (workbook is null || sheet?.Id?.Value is not { } sheetId || workbook.GetPartById(sheetId) is not WorksheetPart worksheet)
            {
                problems.Add(new ImportProblem(displayName, 1, "The workbook has no worksheet."));
                return [];
            }

            var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().ToArray() ?? [];
            var dateStyles = DateStyles(workbook.WorkbookStylesPart?.Stylesheet);
            var rows = new List<RawRow>();
            var nextRow = 1;
            foreach (var row in worksheet.Worksheet.Descendants<Row>())
            {
                var number = row.RowIndex?.Value is { } index ? (int)index : nextRow;
                nextRow = number + 1;
                var cells = new List<RawCell>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = ColumnOf(cell.CellReference?.Value) ?? cells.Count;
                    while (cells.Count < column)
                    {
                        cells.Add(RawCell.Empty);
                    }

                    cells.Add(Read(cell, strings, dateStyles));
                }

                rows.Add(new RawRow(number, cells));
            }

            return rows;
        }
    }

    private static RawCell Read(Cell cell, SharedStringItem[] strings, HashSet<uint> dateStyles)
    {
        var raw = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < strings.Length
                ? new RawCell(TextOf(strings[index]))
                : RawCell.Empty;
        }

        if (type == CellValues.InlineString)
        {
            return new RawCell(cell.InlineString is { } inline ? TextOf(inline) : raw);
        }

        if (type == CellValues.Boolean)
        {
            return new RawCell(raw == "1" ? "TRUE" : "FALSE");
        }

        if ((type is null || type == CellValues.Number) &&
            double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            if (cell.StyleIndex?.Value is { } style && dateStyles.Contains(style) && number is >= 1 and < 2958466)
            {
                var date = DateOnly.FromDateTime(DateTime.FromOADate(number));
                return new RawCell(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), date);
            }

            // The shortest text that reads back as the same double: 97.659999999999997 becomes 97.66.
            return new RawCell(number.ToString("R", CultureInfo.InvariantCulture));
        }

        return new RawCell(raw);
    }

    private static string TextOf(OpenXmlElement item) =>
        string.Concat(item.Descendants<Text>().Where(t => t.Parent is not PhoneticRun).Select(t => t.Text));

    /// <summary>"C12" is column index 2.</summary>
    private static int? ColumnOf(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var column = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            column = (column * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return column == 0 ? null : column - 1;
    }

    /// <summary>The cell style indexes whose number format shows a date.</summary>
    private static HashSet<uint> DateStyles(Stylesheet? stylesheet)
    {
        var result = new HashSet<uint>();
        var formats = stylesheet?.CellFormats?.Elements<CellFormat>().ToArray() ?? [];
        var custom = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode?.Value ?? "") ?? [];
        for (var i = 0; i < formats.Length; i++)
        {
            var id = formats[i].NumberFormatId?.Value ?? 0;
            if (IsBuiltInDate(id) || (custom.TryGetValue(id, out var code) && IsDateCode(code)))
            {
                result.Add((uint)i);
            }
        }

        return result;
    }

    // The built-in number formats that show dates (ECMA-376 part 1, 18.8.30), leaving out the time-only ones.
    private static bool IsBuiltInDate(uint id) => id is (>= 14 and <= 17) or 22 or (>= 27 and <= 31) or (>= 34 and <= 36) or (>= 50 and <= 58);

    /// <summary>A custom format shows a date when, outside quoted text and [colour] sections, it has a year or day.</summary>
    private static bool IsDateCode(string code)
    {
        var inQuotes = false;
        var inBrackets = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && c == '[')
            {
                inBrackets = true;
            }
            else if (inBrackets && c == ']')
            {
                inBrackets = false;
            }
            else if (!inQuotes && !inBrackets && c == '\\')
            {
                i++;
            }
            else if (!inQuotes && !inBrackets && char.ToLowerInvariant(c) is 'y' or 'd')
            {
                return true;
            }
        }

        return false;
    }
}

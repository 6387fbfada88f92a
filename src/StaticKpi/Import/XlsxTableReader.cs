using System.Globalization;
using System.Xml;
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
/// <remarks>
/// A workbook is a zip of XML files, so a small file can unzip to gigabytes. The zip's directory is checked first
/// (<see cref="XlsxPackageCheck"/>), every part is read with the SDK's streaming <see cref="OpenXmlReader"/> (never
/// loaded whole) through a counter of the bytes actually unzipped (<see cref="UnzippedBudget"/>), and each row is
/// checked against <see cref="ImportLimits"/> as it is read. XML with a document type declaration (DTD) is refused
/// by the XML reader, so entities are never expanded.
/// </remarks>
public static class XlsxTableReader
{
    private const string NoWorksheetMessage = "The workbook has no worksheet.";

    private const string DamagedXmlMessage =
        "The workbook could not be read: its XML is damaged, or it declares a document type (DTD), which spreadsheet programs never " +
        "write and which StaticKpi does not read. Save the figures again from your spreadsheet program, or as CSV.";

    /// <summary>Reads the first worksheet and passes each row to <paramref name="row"/> in order.</summary>
    /// <exception cref="UnreadableTableException">The file is not a readable workbook, or is over a limit.</exception>
    internal static void Read(string path, Action<RawRow> row)
    {
        using var file = TableFile.Open(path);
        XlsxPackageCheck.Check(file);
        var budget = new UnzippedBudget();
        try
        {
            var settings = new OpenSettings { MaxCharactersInPart = ImportLimits.MaximumUncompressedBytes };
            using var document = SpreadsheetDocument.Open(file, isEditable: false, settings);
            var workbook = document.WorkbookPart ?? throw new UnreadableTableException(1, NoWorksheetMessage);
            var worksheet = FirstWorksheet(workbook, budget) ?? throw new UnreadableTableException(1, NoWorksheetMessage);
            var strings = SharedStrings(workbook.SharedStringTablePart, budget);
            var dateStyles = DateStyles(workbook.WorkbookStylesPart, budget);
            ReadRows(worksheet, strings, dateStyles, budget, row);
        }
        catch (XmlException)
        {
            throw new UnreadableTableException(1, DamagedXmlMessage);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FormatException or NotSupportedException
                                       or InvalidOperationException or ArgumentException)
        {
            // Not a zip; a part missing, misnamed or of the wrong type (System.IO.Packaging says InvalidOperationException
            // for a relationship to a part that is not there, ArgumentException for a part name that is not one); an
            // attribute the SDK cannot read (FormatException: a cell type or style that is not one); or a compression
            // method .NET does not read. Found by ImportFileFailureTests' damaged-workbook properties.
            throw new UnreadableTableException(1, XlsxPackageCheck.NotAWorkbookMessage);
        }
        catch (IOException)
        {
            throw TableFile.ReadFailed();
        }
    }

    /// <summary>A streaming reader over one part, counting its bytes as they are unzipped.</summary>
    private static OpenXmlPartReader Open(OpenXmlPart part, UnzippedBudget budget) =>
        new(budget.Wrap(part.GetStream(FileMode.Open, FileAccess.Read)), part.Features,
            new OpenXmlPartReaderOptions
            {
                IgnoreWhitespace = true,
                CloseStream = true,
                MaxCharactersInPart = ImportLimits.MaximumUncompressedBytes,
            });

    /// <summary>
    /// Calls <paramref name="visit"/> for each start or end of an element of the part, in order. When it returns an
    /// element loaded with <see cref="OpenXmlReader.LoadCurrentElement"/>, the reader has already moved past it.
    /// </summary>
    private static void Walk(OpenXmlPart part, UnzippedBudget budget, Func<OpenXmlReader, bool> visit)
    {
        using var reader = Open(part, budget);
        var more = reader.Read();
        while (more)
        {
            more = visit(reader) ? !reader.EOF : reader.Read();
        }
    }

    private static WorksheetPart? FirstWorksheet(WorkbookPart workbook, UnzippedBudget budget)
    {
        string? id = null;
        Walk(workbook, budget, reader =>
        {
            if (id is null && reader.ElementType == typeof(Sheet) && reader.IsStartElement)
            {
                id = ((Sheet)reader.LoadCurrentElement()!).Id?.Value ?? "";
                return true;
            }

            return false;
        });
        return id is not null && workbook.TryGetPartById(id, out var part) ? part as WorksheetPart : null;
    }

    private static List<string> SharedStrings(SharedStringTablePart? part, UnzippedBudget budget)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }

        Walk(part, budget, reader =>
        {
            if (reader.ElementType != typeof(SharedStringItem) || !reader.IsStartElement)
            {
                return false;
            }

            if (strings.Count == ImportLimits.MaximumSharedStrings)
            {
                throw new UnreadableTableException(1,
                    $"The workbook holds more than {ImportLimits.Format(ImportLimits.MaximumSharedStrings)} different texts, " +
                    "far more than a table of figures. Save only the figures, on the first sheet, as a new workbook or as CSV.");
            }

            var text = TextOf(reader.LoadCurrentElement()!);
            if (text.Length > ImportLimits.MaximumCellCharacters)
            {
                throw new UnreadableTableException(1,
                    $"The workbook holds a text of {ImportLimits.Format(text.Length)} characters, more than the " +
                    $"{ImportLimits.Format(ImportLimits.MaximumCellCharacters)} a spreadsheet cell can. " +
                    "Save the figures again from your spreadsheet program, or as CSV.");
            }

            strings.Add(text.Length == 0 ? "" : text);
            return true;
        });
        return strings;
    }

    private static void ReadRows(WorksheetPart worksheet, List<string> strings, HashSet<uint> dateStyles, UnzippedBudget budget, Action<RawRow> row)
    {
        var limits = new RowLimits();
        RawRow? cells = null;
        var number = 0;
        var nextRow = 1;
        var nextColumn = 0;

        void EndRow()
        {
            if (cells is not null)
            {
                row(cells);
                cells = null;
            }
        }

        Walk(worksheet, budget, reader =>
        {
            if (reader.ElementType == typeof(Row))
            {
                EndRow();
                if (reader.IsStartElement)
                {
                    number = RowIndexOf(reader) ?? nextRow;
                    nextRow = number + 1;
                    limits.StartRow(number);
                    cells = new RawRow(number);
                    nextColumn = 0;
                }

                return false;
            }

            if (reader.ElementType != typeof(Cell) || !reader.IsStartElement || cells is null)
            {
                return false;
            }

            var cell = (Cell)reader.LoadCurrentElement()!;
            // A cell without a reference (some programs leave them out) follows the one before it.
            var column = ColumnOf(cell.CellReference?.Value) ?? nextColumn;
            RowLimits.CheckColumn(number, column);
            nextColumn = column + 1;
            cells.Set(column, Read(cell, strings, dateStyles, number, limits));
            return true;
        });
        EndRow();
    }

    /// <summary>The row's <c>r</c> attribute, when it is a number.</summary>
    private static int? RowIndexOf(OpenXmlReader reader)
    {
        foreach (var attribute in reader.Attributes)
        {
            if (attribute.LocalName == "r" && attribute.NamespaceUri.Length == 0)
            {
                return int.TryParse(attribute.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index > 0 ? index : null;
            }
        }

        return null;
    }

    private static RawCell Read(Cell cell, List<string> strings, HashSet<uint> dateStyles, int row, RowLimits limits)
    {
        var raw = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        RawCell value;
        if (type == CellValues.SharedString)
        {
            value = int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < strings.Count
                ? new RawCell(strings[index])
                : RawCell.Empty;
        }
        else if (type == CellValues.InlineString)
        {
            value = new RawCell(cell.InlineString is { } inline ? TextOf(inline) : raw);
        }
        else if (type == CellValues.Boolean)
        {
            value = new RawCell(raw == "1" ? "TRUE" : "FALSE");
        }
        else if ((type is null || type == CellValues.Number) && raw.Length <= ImportLimits.MaximumCellCharacters &&
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
        else
        {
            value = new RawCell(raw);
        }

        limits.CheckCell(row, value.Text.Length);
        return value;
    }

    private static string TextOf(OpenXmlElement item) =>
        string.Concat(item.Descendants<Text>().Where(t => t.Parent is not PhoneticRun).Select(t => t.Text));

    /// <summary>"C12" is column index 2. A column past the last one a spreadsheet can have is returned as that limit.</summary>
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
            if (column > ImportLimits.MaximumColumns)
            {
                return ImportLimits.MaximumColumns;
            }
        }

        return column == 0 ? null : column - 1;
    }

    /// <summary>The cell style indexes whose number format shows a date.</summary>
    private static HashSet<uint> DateStyles(WorkbookStylesPart? part, UnzippedBudget budget)
    {
        var result = new HashSet<uint>();
        if (part is null)
        {
            return result;
        }

        // The number format of each cell format (cellXfs), in order, and the custom formats that show dates.
        var formatIds = new List<uint>();
        var customDates = new HashSet<uint>();
        var inCellFormats = false;
        Walk(part, budget, reader =>
        {
            if (reader.ElementType == typeof(CellFormats))
            {
                inCellFormats = reader.IsStartElement;
            }
            else if (inCellFormats && reader.ElementType == typeof(CellFormat) && reader.IsStartElement)
            {
                formatIds.Add(((CellFormat)reader.LoadCurrentElement()!).NumberFormatId?.Value ?? 0);
                return true;
            }
            else if (reader.ElementType == typeof(NumberingFormat) && reader.IsStartElement)
            {
                var format = (NumberingFormat)reader.LoadCurrentElement()!;
                if (format.NumberFormatId?.Value is { } id && IsDateCode(format.FormatCode?.Value ?? ""))
                {
                    customDates.Add(id);
                }

                return true;
            }

            return false;
        });

        for (var i = 0; i < formatIds.Count; i++)
        {
            if (IsBuiltInDate(formatIds[i]) || customDates.Contains(formatIds[i]))
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

using System.Globalization;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using StaticKpi.Cli;

namespace StaticKpi.Tests.Import;

/// <summary>Writes import tables for tests with the same libraries the importer reads them with, and runs the command.</summary>
public static class ImportFiles
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { NewLine = "\n" };

    public static string WriteCsv(string path, IEnumerable<IReadOnlyList<string>> rows)
    {
        using (var writer = new StreamWriter(path))
        using (var csv = CsvWriter.Create(writer, Options, leaveOpen: true))
        {
            foreach (var row in rows)
            {
                foreach (var field in row)
                {
                    csv.WriteField(field);
                }

                csv.EndRecord();
            }
        }

        return path;
    }

    /// <summary>
    /// Writes a one-sheet workbook with the Open XML SDK. A cell is text (a shared string), a number (double), or a
    /// date (a number formatted with Excel's built-in "mmm-yy" format, as Excel stores a typed "2024-10").
    /// </summary>
    public static string WriteXlsx(string path, IEnumerable<IReadOnlyList<object>> rows)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font()) { Count = 1 },
            new Fills(new Fill()) { Count = 1 },
            new Borders(new Border()) { Count = 1 },
            new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 17, ApplyNumberFormat = true }) { Count = 2 });
        var strings = workbook.AddNewPart<SharedStringTablePart>();
        strings.SharedStringTable = new SharedStringTable();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        uint rowIndex = 0;
        foreach (var values in rows)
        {
            var row = new Row { RowIndex = ++rowIndex };
            var column = 0;
            foreach (var value in values)
            {
                var reference = $"{(char)('A' + column++)}{rowIndex}";
                row.Append(value switch
                {
                    string text => new Cell
                    {
                        CellReference = reference,
                        DataType = CellValues.SharedString,
                        CellValue = new CellValue(SharedString(strings.SharedStringTable, text)),
                    },
                    DateOnly date => new Cell
                    {
                        CellReference = reference,
                        StyleIndex = 1,
                        CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)),
                    },
                    double number => new Cell { CellReference = reference, CellValue = new CellValue(number) },
                    _ => throw new ArgumentException($"Unsupported cell {value}"),
                });
            }

            data.Append(row);
        }

        sheetPart.Worksheet = new Worksheet(data);
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Figures" }));
        workbook.Workbook.Save();
        return path;
    }

    public static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = StatickpiCli.Run(args, stdout, stderr);
        return (exitCode, stdout.ToString().ReplaceLineEndings("\n"), stderr.ToString().ReplaceLineEndings("\n"));
    }

    /// <summary>Every file under a folder with its bytes, by relative path.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);

    private static string SharedString(SharedStringTable table, string text)
    {
        table.AppendChild(new SharedStringItem(new Text(text)));
        return (table.ChildElements.Count - 1).ToString(CultureInfo.InvariantCulture);
    }
}

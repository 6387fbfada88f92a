using System.IO.Compression;

namespace StaticKpi.Import;

/// <summary>
/// Looks at an xlsx's zip directory before the Open XML SDK opens it: a file that is not a zip, or whose parts
/// would unzip to more than a table of figures ever could (a zip bomb), is refused before any of it is unzipped.
/// </summary>
internal static class XlsxPackageCheck
{
    public static string TooLargeMessage { get; } =
        $"The workbook unzips to more than {ImportLimits.Megabytes(ImportLimits.MaximumUncompressedBytes)}, far more than a table of figures; " +
        "it may be damaged or built to exhaust memory (a zip bomb). Save the figures again from your spreadsheet program, or as CSV.";

    public const string NotAWorkbookMessage =
        "The file could not be read as an Excel workbook (.xlsx). Save it from your spreadsheet program as 'Excel Workbook' or as CSV.";

    // Encrypted workbooks and old .xls files are OLE compound files, which start with these bytes.
    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Throws <see cref="UnreadableTableException"/> unless <paramref name="file"/> may be opened as a workbook.</summary>
    public static void Check(FileStream file)
    {
        Span<byte> start = stackalloc byte[CompoundFileSignature.Length];
        var read = file.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        file.Position = 0;
        if (read == start.Length && start.SequenceEqual(CompoundFileSignature))
        {
            throw new UnreadableTableException(1,
                "The workbook is password-protected, or it is an old Excel 97-2003 (.xls) file. Remove the password, or save it as " +
                "'Excel Workbook (.xlsx)' or as CSV, then import again.");
        }

        try
        {
            using var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > ImportLimits.MaximumParts)
            {
                throw new UnreadableTableException(1,
                    $"The workbook holds {ImportLimits.Format(zip.Entries.Count)} files, more than the " +
                    $"{ImportLimits.Format(ImportLimits.MaximumParts)} a table of figures could need; " +
                    "it may be damaged or built to exhaust memory. Save the figures again from your spreadsheet program, or as CSV.");
            }

            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > ImportLimits.MaximumUncompressedBytes ||
                    (IsPackagePart(entry.FullName) && entry.Length > ImportLimits.MaximumPackagePartBytes))
                {
                    throw new UnreadableTableException(1, TooLargeMessage);
                }
            }
        }
        catch (InvalidDataException)
        {
            throw new UnreadableTableException(1, NotAWorkbookMessage);
        }
        finally
        {
            file.Position = 0;
        }
    }

    /// <summary>The parts that System.IO.Packaging reads whole as it opens the file.</summary>
    private static bool IsPackagePart(string name) =>
        name.Equals("[Content_Types].xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);
}

namespace StaticKpi.Import;

/// <summary>
/// The largest table <c>statickpi import</c> reads. A table of figures is a few hundred rows; these limits are far
/// above any real one, and they keep a hostile file (an xlsx zip bomb, a CSV with one endless line) from taking the
/// machine's memory: with every limit reached the whole import stays well within 200 MB. A table over a limit is
/// refused with a plain message naming the file and row, and nothing is written.
/// </summary>
public static class ImportLimits
{
    /// <summary>The table file as stored on disk (CSV, or the zipped xlsx).</summary>
    public const long MaximumFileBytes = 16 * 1024 * 1024;

    /// <summary>An xlsx's parts once unzipped, all together: what the zip says, and what is actually read.</summary>
    public const long MaximumUncompressedBytes = 16 * 1024 * 1024;

    /// <summary>
    /// An xlsx's package parts (<c>[Content_Types].xml</c> and the <c>.rels</c> files), which the package library
    /// reads whole when the file is opened; real ones are a few hundred bytes.
    /// </summary>
    public const long MaximumPackagePartBytes = 1024 * 1024;

    /// <summary>The files inside an xlsx (a workbook has about ten).</summary>
    public const int MaximumParts = 1_000;

    /// <summary>Rows, counting blank ones and the header.</summary>
    public const int MaximumRows = 100_000;

    /// <summary>Columns in a row: Excel's own limit (column XFD).</summary>
    public const int MaximumColumns = 16_384;

    /// <summary>Characters in one cell: Excel's own limit.</summary>
    public const int MaximumCellCharacters = 32_767;

    /// <summary>Characters in one row, all cells together (for a CSV, the bytes of one record).</summary>
    public const int MaximumRowCharacters = 1024 * 1024;

    /// <summary>Distinct texts in an xlsx's shared string table.</summary>
    public const int MaximumSharedStrings = 500_000;

    /// <summary>"100,000", as limits are written in messages.</summary>
    public static string Format(long limit) => limit.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"16 MB", as sizes are written in messages.</summary>
    public static string Megabytes(long bytes) => $"{bytes / (1024 * 1024)} MB";
}

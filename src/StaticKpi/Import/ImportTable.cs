namespace StaticKpi.Import;

/// <summary>One data row of an import table, by column.</summary>
public sealed record ImportRecord(int Row, RawCell Indicator, RawCell Period, RawCell Value, RawCell? Target);

/// <summary>
/// A table of figures to import, read from CSV or xlsx. The first row names the columns: <c>indicator</c>,
/// <c>period</c> and <c>value</c> are required, <c>target</c> is optional, in any order and any case; other
/// columns (notes, titles) are ignored. Blank rows are skipped.
/// </summary>
/// <param name="Unreadable">
/// The file could not be read to the end (not a workbook, over a limit, not UTF-8): <see cref="Records"/> holds
/// nothing, and the reason is among the problems.
/// </param>
public sealed record ImportTable(string DisplayName, IReadOnlyList<ImportRecord> Records, bool Unreadable = false)
{
    public const string IndicatorColumn = "indicator";
    public const string PeriodColumn = "period";
    public const string ValueColumn = "value";
    public const string TargetColumn = "target";

    public static readonly string[] SupportedExtensions = [".csv", ".xlsx"];

    public static bool IsSupported(string path) =>
        SupportedExtensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    /// <summary>
    /// Reads the table; problems with its shape (missing or repeated columns, unreadable file, a limit of
    /// <see cref="ImportLimits"/> passed) are added to <paramref name="problems"/>. Rows are taken one at a time as
    /// the file is read, and only the four columns the import uses are kept, so memory does not grow with the
    /// width of the table.
    /// </summary>
    public static ImportTable Read(string path, string displayName, List<ImportProblem> problems)
    {
        var builder = new Builder(displayName, problems);
        try
        {
            switch (Path.GetExtension(path).ToLowerInvariant())
            {
                case ".xlsx":
                    XlsxTableReader.Read(path, builder.Add);
                    break;
                case ".csv":
                    CsvTableReader.Read(path, builder.Add);
                    break;
                default:
                    throw new ArgumentException($"Only {string.Join(" and ", SupportedExtensions)} files can be imported.", nameof(path));
            }
        }
        catch (UnreadableTableException ex)
        {
            problems.Add(new ImportProblem(displayName, ex.Row, ex.Message));
            return new ImportTable(displayName, [], Unreadable: true);
        }

        return builder.Finish();
    }

    /// <summary>Takes rows in file order: the first non-blank one is the header, the rest become records.</summary>
    private sealed class Builder(string displayName, List<ImportProblem> problems)
    {
        private readonly List<ImportRecord> _records = [];
        private RawRow? _header;
        private Dictionary<string, int>? _columns;

        public void Add(RawRow row)
        {
            if (row.IsBlank)
            {
                return;
            }

            if (_header is null)
            {
                _header = row;
                _columns = ColumnsOf(row);
                return;
            }

            if (_columns is { } columns)
            {
                var hasTarget = columns.TryGetValue(TargetColumn, out var target);
                _records.Add(new ImportRecord(row.Number, row.Cell(columns[IndicatorColumn]), row.Cell(columns[PeriodColumn]),
                    row.Cell(columns[ValueColumn]), hasTarget ? row.Cell(target) : null));
            }
        }

        public ImportTable Finish()
        {
            if (_header is null && problems.Count == 0)
            {
                problems.Add(new ImportProblem(displayName, 1,
                    "The file is empty. The first row should name the columns indicator, period and value (and optionally target)."));
            }

            return new ImportTable(displayName, _records);
        }

        /// <summary>The index of each column the import uses, or null (with problems added) when the header is unusable.</summary>
        private Dictionary<string, int>? ColumnsOf(RawRow header)
        {
            var columns = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (i, cell) in header.Cells)
            {
                var name = cell.Text.Trim().ToLowerInvariant();
                if (name is not (IndicatorColumn or PeriodColumn or ValueColumn or TargetColumn))
                {
                    continue;
                }

                if (!columns.TryAdd(name, i))
                {
                    problems.Add(new ImportProblem(displayName, header.Number,
                        $"There are two '{name}' columns. Keep one, so it is clear which figures to import."));
                }
            }

            var missing = new[] { IndicatorColumn, PeriodColumn, ValueColumn }.Where(c => !columns.ContainsKey(c)).ToList();
            foreach (var column in missing)
            {
                problems.Add(new ImportProblem(displayName, header.Number,
                    $"The column '{column}' is missing. The first row should name the columns indicator, period and value (and optionally target)."));
            }

            return missing.Count > 0 ? null : columns;
        }
    }
}

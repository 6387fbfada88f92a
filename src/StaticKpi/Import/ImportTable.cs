namespace StaticKpi.Import;

/// <summary>One data row of an import table, by column.</summary>
public sealed record ImportRecord(int Row, RawCell Indicator, RawCell Period, RawCell Value, RawCell? Target);

/// <summary>
/// A table of figures to import, read from CSV or xlsx. The first row names the columns: <c>indicator</c>,
/// <c>period</c> and <c>value</c> are required, <c>target</c> is optional, in any order and any case; other
/// columns (notes, titles) are ignored. Blank rows are skipped.
/// </summary>
public sealed record ImportTable(string DisplayName, IReadOnlyList<ImportRecord> Records)
{
    public const string IndicatorColumn = "indicator";
    public const string PeriodColumn = "period";
    public const string ValueColumn = "value";
    public const string TargetColumn = "target";

    public static readonly string[] SupportedExtensions = [".csv", ".xlsx"];

    public static bool IsSupported(string path) =>
        SupportedExtensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    /// <summary>Reads the table; problems with its shape (missing or repeated columns, unreadable file) are added to <paramref name="problems"/>.</summary>
    public static ImportTable Read(string path, string displayName, List<ImportProblem> problems)
    {
        var rows = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".xlsx" => XlsxTableReader.Read(path, displayName, problems),
            ".csv" => CsvTableReader.Read(path, displayName, problems),
            _ => throw new ArgumentException($"Only {string.Join(" and ", SupportedExtensions)} files can be imported.", nameof(path)),
        };
        return FromRows(rows, displayName, problems);
    }

    public static ImportTable FromRows(IReadOnlyList<RawRow> rows, string displayName, List<ImportProblem> problems)
    {
        var nonBlank = rows.Where(r => !r.IsBlank).ToList();
        if (nonBlank.Count == 0)
        {
            if (problems.Count == 0)
            {
                problems.Add(new ImportProblem(displayName, 1,
                    "The file is empty. The first row should name the columns indicator, period and value (and optionally target)."));
            }

            return new ImportTable(displayName, []);
        }

        var header = nonBlank[0];
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Cells.Count; i++)
        {
            var name = header.Cells[i].Text.Trim().ToLowerInvariant();
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

        if (missing.Count > 0)
        {
            return new ImportTable(displayName, []);
        }

        var hasTarget = columns.TryGetValue(TargetColumn, out var target);
        var records = nonBlank.Skip(1)
            .Select(row => new ImportRecord(row.Number, row.Cell(columns[IndicatorColumn]), row.Cell(columns[PeriodColumn]),
                row.Cell(columns[ValueColumn]), hasTarget ? row.Cell(target) : null))
            .ToList();
        return new ImportTable(displayName, records);
    }
}

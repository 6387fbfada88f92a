namespace StaticKpi.Import;

/// <summary>One cell as read from a CSV or xlsx file: its text, and its date when a spreadsheet stored a date.</summary>
public sealed record RawCell(string Text, DateOnly? Date = null)
{
    public static readonly RawCell Empty = new("");

    public bool IsBlank => Date is null && string.IsNullOrWhiteSpace(Text);
}

/// <summary>
/// One row of a table with its row number in the file (1-based, as a spreadsheet shows it). Only the cells that hold
/// something are kept, by column, so a single cell in column XFD costs one entry rather than 16,384.
/// </summary>
public sealed class RawRow
{
    private readonly SortedList<int, RawCell> _cells;

    /// <summary>A row from its cells in column order, the first in column 0.</summary>
    public RawRow(int number, IReadOnlyList<RawCell> cells)
        : this(number)
    {
        for (var column = 0; column < cells.Count; column++)
        {
            Set(column, cells[column]);
        }
    }

    internal RawRow(int number)
    {
        Number = number;
        _cells = [];
    }

    public int Number { get; }

    /// <summary>The cells that hold text, in column order (0 is column A).</summary>
    public IEnumerable<KeyValuePair<int, RawCell>> Cells => _cells;

    public bool IsBlank => _cells.Values.All(c => c.IsBlank);

    public RawCell Cell(int column) => _cells.GetValueOrDefault(column, RawCell.Empty);

    /// <summary>Sets a cell; an empty one is not stored, and a column given twice keeps its first cell.</summary>
    internal void Set(int column, RawCell cell)
    {
        if (cell.Text.Length > 0 || cell.Date is not null)
        {
            _cells.TryAdd(column, cell);
        }
    }
}

namespace StaticKpi.Import;

/// <summary>One cell as read from a CSV or xlsx file: its text, and its date when a spreadsheet stored a date.</summary>
public sealed record RawCell(string Text, DateOnly? Date = null)
{
    public static readonly RawCell Empty = new("");

    public bool IsBlank => Date is null && string.IsNullOrWhiteSpace(Text);
}

/// <summary>One row of a table with its row number in the file (1-based, as a spreadsheet shows it).</summary>
public sealed record RawRow(int Number, IReadOnlyList<RawCell> Cells)
{
    public RawCell Cell(int column) => column < Cells.Count ? Cells[column] : RawCell.Empty;

    public bool IsBlank => Cells.All(c => c.IsBlank);
}

namespace StaticKpi.Import;

/// <summary>
/// Checks each row of a table against <see cref="ImportLimits"/> as it is read, so reading stops at the first row
/// over a limit instead of after the whole file is in memory. The same limits apply to CSV and xlsx.
/// </summary>
internal sealed class RowLimits
{
    private int _rows;
    private int _rowCharacters;

    /// <summary>Called before each row's cells, blank rows included.</summary>
    public void StartRow(int number)
    {
        _rowCharacters = 0;
        if (++_rows > ImportLimits.MaximumRows || number > ImportLimits.MaximumRows)
        {
            throw new UnreadableTableException(Math.Max(number, _rows),
                $"The table goes on past row {ImportLimits.Format(ImportLimits.MaximumRows)}, and StaticKpi imports at most " +
                $"{ImportLimits.Format(ImportLimits.MaximumRows)} rows at a time. Delete the empty or unrelated rows below the figures, " +
                "or split the table and import each part.");
        }
    }

    /// <summary><paramref name="column"/> counts from 0.</summary>
    public static void CheckColumn(int row, int column)
    {
        if (column >= ImportLimits.MaximumColumns)
        {
            throw new UnreadableTableException(row,
                $"The row has a cell beyond column {ImportLimits.Format(ImportLimits.MaximumColumns)} (XFD), " +
                "the last column a spreadsheet can have. Save the figures again from your spreadsheet program.");
        }
    }

    public void CheckCell(int row, int characters)
    {
        if (characters > ImportLimits.MaximumCellCharacters)
        {
            throw new UnreadableTableException(row,
                $"A cell in the row holds {ImportLimits.Format(characters)} characters, more than the " +
                $"{ImportLimits.Format(ImportLimits.MaximumCellCharacters)} a spreadsheet cell can. " +
                "Check the row: a figure, a period or an id is never that long.");
        }

        _rowCharacters += characters;
        if (_rowCharacters > ImportLimits.MaximumRowCharacters)
        {
            throw new UnreadableTableException(row,
                $"The row holds more than {ImportLimits.Format(ImportLimits.MaximumRowCharacters)} characters, far more than a row of figures. " +
                "Check the row (a missing closing quote in a CSV file joins the rest of the file into one field), or remove its long notes.");
        }
    }
}

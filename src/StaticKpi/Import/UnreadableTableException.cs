namespace StaticKpi.Import;

/// <summary>
/// Stops reading a table that cannot or must not be read further (over a limit, not a workbook, not UTF-8). The
/// readers turn it into an <see cref="ImportProblem"/> at <see cref="Row"/>; it never leaves the Import namespace.
/// </summary>
internal sealed class UnreadableTableException(int row, string message) : Exception(message)
{
    /// <summary>The row the problem was found at (1 for the file as a whole).</summary>
    public int Row { get; } = row;
}

namespace StaticKpi.Import;

/// <summary>
/// Why a row of an import table was refused: the table's file name (as the editor typed it), the spreadsheet row
/// (the header is row 1) and what to do about it.
/// </summary>
public sealed record ImportProblem(string File, int Row, string Message)
{
    public override string ToString() => $"{File}:{Row}: error: {Message}";
}

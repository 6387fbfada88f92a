namespace StaticKpi.Checks.Rules;

/// <summary>A11Y014: every data table has header cells (th), so each value can be announced with its heading.</summary>
public sealed class TableHeaderRule() : PageRule("A11Y014", "Table headers")
{
    public override IEnumerable<Finding> Check(CheckedPage page)
    {
        foreach (var table in Tables.DataTables(page))
        {
            if (table.Rows.Length > 0 && !Tables.HeaderCells(table).Any())
            {
                yield return page.Finding(table, Id, SuccessCriteria.InfoAndRelationships,
                    "The table has no header cells (<th>), so screen readers read each value without saying which row or column it belongs to.",
                    "Mark the column headings (and the first cell of each row, if it names the row) as <th>.");
            }
        }
    }
}

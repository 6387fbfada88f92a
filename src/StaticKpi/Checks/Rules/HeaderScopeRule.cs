using AngleSharp.Html.Dom;

namespace StaticKpi.Checks.Rules;

/// <summary>
/// A11Y015: in a table with both column headers and row headers, every th says which it is with scope
/// (col, row, colgroup or rowgroup), unless the data cells name their headers with the headers attribute.
/// </summary>
public sealed class HeaderScopeRule() : PageRule("A11Y015", "Header scope")
{
    private static readonly HashSet<string> Scopes = new(StringComparer.OrdinalIgnoreCase) { "col", "row", "colgroup", "rowgroup" };

    public override IEnumerable<Finding> Check(CheckedPage page)
    {
        foreach (var table in Tables.DataTables(page))
        {
            if (!HasRowAndColumnHeaders(table) ||
                table.Rows.SelectMany(r => r.Cells).Where(c => c.LocalName == "td").All(c => c.HasAttribute("headers")))
            {
                continue;
            }

            foreach (var header in table.Rows.SelectMany(r => r.Cells).Where(c => c.LocalName == "th"))
            {
                if (!Scopes.Contains(header.GetAttribute("scope")?.Trim() ?? ""))
                {
                    yield return page.Finding(header, Id, SuccessCriteria.InfoAndRelationships,
                        $"The header cell \"{AccessibleName.Normalise(header.TextContent)}\" has no scope in a table with both row and column " +
                        "headers, so screen readers may read it as the wrong kind of header.",
                        "Add scope=\"col\" to column headers and scope=\"row\" to row headers.");
                }
            }
        }
    }

    /// <summary>Column headers: th in the thead or in a row of only th. Row headers: th in a row that also has td.</summary>
    private static bool HasRowAndColumnHeaders(IHtmlTableElement table)
    {
        var rows = table.Rows;
        var columnHeaders = rows.Any(r => r.Cells.Length > 0 && (r.ParentElement?.LocalName == "thead" || r.Cells.All(c => c.LocalName == "th")));
        var rowHeaders = rows.Any(r =>
            r.ParentElement?.LocalName != "thead" && r.Cells.Any(c => c.LocalName == "th") && r.Cells.Any(c => c.LocalName == "td"));
        return columnHeaders && rowHeaders;
    }
}

namespace StaticKpi.Checks.Rules;

/// <summary>A11Y013: every data table has a caption (or aria-label / aria-labelledby) saying what it holds.</summary>
public sealed class TableCaptionRule() : PageRule("A11Y013", "Table captions")
{
    public override IEnumerable<Finding> Check(CheckedPage page)
    {
        foreach (var table in Tables.DataTables(page))
        {
            var caption = table.Children.FirstOrDefault(c => c.LocalName == "caption");
            var named = (caption is not null && !string.IsNullOrWhiteSpace(caption.TextContent)) ||
                        !string.IsNullOrWhiteSpace(table.GetAttribute("aria-label")) ||
                        AccessibleName.OfReferences(table, "aria-labelledby") is { Length: > 0 };
            if (!named)
            {
                yield return page.Finding(table, Id, SuccessCriteria.InfoAndRelationships,
                    "The table has no caption, so screen reader users moving from table to table cannot tell what it holds.",
                    "Add a <caption> as the table's first child saying what the table shows (Markdown tables get one from the paragraph before " +
                    "them).");
            }
        }
    }
}

using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace StaticKpi.Checks;

/// <summary>The tables the table rules look at, and their header cells.</summary>
internal static class Tables
{
    /// <summary>Tables that hold data: every table except layout tables marked role="presentation" or "none".</summary>
    public static IEnumerable<IHtmlTableElement> DataTables(CheckedPage page) =>
        page.Named("table").OfType<IHtmlTableElement>()
            .Where(t => t.GetAttribute("role")?.Trim().ToLowerInvariant() is not ("presentation" or "none"));

    /// <summary>The table's own header cells, not those of tables nested in it.</summary>
    public static IEnumerable<IElement> HeaderCells(IHtmlTableElement table) =>
        table.Rows.SelectMany(r => r.Cells).Where(c => c.LocalName == "th" || c.GetAttribute("role") is "columnheader" or "rowheader");
}

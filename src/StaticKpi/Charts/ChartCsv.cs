using StaticKpi.Formatting;

namespace StaticKpi.Charts;

/// <summary>
/// Writes a chart's table as the CSV download beside its page, with the site's one CSV writer: the header and text
/// cells (categories, series and benchmark names, labels) guarded against spreadsheet formulas, numbers left as numbers.
/// </summary>
public static class ChartCsv
{
    public static string Write(ChartTable table)
    {
        using var csv = new SpreadsheetCsv();
        foreach (var column in table.Columns)
        {
            csv.WriteText(column);
        }

        csv.EndRow();
        foreach (var row in table.Rows)
        {
            // A chart's cells are display text; the values among them ("-3.5%", "-£1,250.00") stay numbers.
            foreach (var cell in row)
            {
                csv.WriteValue(cell);
            }

            csv.EndRow();
        }

        return csv.ToString();
    }
}

using Plotly.NET;

namespace StaticKpi.Charts;

/// <summary>The data behind a chart as display-ready text: one header row of <see cref="Columns"/> and the rows.</summary>
public sealed record ChartTable(string Caption, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>
    /// Texts in the rows' first cells that are in another language than the page's (an editor's label or category with
    /// no translation), for the page to mark with their <c>lang</c>; the CSV and the figure keep the plain text.
    /// </summary>
    public IReadOnlyList<ChartTableMark> Marks { get; init; } = [];

    /// <summary>
    /// Each column heading's language when it is not the page's (a series name with no translation), null where it is;
    /// empty when every heading is the page's.
    /// </summary>
    public IReadOnlyList<string?> ColumnLanguages { get; init; } = [];
}

/// <summary>A text inside the first cell of row <see cref="Row"/> of a chart's table, in <see cref="Language"/>.</summary>
public sealed record ChartTableMark(int Row, string Text, string Language);

/// <summary>A name inside a chart's summary that is in <see cref="Language"/>, not the page's (no translation).</summary>
public sealed record ChartTextMark(string Text, string Language);

/// <summary>
/// One chart, ready for a page: a headline <see cref="Title"/>, a plain-English <see cref="Summary"/> of what it
/// shows, the <see cref="Table"/> behind it (and the same table as RFC 4180 <see cref="Csv"/>), and the plotly.js
/// figure as <see cref="Json"/>: <c>{"data":[…],"layout":{…},"config":{…}}</c>, safe to embed in
/// <c>&lt;script type="application/json"&gt;</c>.
/// </summary>
/// <param name="Id">Stable and unique within a build, usable as an HTML id: <c>chart-182-2024-25-q3-trend</c>.</param>
/// <param name="PointCount">How many values the chart plots; 0 means there is nothing to draw.</param>
public sealed record ChartFigure(string Id, string Title, string Summary, ChartTable Table, string Json, string Csv, int PointCount)
{
    /// <summary>The title's language when it is not the page's (an editor's title without a translation); else null.</summary>
    public string? TitleLanguage { get; init; }

    /// <summary>
    /// The editors' names the <see cref="Summary"/> may hold (series, categories, reference lines, benchmark labels) that
    /// fell back to the default language, for the page to mark with their <c>lang</c>; the summary itself stays plain.
    /// </summary>
    public IReadOnlyList<ChartTextMark> SummaryMarks { get; init; } = [];

    /// <summary>A figure of these traces and layout, with its JSON and CSV written.</summary>
    internal static ChartFigure Of(
        string id, string title, string summary, ChartTable table, IEnumerable<Trace> traces, Layout layout, int pointCount) =>
        new(id, title, summary, table, PlotlyJson.Serialize(PlotlyObjects.Figure(traces, layout)), ChartCsv.Write(table), pointCount);
}

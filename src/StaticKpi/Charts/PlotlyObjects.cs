using System.Runtime.InteropServices;
using Plotly.NET;
using Plotly.NET.LayoutObjects;
using Plotly.NET.TraceObjects;

namespace StaticKpi.Charts;

/// <summary>
/// Creates Plotly.NET figure objects (traces, layout, axes, config) and sets their plotly.js attributes. The helpers
/// that take a name, a title or categories take plain text and escape it for plotly.js's pseudo-HTML
/// (<see cref="PlotlyText"/>); a text given to <see cref="Set"/> must already be escaped.
/// Values go straight into each object's property dictionary: <c>DynamicObj.SetProperty</c> looks for a CLR
/// property by reflection on every call (3.8 µs a call with DynamicObj 8.0.0, measured), which would dominate the
/// cost of a chart. Plotly.NET 6.0.0's typed <c>init</c> functions set every attribute that way, and their F# optional
/// parameters have no C# default values (a C# call must pass all 20 to 85 of them). Attribute names are those of
/// the plotly.js 2.28 schema, the version Plotly.NET 6.0.0 targets.
/// </summary>
internal static class PlotlyObjects
{
    /// <summary>
    /// Every layout's font, made once with Plotly.NET's typed API (its attributes in the order the chart JSON has always
    /// had them) and shared: nothing changes it after construction, so every chart-building thread may read it.
    /// </summary>
    private static readonly Font LayoutFont = Font.init(
        Family: StyleParam.FontFamily.NewCustom(ChartPalette.FontFamily), Size: 14.0, Color: Color.fromString(ChartPalette.Text));

    /// <summary>Every layout's margin in pixels, made once like <see cref="LayoutFont"/>.</summary>
    private static readonly Margin LayoutMargin =
        Margin.init<int, int, int, int, int, bool>(Left: 64, Right: 24, Top: 16, Bottom: 48, Pad: null, Autoexpand: null);

    /// <summary>Sets a plotly.js attribute; a null value leaves the attribute out.</summary>
    public static T Set<T>(this T target, string attribute, object? value)
        where T : DynamicObj.DynamicObj
    {
        if (value is not null)
        {
            target.Properties[attribute] = value;
        }

        return target;
    }

    public static Trace2D Scatter(string name) => new Trace2D("scatter").Set("name", PlotlyText.Escape(name));

    public static Trace2D Bar(string name) => new Trace2D("bar").Set("name", PlotlyText.Escape(name));

    public static Line Line(string color, string dash = "solid", double width = 2) =>
        new Line().Set("color", color).Set("dash", dash).Set("width", width);

    /// <summary>The outline of markers or bars (which has no dash pattern).</summary>
    public static Line Outline(string color, double width) => new Line().Set("color", color).Set("width", width);

    public static Marker Marker() => new();

    public static Title Title(string text) => new Title().Set("text", PlotlyText.Escape(text));

    public static LinearAxis Axis(string? title) =>
        new LinearAxis()
            .Set("title", title is null ? null : Title(title))
            .Set("automargin", true)
            .Set("fixedrange", true)
            .Set("zeroline", false)
            .Set("gridcolor", "#dcdcdc")
            .Set("linecolor", "#505a5f")
            .Set("tickcolor", "#505a5f")
            .Set("ticks", "outside")
            .Set("showline", true);

    /// <summary>
    /// An axis of <paramref name="categories"/> (plain text) in this order. plotly.js draws each category as its tick
    /// label, so the axis holds them escaped (<see cref="PlotlyText.Escape"/>), and the traces on it must take the
    /// same escaped texts as their x values.
    /// </summary>
    public static LinearAxis CategoryAxis(string? title, IReadOnlyList<string> categories, int wrapAt = 0)
    {
        var keys = PlotlyText.EscapeAll(categories);
        var axis = Axis(title)
            .Set("type", "category")
            .Set("categoryorder", "array")
            .Set("categoryarray", keys)
            .Set("showgrid", false);
        if (wrapAt > 0 && categories.Any(c => c.Length > wrapAt))
        {
            // Long labels ("Adults, Health and Commissioning") on several lines instead of slanted and cut off.
            axis.Set("tickmode", "array")
                .Set("tickvals", keys)
                .Set("ticktext", categories.Select(c => Wrap(c, wrapAt)).ToArray())
                .Set("tickangle", 0);
        }

        return axis;
    }

    /// <summary>
    /// Breaks plain text into lines of about <paramref name="width"/> characters at spaces, each escaped for plotly.js
    /// and joined with its <c>&lt;br&gt;</c>.
    /// </summary>
    public static string Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }

        lines.Add(line);
        return PlotlyText.Lines(CollectionsMarshal.AsSpan(lines));
    }

    /// <summary>
    /// The layout every StaticKpi chart starts from: no template, readable fonts, the legend above the plot. The
    /// title is the page's caption of the chart, not drawn inside it (plotly.js does not wrap long titles, and it
    /// would be read twice); it is kept in <c>layout.meta.title</c> for scripts, such as an accessible name. It stays
    /// plain text, as data: plotly.js draws meta only where a text asks for it with <c>%{meta.title}</c>, which no
    /// StaticKpi text does and which content cannot (<see cref="PlotlyText"/> escapes <c>%{</c>).
    /// </summary>
    public static Layout Layout(string title) =>
        new Layout()
            .Set("meta", new DynamicObj.DynamicObj().Set("title", title))
            .Set("font", LayoutFont)
            .Set("paper_bgcolor", ChartPalette.Background)
            .Set("plot_bgcolor", ChartPalette.Background)
            .Set("separators", ".,")
            .Set("autosize", true)
            .Set("hovermode", "closest")
            .Set("dragmode", false)
            .Set("margin", LayoutMargin)
            .Set("legend", new Legend()
                .Set("orientation", "h")
                .Set("x", 0)
                .Set("xanchor", "left")
                .Set("y", 1.02)
                .Set("yanchor", "bottom")
                .Set("traceorder", "normal"));

    /// <summary>No mode bar, responsive, interactive (hover) rather than a static image.</summary>
    public static Config Config() =>
        new Config()
            .Set("displayModeBar", false)
            .Set("displaylogo", false)
            .Set("responsive", true)
            .Set("staticPlot", false)
            .Set("scrollZoom", false);

    /// <summary>A figure of these traces with Plotly.NET's global defaults switched off.</summary>
    public static GenericChart Figure(IEnumerable<Trace> traces, Layout layout) =>
        GenericChart.setConfig(Config(), GenericChart.setLayout(layout, GenericChart.ofTraceObjects(false, traces.ToList())));
}

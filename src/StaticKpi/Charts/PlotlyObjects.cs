using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Plotly.NET;
using Plotly.NET.LayoutObjects;
using Plotly.NET.TraceObjects;
using static StaticKpi.Charts.PlotlyAttributes;

namespace StaticKpi.Charts;

/// <summary>
/// Builds the parts of StaticKpi's charts with Plotly.NET's typed API (<see cref="PlotlyTyped"/>) and
/// <c>StyleParam</c> values. Each styled part is built once, as a template shared by every chart (typed
/// <c>init</c> sets each attribute by reflection, about 4 µs a call); a chart copies a template and adds its data
/// (<see cref="PlotlyAttributes"/>). The helpers that take a name, a title or categories take plain text and escape
/// it for plotly.js's pseudo-HTML (<see cref="PlotlyText"/>).
/// </summary>
internal static class PlotlyObjects
{
    /// <summary>Every layout's font, made once and shared: nothing changes a template after construction.</summary>
    private static readonly Font LayoutFont = PlotlyTyped.Font(
        Family: StyleParam.FontFamily.NewCustom(ChartPalette.FontFamily), Size: 14.0, Color: Color.fromString(ChartPalette.Text));

    /// <summary>Every layout's margin in pixels.</summary>
    private static readonly Margin LayoutMargin =
        Margin.init<int, int, int, int, int, bool>(Left: 64, Right: 24, Top: 16, Bottom: 48, Pad: null, Autoexpand: null);

    /// <summary>The legend above the plot, in trace order.</summary>
    private static readonly Legend TopLegend = PlotlyTyped.Legend(
        Orientation: StyleParam.Orientation.Horizontal,
        X: 0,
        XAnchor: StyleParam.XAnchorPosition.Left,
        Y: 1.02,
        YAnchor: StyleParam.YAnchorPosition.Bottom,
        TraceOrder: StyleParam.TraceOrder.Normal);

    private static readonly Layout PlainLayout = LayoutTemplate();

    private static readonly Layout GroupedBarsLayout = LayoutTemplate(barMode: StyleParam.BarMode.Group);

    private static readonly Layout NoLegendLayout = LayoutTemplate(showLegend: false);

    /// <summary>No mode bar, responsive, interactive (hover) rather than a static image.</summary>
    private static readonly Config ChartConfig = PlotlyTyped.Config(
        DisplayModeBar: false,
        Displaylogo: false,
        Responsive: true,
        StaticPlot: false,
        ScrollZoom: StyleParam.ScrollZoom.NoZoom);

    /// <summary>The look of every axis: grey grid, dark axis line and outside ticks, no zoom.</summary>
    private static readonly LinearAxis AxisStyle = PlotlyTyped.LinearAxis(
        FixedRange: true,
        ZeroLine: false,
        GridColor: Color.fromString("#dcdcdc"),
        LineColor: Color.fromString("#505a5f"),
        TickColor: Color.fromString("#505a5f"),
        Ticks: StyleParam.TickOptions.Outside,
        ShowLine: true).With(AutoMargin, true);

    private static readonly LinearAxis CategoryStyle = CategoryTemplate(wrapped: false);

    private static readonly LinearAxis WrappedCategoryStyle = CategoryTemplate(wrapped: true);

    private static readonly ConcurrentDictionary<(string Colour, string Dash), Trace> HorizontalLines = new();

    /// <summary>A scatter trace styled by <paramref name="style"/> (<see cref="PlotlyTyped.Scatter"/>): a template.</summary>
    public static Trace Scatter(Microsoft.FSharp.Core.FSharpFunc<Trace, Trace> style) => style.Invoke(new Trace2D("scatter"));

    /// <summary>A bar trace styled by <paramref name="style"/> (<see cref="PlotlyTyped.Bar"/>): a template.</summary>
    public static Trace Bar(Microsoft.FSharp.Core.FSharpFunc<Trace, Trace> style) => style.Invoke(new Trace2D("bar"));

    /// <summary>
    /// Sets a chart's own marker (per-point colours or shapes) on its trace, with the typed style: one reflective call.
    /// </summary>
    public static Trace WithMarker(Trace trace, Marker marker) => PlotlyTyped.Scatter(Marker: marker).Invoke(trace);

    /// <summary>A chart's trace: a copy of <paramref name="template"/> with its legend name (plain text).</summary>
    public static Trace Named(Trace template, string name) => Copy(template).With(Name, PlotlyText.Escape(name));

    public static Line Line(string colour, string dash = "solid", double width = 2, StyleParam.Shape? shape = null) =>
        PlotlyTyped.Line(Color: Color.fromString(colour), Dash: Dash(dash), Width: width, Shape: shape);

    /// <summary>The outline of markers or bars (which has no dash pattern).</summary>
    public static Line Outline(string colour, double width) => PlotlyTyped.Line(Color: Color.fromString(colour), Width: width);

    /// <summary>A line's dash pattern by its plotly.js name (<see cref="ChartPalette.Dashes"/>).</summary>
    public static StyleParam.DrawingStyle Dash(string name) => name switch
    {
        "solid" => StyleParam.DrawingStyle.Solid,
        "dash" => StyleParam.DrawingStyle.Dash,
        "dot" => StyleParam.DrawingStyle.Dot,
        "dashdot" => StyleParam.DrawingStyle.DashDot,
        "longdash" => StyleParam.DrawingStyle.LongDash,
        "longdashdot" => StyleParam.DrawingStyle.LongDashDot,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a plotly.js dash pattern"),
    };

    /// <summary>A bar fill pattern by its plotly.js shape (<see cref="ChartPalette.BarPatterns"/>).</summary>
    public static StyleParam.PatternShape PatternShape(string shape) => shape switch
    {
        "" => StyleParam.PatternShape.None,
        "/" => StyleParam.PatternShape.DiagonalAscending,
        "\\" => StyleParam.PatternShape.DiagonalDescending,
        "x" => StyleParam.PatternShape.DiagonalChecked,
        "." => StyleParam.PatternShape.Dots,
        "+" => StyleParam.PatternShape.Checked,
        "-" => StyleParam.PatternShape.HorizontalLines,
        "|" => StyleParam.PatternShape.VerticalLines,
        _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, "not a plotly.js pattern shape"),
    };

    public static Title Title(string text) => PlotlyTyped.Title(Text: PlotlyText.Escape(text));

    /// <summary>A chart's value axis: a copy of the shared axis style with its title.</summary>
    public static LinearAxis Axis(string? title) => Copy(AxisStyle).With(PlotlyAttributes.TitleAttribute, title is null ? null : Title(title));

    /// <summary>An axis template: the shared style with more typed attributes, built once by the caller.</summary>
    public static LinearAxis AxisTemplate(string? title, LinearAxis more)
    {
        var axis = Axis(title);
        foreach (var (name, value) in more.Properties)
        {
            axis.Properties[name] = value;
        }

        return axis;
    }

    /// <summary>
    /// A horizontal reference line's style, one per colour and dash, built once for the process: both come from
    /// <see cref="ChartPalette"/>'s constants, never from content, so this holds a fixed handful.
    /// </summary>
    public static Trace HorizontalLine(string colour, string dash) =>
        HorizontalLines.GetOrAdd((colour, dash), key => Scatter(PlotlyTyped.Scatter(
            Mode: StyleParam.Mode.Lines, HoverInfo: StyleParam.HoverInfo.Text, Line: Line(key.Colour, key.Dash))));

    /// <summary>
    /// An axis of <paramref name="categories"/> (plain text) in this order. plotly.js draws each category as its tick
    /// label, so the axis holds them escaped (<see cref="PlotlyText.Escape"/>), and the traces on it must take the
    /// same escaped texts as their x values.
    /// </summary>
    public static LinearAxis CategoryAxis(string? title, IReadOnlyList<string> categories, int wrapAt = 0)
    {
        var keys = PlotlyText.EscapeAll(categories);
        // Long labels ("Adults, Health and Commissioning") on several lines instead of slanted and cut off.
        var wrapped = wrapAt > 0 && categories.Any(c => c.Length > wrapAt);
        return Copy(wrapped ? WrappedCategoryStyle : CategoryStyle)
            .With(PlotlyAttributes.TitleAttribute, title is null ? null : Title(title))
            .With(CategoryArray, keys)
            .With(TickVals, wrapped ? keys : null)
            .With(TickText, wrapped ? categories.Select(c => Wrap(c, wrapAt)).ToArray() : null);
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
    /// <param name="groupedBars">Bars of several series side by side.</param>
    /// <param name="legend">False for a chart of one series, which needs no legend.</param>
    public static Layout Layout(string title, bool groupedBars = false, bool legend = true) =>
        Copy(groupedBars ? GroupedBarsLayout : legend ? PlainLayout : NoLegendLayout)
            .With(Meta, new DynamicObj.DynamicObj().With(PlotlyAttributes.TitleAttribute, title));

    /// <summary>A figure of these traces with Plotly.NET's global defaults switched off.</summary>
    public static GenericChart Figure(IEnumerable<Trace> traces, Layout layout) =>
        GenericChart.setConfig(ChartConfig, GenericChart.setLayout(layout, GenericChart.ofTraceObjects(false, traces.ToList())));

    /// <summary>Layout.init has no legend parameter; Layout.setLegend adds one by its id ("legend").</summary>
    private static Layout LayoutTemplate(StyleParam.BarMode? barMode = null, bool? showLegend = null) =>
        Plotly.NET.Layout.setLegend(StyleParam.SubPlotId.NewLegend(1), TopLegend).Invoke(PlotlyTyped.Layout(
            Font: LayoutFont,
            PaperBGColor: Color.fromString(ChartPalette.Background),
            PlotBGColor: Color.fromString(ChartPalette.Background),
            Separators: ".,",
            AutoSize: true,
            HoverMode: StyleParam.HoverMode.Closest,
            DragMode: StyleParam.DragMode.False,
            Margin: LayoutMargin,
            BarMode: barMode,
            ShowLegend: showLegend));

    private static LinearAxis CategoryTemplate(bool wrapped) => AxisTemplate(null, PlotlyTyped.LinearAxis(
        AxisType: StyleParam.AxisType.Category,
        CategoryOrder: StyleParam.CategoryOrder.Array,
        ShowGrid: false,
        TickMode: wrapped ? StyleParam.TickMode.Array : null,
        TickAngle: wrapped ? 0 : null));
}

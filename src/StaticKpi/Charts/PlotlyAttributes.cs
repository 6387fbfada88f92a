using Plotly.NET;

namespace StaticKpi.Charts;

/// <summary>
/// The only plotly.js attribute names StaticKpi writes itself; everything else is set through Plotly.NET's typed API
/// (<see cref="PlotlyTyped"/>). Plotly.NET's <c>init</c> functions set each attribute by reflection (about 4 µs a
/// call), so each styled part is built once as a template and a chart copies it (<see cref="Copy{T}"/>) and adds
/// its data under these names, straight into the property dictionary. An architecture test fails on an attribute
/// name written anywhere else, or on 20 or more here.
/// </summary>
internal static class PlotlyAttributes
{
    /// <summary>Sets an attribute; a null value leaves it out.</summary>
    public static T With<T>(this T target, string attribute, object? value)
        where T : DynamicObj.DynamicObj
    {
        if (value is not null)
        {
            target.Properties[attribute] = value;
        }

        return target;
    }

    /// <summary>
    /// A new object with a template's attributes, for a chart to add its data to. The template's nested parts (line,
    /// font...) are shared, not copied: nothing changes a template after it is built, so every thread may share it.
    /// </summary>
    public static T Copy<T>(T template)
        where T : DynamicObj.DynamicObj, new() => CopyInto(template, new T());

    /// <summary>A new trace of the template's type with its attributes, as <see cref="Copy{T}"/>.</summary>
    public static Trace Copy(Trace template) => CopyInto(template, new Trace2D(template.type));

    private static T CopyInto<T>(DynamicObj.DynamicObj template, T target)
        where T : DynamicObj.DynamicObj
    {
        foreach (var (name, value) in template.Properties)
        {
            target.Properties[name] = value;
        }

        return target;
    }

    // Data set per chart, for speed: a trace's legend name, values, texts and hovers.
    public const string Name = "name";
    public const string X = "x";
    public const string Y = "y";
    public const string Text = "text";
    public const string HoverText = "hovertext";

    /// <summary>
    /// A marker's shape, by name. Plotly.NET 6.0.0 writes a <c>StyleParam.MarkerSymbol</c> as its number ("4" for
    /// "x", "100" for "circle-open"); plotly.js reads both, but the chart JSON, its readers and its tests have always
    /// had the names.
    /// </summary>
    public const string Symbol = "symbol";

    /// <summary>Per-point marker colours (one per rating), data set per chart for speed.</summary>
    public const string PointColors = "color";

    /// <summary>Per-point marker sizes (the projection's first point has none), data set per chart for speed.</summary>
    public const string PointSizes = "size";

    /// <summary>
    /// <c>layout.meta</c> holds the chart's title as data for scripts (an object); Plotly.NET 6.0.0 models meta only as
    /// one string.
    /// </summary>
    public const string Meta = "meta";

    /// <summary>The title inside <see cref="Meta"/>, and an axis's title (per chart, for speed).</summary>
    public const string TitleAttribute = "title";

    /// <summary>The layout's annotations (gap notes), set per chart for speed.</summary>
    public const string Annotations = "annotations";

    // A category axis's categories and tick labels, set per chart for speed.
    public const string CategoryArray = "categoryarray";
    public const string TickVals = "tickvals";
    public const string TickText = "ticktext";

    /// <summary>A count axis's range, set per chart for speed.</summary>
    public const string Range = "range";

    /// <summary>Plotly.NET 6.0.0 models <c>automargin</c> only as flags ("height", "left"...), not plotly.js's <c>true</c>.</summary>
    public const string AutoMargin = "automargin";

    /// <summary>The layout keys of the axes, as Plotly.NET names them ("xaxis", "yaxis", "yaxis2").</summary>
    public static readonly string XAxis = StyleParam.SubPlotId.toString.Invoke(StyleParam.SubPlotId.NewXAxis(1));

    public static readonly string YAxis = StyleParam.SubPlotId.toString.Invoke(StyleParam.SubPlotId.NewYAxis(1));

    public static readonly string YAxis2 = StyleParam.SubPlotId.toString.Invoke(StyleParam.SubPlotId.NewYAxis(2));
}

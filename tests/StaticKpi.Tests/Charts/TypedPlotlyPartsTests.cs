using Plotly.NET;
using StaticKpi.Charts;
using static StaticKpi.Tests.Charts.ChartFixtures;

namespace StaticKpi.Tests.Charts;

/// <summary>
/// The chart parts made with Plotly.NET's typed API and <c>StyleParam</c> values are written as plotly.js reads them:
/// the same attributes and values as before the typed API, in the order Plotly.NET sets them
/// (bench/compare-chart-json.sh compares whole sites with keys sorted).
/// </summary>
public class TypedPlotlyPartsTests
{
    [Fact]
    public void Layout_font_and_margin_from_the_typed_api_are_written_in_the_order_the_json_always_had()
    {
        var layout = Parse(Builder().Trend(Rising(), Q3).Json).GetProperty("layout");

        Assert.Equal(
            """{"family":"system-ui, -apple-system, \u0022Segoe UI\u0022, Roboto, Arial, sans-serif","size":14,"color":"#0b0c0c"}""",
            layout.GetProperty("font").GetRawText());
        Assert.Equal("""{"l":64,"r":24,"t":16,"b":48}""", layout.GetProperty("margin").GetRawText());
    }

    [Fact]
    public void A_typed_colour_is_written_as_the_css_colour_it_wraps_with_html_escaped()
    {
        var layout = PlotlyObjects.Layout("t");
        layout.Properties["font"] = Font.init(Family: null, Size: null, Color: Color.fromString("<b>red</b>"));

        var json = PlotlyJson.Serialize(PlotlyObjects.Figure([], layout));

        Assert.Equal(
            """{"color":"\u003Cb\u003Ered\u003C/b\u003E"}""",
            Parse(json).GetProperty("layout").GetProperty("font").GetRawText());
    }

    [Fact]
    public void Legend_and_config_from_typed_values_are_written_with_plotly_js_names()
    {
        var figure = Parse(Builder().Trend(Rising(), Q3).Json);

        Assert.Equal(
            """{"orientation":"h","traceorder":"normal","x":0,"xanchor":"left","y":1.02,"yanchor":"bottom"}""",
            figure.GetProperty("layout").GetProperty("legend").GetRawText());
        Assert.Equal(
            """{"staticPlot":false,"responsive":true,"scrollZoom":false,"displayModeBar":false,"displaylogo":false}""",
            figure.GetProperty("config").GetRawText());
    }

    [Theory]
    [InlineData("solid")]
    [InlineData("dash")]
    [InlineData("dot")]
    [InlineData("dashdot")]
    [InlineData("longdash")]
    [InlineData("longdashdot")]
    public void A_typed_dash_is_written_as_its_plotly_js_name(string dash)
    {
        var line = PlotlyObjects.Line("#0b0c0c", dash, 1, StyleParam.Shape.Hv);

        Assert.Equal($$"""{"color":"#0b0c0c","width":1,"shape":"hv","dash":"{{dash}}"}""", Written(line));
    }

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("\\")]
    [InlineData("x")]
    [InlineData(".")]
    [InlineData("+")]
    [InlineData("-")]
    [InlineData("|")]
    public void A_typed_pattern_shape_is_written_as_its_plotly_js_shape(string shape)
    {
        var pattern = PlotlyTyped.Pattern(Shape: PlotlyObjects.PatternShape(shape), FillMode: StyleParam.PatternFillMode.Overlay, Solidity: 0.3);

        Assert.Equal(
            $$"""{"fillmode":"overlay","shape":{{System.Text.Json.JsonSerializer.Serialize(shape)}},"solidity":0.3}""",
            Written(pattern));
    }

    [Fact]
    public void A_typed_trace_style_writes_mode_hoverinfo_axis_and_fill_as_plotly_js_strings()
    {
        var trace = PlotlyObjects.Scatter(PlotlyTyped.Scatter(
            Mode: StyleParam.Mode.Lines_Markers,
            HoverInfo: StyleParam.HoverInfo.Text,
            YAxis: StyleParam.LinearAxisId.NewY(2),
            Fill: StyleParam.Fill.ToNext_y,
            TextPosition: StyleParam.TextPosition.Outside));

        var json = PlotlyJson.Serialize(PlotlyObjects.Figure([trace], PlotlyObjects.Layout("t")));

        Assert.Equal(
            """{"type":"scatter","mode":"lines\u002Bmarkers","textposition":"outside","hoverinfo":"text","yaxis":"y2","fill":"tonexty"}""",
            Parse(json).GetProperty("data")[0].GetRawText());
    }

    [Fact]
    public void A_typed_axis_writes_its_kinds_and_options_as_plotly_js_strings()
    {
        var axis = PlotlyTyped.LinearAxis(
            AxisType: StyleParam.AxisType.Category,
            CategoryOrder: StyleParam.CategoryOrder.Array,
            TickMode: StyleParam.TickMode.Array,
            Ticks: StyleParam.TickOptions.Outside,
            RangeMode: StyleParam.RangeMode.ToZero,
            Side: StyleParam.Side.Right,
            Overlaying: StyleParam.LinearAxisId.NewY(1));

        const string expected = """
            {"type":"category","rangemode":"tozero","tickmode":"array","ticks":"outside","side":"right","overlaying":"y","categoryorder":"array"}
            """;
        Assert.Equal(expected, Written(axis));
    }

    /// <summary>The JSON PlotlyJson writes for one chart part.</summary>
    private static string Written(DynamicObj.DynamicObj part)
    {
        var layout = PlotlyObjects.Layout("t");
        layout.Properties["part"] = part;
        return Parse(PlotlyJson.Serialize(PlotlyObjects.Figure([], layout))).GetProperty("layout").GetProperty("part").GetRawText();
    }
}

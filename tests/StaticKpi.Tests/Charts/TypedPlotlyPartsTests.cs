using Plotly.NET;
using StaticKpi.Charts;
using static StaticKpi.Tests.Charts.ChartFixtures;

namespace StaticKpi.Tests.Charts;

/// <summary>
/// The chart parts made with Plotly.NET's typed API keep the JSON every chart had before: same attributes, same order,
/// same values (the example site and the 6,000-page benchmark compare it byte for byte).
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
}

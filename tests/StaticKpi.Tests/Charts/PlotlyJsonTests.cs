using System.Text.Json;
using Plotly.NET;
using StaticKpi.Charts;
using static StaticKpi.Tests.Charts.ChartFixtures;

namespace StaticKpi.Tests.Charts;

public class PlotlyJsonTests
{
    private static string Serialize(Layout layout, params Trace[] traces) =>
        PlotlyJson.Serialize(PlotlyObjects.Figure(traces, layout));

    private static string[] Keys(JsonElement obj) => [.. obj.EnumerateObject().Select(p => p.Name)];

    [Fact]
    public void Html_sensitive_characters_in_a_title_are_escaped_and_the_title_round_trips()
    {
        const string hostile = "</script><script>alert(1)</script> & 'single' \"double\" \u2028line\u2029para <!-- -->";

        var json = Serialize(PlotlyObjects.Layout(hostile), PlotlyObjects.Named(new Trace2D("scatter"), hostile));

        foreach (var raw in new[] { "<", ">", "&", "'", "\u2028", "\u2029" })
        {
            Assert.DoesNotContain(raw, json, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("\"double\"", json, StringComparison.Ordinal);
        Assert.Contains("\\u003C/script\\u003E\\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E", json, StringComparison.Ordinal);
        var figure = Parse(json);
        Assert.Equal(hostile, figure.GetProperty("layout").GetProperty("meta").GetProperty("title").GetString());
        // The trace name is also escaped for plotly.js's pseudo-HTML (PlotlyText) before the JSON escaping.
        Assert.Equal(
            "&lt;/script>&lt;script>alert(1)&lt;/script> & 'single' \"double\" \u2028line\u2029para &lt;!-- -->",
            figure.GetProperty("data")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void Html_sensitive_characters_in_strings_of_arrays_and_attribute_names_are_escaped()
    {
        var trace = PlotlyObjects.Named(new Trace2D("scatter"), "x")
            .With("hovertext", new string?[] { "<b>a & b</b>", null })
            .With("<odd>", "value");

        var json = Serialize(PlotlyObjects.Layout("t"), trace);

        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        Assert.DoesNotContain(">", json, StringComparison.Ordinal);
        Assert.DoesNotContain("&", json, StringComparison.Ordinal);
        var parsed = Parse(json).GetProperty("data")[0];
        Assert.Equal(["<b>a & b</b>", "(null)"], Strings(parsed.GetProperty("hovertext")));
        Assert.Equal("value", parsed.GetProperty("<odd>").GetString());
    }

    [Fact]
    public void Letters_outside_ascii_are_written_as_they_are_and_round_trip()
    {
        const string title = "Spend per resident (£), café opening hours – 2024/25";

        var json = Serialize(PlotlyObjects.Layout(title));

        Assert.Contains(title, json, StringComparison.Ordinal);
        Assert.Equal(title, Parse(json).GetProperty("layout").GetProperty("meta").GetProperty("title").GetString());
    }

    [Fact]
    public void Non_finite_numbers_are_written_as_null()
    {
        var trace = PlotlyObjects.Named(new Trace2D("scatter"), "Actual")
            .With("y", new double?[] { 1.5, double.NaN, null, double.PositiveInfinity, double.NegativeInfinity, -2 })
            .With("range", new[] { double.NaN, 3.25, double.PositiveInfinity })
            .With("opacity", double.NaN)
            .With("width", double.NegativeInfinity);

        var json = Serialize(PlotlyObjects.Layout("t"), trace);

        Assert.DoesNotContain("NaN", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", json, StringComparison.Ordinal);
        var parsed = Parse(json).GetProperty("data")[0];
        Assert.Equal([1.5, null, null, null, null, -2.0], Numbers(parsed.GetProperty("y")));
        Assert.Equal([null, 3.25, null], Numbers(parsed.GetProperty("range")));
        Assert.Equal(JsonValueKind.Null, parsed.GetProperty("opacity").ValueKind);
        Assert.Equal(JsonValueKind.Null, parsed.GetProperty("width").ValueKind);
    }

    [Fact]
    public void Numbers_round_trip_exactly()
    {
        var values = new double?[] { 0, -0.0, 0.1, 1.02, 3570, 80.2, 1e-7, 123456789.123456, double.MaxValue, double.Epsilon };
        var trace = PlotlyObjects.Named(new Trace2D("scatter"), "n")
            .With("y", values)
            .With("size", 12)
            .With("big", int.MaxValue)
            .With("small", int.MinValue);

        var parsed = Parse(Serialize(PlotlyObjects.Layout("t"), trace)).GetProperty("data")[0];

        Assert.Equal(values, Numbers(parsed.GetProperty("y")));
        Assert.Equal(12, parsed.GetProperty("size").GetInt32());
        Assert.Equal(int.MaxValue, parsed.GetProperty("big").GetInt32());
        Assert.Equal(int.MinValue, parsed.GetProperty("small").GetInt32());
    }

    [Fact]
    public void Figure_is_data_layout_and_config_in_that_order()
    {
        var figure = Parse(Serialize(
            PlotlyObjects.Layout("t"), PlotlyObjects.Named(new Trace2D("scatter"), "a"), PlotlyObjects.Named(new Trace2D("bar"), "b")));

        Assert.Equal(["data", "layout", "config"], Keys(figure));
        Assert.Equal(["scatter", "bar"], figure.GetProperty("data").EnumerateArray().Select(t => t.GetProperty("type").GetString()));
        // Config.init sets its attributes in the order of its parameters.
        Assert.Equal(["staticPlot", "responsive", "scrollZoom", "displayModeBar", "displaylogo"], Keys(figure.GetProperty("config")));
        Assert.Equal([false, true, false, false, false], figure.GetProperty("config").EnumerateObject().Select(p => p.Value.GetBoolean()));
    }

    [Fact]
    public void A_figure_with_no_traces_has_an_empty_data_array()
    {
        var figure = Parse(Serialize(PlotlyObjects.Layout("t")));

        Assert.Equal(0, figure.GetProperty("data").GetArrayLength());
    }

    [Fact]
    public void Trace_keys_are_type_first_then_in_the_order_they_were_set()
    {
        var trace = PlotlyObjects.Named(new Trace2D("scatter"), "Actual")
            .With("mode", "lines+markers")
            .With("x", new[] { "Q1", "Q2" })
            .With("y", new double?[] { 1, null })
            .With("connectgaps", false)
            .With("line", PlotlyObjects.Line("#1d70b8", width: 3))
            .With("type", "ignored: a trace's type is its own");

        var parsed = Parse(Serialize(PlotlyObjects.Layout("t"), trace)).GetProperty("data")[0];

        Assert.Equal(["type", "name", "mode", "x", "y", "connectgaps", "line"], Keys(parsed));
        Assert.Equal("scatter", parsed.GetProperty("type").GetString());
        Assert.Equal("lines+markers", parsed.GetProperty("mode").GetString());
        Assert.Equal(["Q1", "Q2"], Strings(parsed.GetProperty("x")));
        Assert.Equal([1.0, null], Numbers(parsed.GetProperty("y")));
        Assert.False(parsed.GetProperty("connectgaps").GetBoolean());
        Assert.Equal(["color", "width", "dash"], Keys(parsed.GetProperty("line")));
        Assert.Equal("#1d70b8", parsed.GetProperty("line").GetProperty("color").GetString());
        Assert.Equal("solid", parsed.GetProperty("line").GetProperty("dash").GetString());
        Assert.Equal(3.0, parsed.GetProperty("line").GetProperty("width").GetDouble());
    }

    [Fact]
    public void A_type_attribute_of_an_object_that_is_not_a_trace_is_written_where_it_was_set()
    {
        var layout = PlotlyObjects.Layout("t").With("xaxis", PlotlyObjects.CategoryAxis("Period", ["Q1"]));

        var xaxis = Parse(Serialize(layout)).GetProperty("layout").GetProperty("xaxis");

        Assert.Equal(
            [
                "fixedrange", "ticks", "tickcolor", "showline", "linecolor", "gridcolor", "zeroline", "automargin",
                "type", "showgrid", "categoryorder", "title", "categoryarray",
            ],
            Keys(xaxis));
        Assert.Equal("category", xaxis.GetProperty("type").GetString());
    }

    [Fact]
    public void Layout_keys_are_in_the_order_Plotly_NET_set_them_then_the_charts_own()
    {
        var layout = PlotlyObjects.Layout("Title").With("xaxis", PlotlyObjects.Axis("x")).With("yaxis", PlotlyObjects.Axis(null));

        var parsed = Parse(Serialize(layout)).GetProperty("layout");

        Assert.Equal(
            [
                "margin", "autosize", "font", "separators", "paper_bgcolor", "plot_bgcolor", "hovermode", "dragmode", "legend",
                "meta", "xaxis", "yaxis",
            ],
            Keys(parsed));
        Assert.Equal(["l", "r", "t", "b"], Keys(parsed.GetProperty("margin")));
        Assert.Equal([64, 24, 16, 48], parsed.GetProperty("margin").EnumerateObject().Select(p => p.Value.GetInt32()));
        Assert.Equal(["orientation", "traceorder", "x", "xanchor", "y", "yanchor"], Keys(parsed.GetProperty("legend")));
        Assert.Equal(1.02, parsed.GetProperty("legend").GetProperty("y").GetDouble());
        Assert.Equal(ChartPalette.FontFamily, parsed.GetProperty("font").GetProperty("family").GetString());
        Assert.Equal("x", parsed.GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString());
        Assert.False(parsed.GetProperty("yaxis").TryGetProperty("title", out _));
    }

    [Fact]
    public void A_value_of_a_type_it_does_not_know_throws_naming_the_type()
    {
        var trace = PlotlyObjects.Named(new Trace2D("scatter"), "x").With("y", new List<decimal> { 1m });

        var error = Assert.Throws<NotSupportedException>(() => Serialize(PlotlyObjects.Layout("t"), trace));

        Assert.Contains("System.Collections.Generic.List`1[[System.Decimal", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void After_a_failed_figure_the_next_one_on_the_thread_is_complete()
    {
        var bad = PlotlyObjects.Named(new Trace2D("scatter"), "x").With("y", 1m);
        Assert.Throws<NotSupportedException>(() => Serialize(PlotlyObjects.Layout("bad"), bad));

        var figure = Parse(Serialize(PlotlyObjects.Layout("good"), PlotlyObjects.Named(new Trace2D("scatter"), "ok")));

        Assert.Equal("good", figure.GetProperty("layout").GetProperty("meta").GetProperty("title").GetString());
        Assert.Equal("ok", figure.GetProperty("data")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void A_large_figure_then_a_small_one_on_the_same_thread_are_each_complete()
    {
        var many = Enumerable.Range(0, 200_000).Select(i => (double?)i).ToArray();

        var large = Parse(Serialize(PlotlyObjects.Layout("large"), PlotlyObjects.Named(new Trace2D("scatter"), "many").With("y", many)));
        var small = Serialize(PlotlyObjects.Layout("small"), PlotlyObjects.Named(new Trace2D("scatter"), "few").With("y", new double?[] { 1 }));

        Assert.Equal(many, Numbers(large.GetProperty("data")[0].GetProperty("y")));
        Assert.Equal([1.0], Numbers(Parse(small).GetProperty("data")[0].GetProperty("y")));
        Assert.Equal("small", Parse(small).GetProperty("layout").GetProperty("meta").GetProperty("title").GetString());
    }

    [Fact]
    public void Figures_serialised_in_parallel_equal_those_serialised_one_by_one()
    {
        static string Figure(int i) => Serialize(
            PlotlyObjects.Layout($"Chart {i}"),
            PlotlyObjects.Named(new Trace2D("scatter"), $"Series {i}")
                .With("y", Enumerable.Range(0, i % 50).Select(k => (double?)(k * 0.5 + i)).ToArray()));

        var expected = Enumerable.Range(0, 400).Select(Figure).ToArray();
        var actual = new string[expected.Length];

        Parallel.For(0, expected.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => actual[i] = Figure(i));

        Assert.Equal(expected, actual);
    }
}

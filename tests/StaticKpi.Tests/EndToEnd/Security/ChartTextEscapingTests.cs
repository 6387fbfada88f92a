using System.Text.Json;
using StaticKpi.Charts;
using StaticKpi.Content;
using StaticKpi.Diagnostics;
using StaticKpi.Model;
using static StaticKpi.Tests.Charts.ChartFixtures;

namespace StaticKpi.Tests.EndToEnd.Security;

/// <summary>
/// plotly.js draws chart text through its own pseudo-HTML (<c>&lt;a href&gt;</c>, <c>&lt;b&gt;</c>, <c>&lt;br&gt;</c>,
/// entities, <c>%{…}</c> fields), so every text from content reaches the figure escaped (<see cref="PlotlyText"/>) and
/// plotly.js shows it as the editor wrote it. The browser test ChartMarkupTests shows the same in Chromium.
/// </summary>
public sealed class ChartTextEscapingTests
{
    private const string Link = "<a href=\"https://evil.example/\">X</a>";
    private const string EscapedLink = "&lt;a href=\"https://evil.example/\">X&lt;/a>";

    // Finding 10 of issue 12: what plotly.js 2.28's svg_text_utils reads as markup is escaped, nothing else.
    [Theory]
    [InlineData(Link, EscapedLink)]
    [InlineData("<b>bold</b><br><sub>2</sub><span style=\"color:red\">s</span>",
        "&lt;b>bold&lt;/b>&lt;br>&lt;sub>2&lt;/sub>&lt;span style=\"color:red\">s&lt;/span>")]
    [InlineData("&lt;a&gt;", "&amp;lt;a&amp;gt;")]
    [InlineData("&#60;b&#x3C;", "&amp;#60;b&amp;#x3C;")]
    [InlineData("&amp; &nbsp; &deg; &mu; &times; &plusmn; &gt;", "&amp;amp; &amp;nbsp; &amp;deg; &amp;mu; &amp;times; &amp;plusmn; &amp;gt;")]
    [InlineData("&future; &Unknown; &#X3C;", "&amp;future; &Unknown; &#X3C;")]
    [InlineData("%{meta.title} and %{x}", "&#37;{meta.title} and &#37;{x}")]
    [InlineData("Q&A, R & D, AT&T; 50% > 40%, £1 'quoted' \"double\"", "Q&A, R & D, AT&T; 50% > 40%, £1 'quoted' \"double\"")]
    [InlineData("&", "&")]
    [InlineData("a&#;b &#x; &1;", "a&#;b &#x; &1;")]
    public void Plotly_text_escapes_only_what_plotly_reads_as_markup(string text, string escaped)
    {
        Assert.Equal(escaped, PlotlyText.Escape(text));
    }

    // Finding 10 of issue 12: ordinary text costs nothing and the example site's bytes cannot change.
    [Fact]
    public void Ordinary_text_is_returned_as_the_same_string()
    {
        const string text = "Adults, Health & Commissioning (£, 50%)";

        Assert.Same(text, PlotlyText.Escape(text));
    }

    // Finding 10 of issue 12: an extra chart's series names, axis titles, categories and benchmark names.
    [Fact]
    public void Extra_chart_texts_from_content_reach_the_figure_escaped_for_plotly()
    {
        var spec = new ChartSpec(
            Q3, ChartType.BarLine, Link, Link, "<b>y</b>", "<i>y2</i>",
            [Link, "A category long enough to wrap <b>bold</b>", "%{meta.title}"],
            [
                new ChartSeries(Link, [1m, 2m, 3m], ChartAxis.Primary, SeriesKind.Bar),
                new ChartSeries("<span style=\"font-size:90px\">big</span>", [4m, 5m, 6m], ChartAxis.Secondary, SeriesKind.Line),
            ],
            [new ChartBenchmark(Link, 2.5m)],
            Location);

        var figure = Parse(Builder().Extras(Rising() with { Charts = [spec] }, Q3)[0].Json);

        var data = figure.GetProperty("data");
        string[] keys = [EscapedLink, "A category long enough to wrap &lt;b>bold&lt;/b>", "&#37;{meta.title}"];
        Assert.Equal(EscapedLink, data[0].GetProperty("name").GetString());
        Assert.Equal(keys, Strings(data[0].GetProperty("x")));
        Assert.Equal(
            [$"{EscapedLink}<br>{EscapedLink}: 1", $"{EscapedLink}<br>A category long enough to wrap &lt;b>bold&lt;/b>: 2",
                $"{EscapedLink}<br>&#37;{{meta.title}}: 3"],
            Strings(data[0].GetProperty("hovertext")));
        Assert.Equal("&lt;span style=\"font-size:90px\">big&lt;/span>", data[1].GetProperty("name").GetString());
        Assert.Equal(keys, Strings(data[1].GetProperty("x")));
        Assert.Equal($"&lt;span style=\"font-size:90px\">big&lt;/span><br>{EscapedLink}: 4", Strings(data[1].GetProperty("hovertext"))[0]);
        Assert.Equal(EscapedLink, data[2].GetProperty("name").GetString());
        Assert.Equal([EscapedLink, "&#37;{meta.title}"], Strings(data[2].GetProperty("x")));
        Assert.Equal([$"{EscapedLink}: 2.5", $"{EscapedLink}: 2.5"], Strings(data[2].GetProperty("hovertext")));

        var layout = figure.GetProperty("layout");
        var xaxis = layout.GetProperty("xaxis");
        Assert.Equal(EscapedLink, xaxis.GetProperty("title").GetProperty("text").GetString());
        Assert.Equal(keys, Strings(xaxis.GetProperty("categoryarray")));
        Assert.Equal(keys, Strings(xaxis.GetProperty("tickvals")));
        Assert.Equal(
            ["&lt;a<br>href=\"https://evil.example/\">X&lt;/a>", "A category long<br>enough to wrap<br>&lt;b>bold&lt;/b>", "&#37;{meta.title}"],
            Strings(xaxis.GetProperty("ticktext")));
        Assert.Equal("&lt;b>y&lt;/b>", layout.GetProperty("yaxis").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("&lt;i>y2&lt;/i>", layout.GetProperty("yaxis2").GetProperty("title").GetProperty("text").GetString());
        // The title is not drawn by plotly.js; it stays data for scripts, and nothing refers to it any more.
        Assert.Equal(Link, layout.GetProperty("meta").GetProperty("title").GetString());
        AssertNoMarkupButLineBreaks(figure);
    }

    // Finding 10 of issue 12: a trend chart's benchmark label, a point's label and the site's currency symbol.
    [Fact]
    public void Trend_chart_texts_from_content_reach_the_figure_escaped_for_plotly()
    {
        var builder = new ChartBuilder(ConfigWithCurrency("<b>£</b>"));
        var indicator = Indicator(
            [Point(Q2, 80.2m), Point(Q3, 85m, label: Link)],
            new Target.Value(90m),
            unit: Unit.Currency,
            benchmarks: [new Benchmark(BenchmarkKind.England, 88m, null, Link, null)]);

        var figure = Parse(builder.Trend(indicator, Q3).Json);

        var actual = Trace(figure, "Actual");
        Assert.Equal(
            [
                "2024/25 Q2: &lt;b>£&lt;/b>80.2<br>Rating: Red<br>Target: &lt;b>£&lt;/b>90.0",
                $"{EscapedLink}: &lt;b>£&lt;/b>85.0<br>Rating: Amber<br>Target: &lt;b>£&lt;/b>90.0",
            ],
            Strings(actual.GetProperty("hovertext")));
        var benchmark = Trace(figure, EscapedLink);
        Assert.Equal([$"{EscapedLink}: &lt;b>£&lt;/b>88.0", $"{EscapedLink}: &lt;b>£&lt;/b>88.0"], Strings(benchmark.GetProperty("hovertext")));
        var yaxis = figure.GetProperty("layout").GetProperty("yaxis");
        Assert.Equal("Amount (&lt;b>£&lt;/b>)", yaxis.GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("&lt;b>£&lt;/b>", yaxis.GetProperty("tickprefix").GetString());
        AssertNoMarkupButLineBreaks(figure);
    }

    /// <summary>
    /// Every string plotly.js draws (all of the figure but <c>layout.meta</c>, which it does not) holds no markup but
    /// StaticKpi's own <c>&lt;br&gt;</c>, and no template field.
    /// </summary>
    private static void AssertNoMarkupButLineBreaks(JsonElement figure)
    {
        foreach (var (path, text) in StringsIn(figure, ""))
        {
            if (path == ".layout.meta.title")
            {
                continue;
            }

            Assert.False(text.Replace("<br>", "", StringComparison.Ordinal).Contains('<', StringComparison.Ordinal), $"{path}: {text}");
            Assert.False(text.Contains("%{", StringComparison.Ordinal), $"{path}: {text}");
        }
    }

    private static IEnumerable<(string Path, string Text)> StringsIn(JsonElement element, string path) => element.ValueKind switch
    {
        JsonValueKind.String => [(path, element.GetString()!)],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => StringsIn(p.Value, $"{path}.{p.Name}")),
        JsonValueKind.Array => element.EnumerateArray().SelectMany((e, i) => StringsIn(e, $"{path}[{i}]")),
        _ => [],
    };

    private static SiteConfig ConfigWithCurrency(string symbol)
    {
        var diagnostics = new DiagnosticBag();
        var yaml = ConfigYaml.Replace("currency_symbol: \"£\"", $"currency_symbol: \"{symbol}\"", StringComparison.Ordinal);
        var config = SiteConfigLoader.Load(yaml, SiteConfigLoader.FileName, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedList()));
        return config!;
    }
}

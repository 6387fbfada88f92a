using StaticKpi.Content;
using StaticKpi.Diagnostics;
using StaticKpi.Model;

namespace StaticKpi.Tests.Charts;

/// <summary>The <c>charts:</c> list of indicator files: what it becomes, and the diagnostics of mistakes in it.</summary>
public class ChartSpecLoadingTests
{
    private const string File = "content/indicators/182-foi-timeliness.yaml";

    // Line numbers matter: the tests below point at lines 10 to 20.
    private const string Valid = """
        id: 182
        title: Freedom of Information requests answered on time
        committee: strategy-resources-performance
        unit: percent
        target: 90
        series:
          - period: 2024/25 Q3
            value: 85
        charts:
          - period: 2024/25 Q3
            type: bar_line
            title: Leavers and turnover
            y2_title: Turnover (%)
            categories: [Oct 2024, Nov 2024, Dec 2024]
            series:
              - name: Leavers
                values: [40, 35, null]
              - name: Turnover
                axis: secondary
                values: [11.2, 10.9, 10.54]
        """;

    private static (Indicator? Indicator, IReadOnlyList<Diagnostic> Diagnostics) Load(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var indicator = IndicatorLoader.Load(yaml, File, ChartFixtures.Config, diagnostics);
        return (indicator, diagnostics.ToSortedList());
    }

    private static (Indicator? Indicator, IReadOnlyList<Diagnostic> Diagnostics) LoadWith(string oldText, string newText)
    {
        Assert.Contains(oldText, Valid, StringComparison.Ordinal);
        return Load(Valid.Replace(oldText, newText, StringComparison.Ordinal));
    }

    private static Diagnostic Single(IReadOnlyList<Diagnostic> diagnostics, string ruleId, Severity severity, int line, int column)
    {
        var matching = diagnostics.Where(d => d.RuleId == ruleId && d.Severity == severity).ToList();
        Assert.True(matching.Count == 1, $"Expected one {ruleId}, got:\n{string.Join("\n", diagnostics)}");
        Assert.Equal(new SourceLocation(File, line, column), matching[0].Location);
        return matching[0];
    }

    [Fact]
    public void Valid_chart_is_read_with_defaults_for_kind_and_axis()
    {
        var (indicator, diagnostics) = Load(Valid);

        Assert.Empty(diagnostics);
        var chart = Assert.Single(indicator!.Charts);
        Assert.Equal(Period.Quarter(2024, 3), chart.Period);
        Assert.Equal(ChartType.BarLine, chart.Type);
        Assert.Equal("Leavers and turnover", chart.Title);
        Assert.Equal("Turnover (%)", chart.Y2Title);
        Assert.Null(chart.XTitle);
        Assert.Equal(["Oct 2024", "Nov 2024", "Dec 2024"], chart.Categories);
        Assert.Equal(new SourceLocation(File, 10, 5), chart.Location);
        Assert.Equal("Leavers", chart.Series[0].Name);
        Assert.Equal([40m, 35m, null], chart.Series[0].Values);
        Assert.Equal((ChartAxis.Primary, SeriesKind.Bar), (chart.Series[0].Axis, chart.Series[0].Kind));
        Assert.Equal((ChartAxis.Secondary, SeriesKind.Line), (chart.Series[1].Axis, chart.Series[1].Kind));
        Assert.Empty(chart.Benchmarks);
    }

    [Fact]
    public void Indicator_without_charts_has_none()
    {
        var (indicator, diagnostics) = Load(Valid[..Valid.IndexOf("charts:", StringComparison.Ordinal)]);

        Assert.Empty(diagnostics);
        Assert.Empty(indicator!.Charts);
    }

    [Fact]
    public void Values_not_matching_the_categories_is_a_bad_value_at_the_values()
    {
        var (indicator, diagnostics) = LoadWith("values: [40, 35, null]", "values: [40, 35]");

        var diagnostic = Single(diagnostics, RuleIds.BadValue, Severity.Error, 17, 17);
        Assert.Equal("The series 'Leavers' has 2 values but the chart has 3 categories.", diagnostic.Message);
        Assert.Empty(indicator!.Charts);
    }

    [Fact]
    public void Unknown_key_suggests_the_nearest()
    {
        var (_, diagnostics) = LoadWith("    title: Leavers and turnover", "    titel: Leavers and turnover");

        var diagnostic = Single(diagnostics, RuleIds.UnknownKey, Severity.Error, 12, 5);
        Assert.Equal("Did you mean 'title'?", diagnostic.Fix);
        Single(diagnostics, RuleIds.MissingRequired, Severity.Error, 10, 5);
    }

    [Fact]
    public void Text_among_the_values_is_a_wrong_type_at_that_value()
    {
        var (_, diagnostics) = LoadWith("values: [40, 35, null]", "values: [40, lots, null]");

        Single(diagnostics, RuleIds.WrongType, Severity.Error, 17, 22);
    }

    [Fact]
    public void Unknown_chart_type_suggests_the_nearest()
    {
        var (_, diagnostics) = LoadWith("type: bar_line", "type: barline");

        var diagnostic = Single(diagnostics, RuleIds.BadValue, Severity.Error, 11, 11);
        Assert.Equal("'barline' is not a valid value for 'type'.", diagnostic.Message);
        Assert.Equal("Did you mean 'bar_line'?", diagnostic.Fix);
    }

    [Fact]
    public void Second_axis_outside_a_bar_line_chart_is_an_error_and_its_title_a_warning()
    {
        var (indicator, diagnostics) = LoadWith("type: bar_line", "type: bar");

        Single(diagnostics, RuleIds.BadValue, Severity.Error, 19, 15);
        Single(diagnostics, RuleIds.BadValue, Severity.Warning, 13, 15);
        Assert.Empty(indicator!.Charts);
    }

    [Fact]
    public void Bar_line_chart_without_a_line_is_an_error_at_its_series()
    {
        var (_, diagnostics) = LoadWith("        axis: secondary\n", "");

        var diagnostic = Single(diagnostics, RuleIds.BadValue, Severity.Error, 16, 7);
        Assert.Equal("A bar_line chart needs a series drawn as a line.", diagnostic.Message);
    }

    [Fact]
    public void Repeated_category_is_an_error_at_the_repeat()
    {
        var (_, diagnostics) = LoadWith("[Oct 2024, Nov 2024, Dec 2024]", "[Oct 2024, Oct 2024, Dec 2024]");

        Single(diagnostics, RuleIds.BadValue, Severity.Error, 14, 28);
    }

    [Fact]
    public void Chart_period_must_be_a_period()
    {
        var (_, diagnostics) = LoadWith("  - period: 2024/25 Q3\n    type", "  - period: Q3 2024\n    type");

        Single(diagnostics, RuleIds.BadPeriod, Severity.Error, 10, 13);
    }

    [Fact]
    public void Benchmarks_are_read_in_order()
    {
        var (indicator, diagnostics) = LoadWith(
            "        values: [11.2, 10.9, 10.54]",
            "        values: [11.2, 10.9, 10.54]\n    benchmarks:\n      - name: Council-wide\n        value: 9.15\n" +
            "      - name: England\n        value: 12");

        Assert.Empty(diagnostics);
        Assert.Equal(
            [new ChartBenchmark("Council-wide", 9.15m), new ChartBenchmark("England", 12m)],
            indicator!.Charts[0].Benchmarks);
    }
}

using StaticKpi.Charts;
using StaticKpi.Model;
using static StaticKpi.Tests.Charts.ChartFixtures;

namespace StaticKpi.Tests.Charts;

/// <summary>
/// The names in a chart's summary that fell back to the default language, which the page marks with their <c>lang</c>:
/// a comparator's label in a trend chart (the other kinds are named in the theme's words).
/// </summary>
public sealed class ChartSummaryMarksTests
{
    [Fact]
    public void A_trend_chart_marks_an_untranslated_comparator_label_and_not_a_label_its_summary_does_not_use()
    {
        var indicator = Indicator(
            [Point(Q2, 80.2m), Point(Q3, 85.0m)],
            new Target.Value(90m),
            benchmarks:
            [
                new Benchmark(BenchmarkKind.Comparator, 83.1m, Period.FinancialYear(2023), "Welsh councils", null) { Language = "en" },
                new Benchmark(BenchmarkKind.Comparator, 81.0m, Period.FinancialYear(2023), "Cynghorau gwledig", null),
                new Benchmark(BenchmarkKind.England, 84.0m, Period.FinancialYear(2023), "England mean", null) { Language = "en" },
            ]);

        var figure = Builder().Trend(indicator, Q3);

        Assert.Equal([new ChartTextMark("Welsh councils", "en")], figure.SummaryMarks);
        Assert.Contains("Welsh councils", figure.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_trend_chart_with_every_label_translated_marks_nothing()
    {
        var indicator = Indicator([Point(Q2, 80.2m), Point(Q3, 85.0m)], new Target.Value(90m),
            benchmarks: [new Benchmark(BenchmarkKind.Comparator, 83.1m, Period.FinancialYear(2023), "Welsh councils", null)]);

        Assert.Empty(Builder().Trend(indicator, Q3).SummaryMarks);
    }
}

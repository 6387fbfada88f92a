
namespace StaticKpi.Tests.EndToEnd.RealReports.Charts;

/// <summary>Every chart of the example site, built into a temporary folder, keeps the honest-projection rules.</summary>
public sealed class ExampleSiteChartWalkTests(ExampleSiteFixture fixture) : IClassFixture<ExampleSiteFixture>
{
    [Fact]
    public void Every_trend_chart_of_the_example_site_projects_honestly_and_explains_its_gaps()
    {
        Assert.True(fixture.Site.Result.Succeeded);

        var problems = ChartWalker.Problems(RepoPaths.Root, fixture.Site.Output, out var trendCharts, out var projections);

        Assert.Empty(problems);
        // The trend chart of each indicator page and of each printable report.
        Assert.Equal(120, trendCharts);
        // Only two series have three consecutive quarters or months up to their report: 160 in 2020/21 Q2 and 213 in
        // 2023/24 Q1 (each on its indicator page and in its printable report).
        Assert.Equal(4, projections);
    }

    [Fact]
    public void Year_to_date_indicator_212_is_a_line_per_financial_year_with_no_projection()
    {
        var chart = ChartWalker.Charts(fixture.Site.Output)
            .Single(c => c.Id == "chart-212-2024-25-q3-trend" && !c.Page.Contains("/print/", StringComparison.Ordinal));

        var names = chart.Figure.GetProperty("data").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();

        Assert.Equal(["2023/24 (year to date)", "2024/25 (year to date)", "Target"], names);
    }
}

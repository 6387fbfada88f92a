
namespace StaticKpi.Tests.EndToEnd.RealReports.Charts;

/// <summary>The walker itself finds each kind of dishonest chart, so an empty list from it means something.</summary>
public sealed class ChartWalkerTests
{
    [Fact]
    public void Walker_reports_an_old_style_projection_through_two_values_to_over_100_percent()
    {
        using var site = TempSite.FromMinimal();
        var page = Path.Combine(site.Output, "2024-25-q3", "finance", "101-invoices-paid", "index.html");
        Directory.CreateDirectory(Path.GetDirectoryName(page)!);
        // Indicator 101 is a quarterly percentage: two values, and a projection through them to 102.5%, its first
        // marker on the latest value.
        File.WriteAllText(page, """
            <!doctype html><html><body>
            <script type="application/json" id="chart-101-2024-25-q3-trend-figure">{"data":[
            {"type":"scatter","name":"Actual","x":["2024/25 Q2","2024/25 Q3"],"y":[86,91.5]},
            {"type":"scatter","name":"Projection (not data)","x":["2024/25 Q3","2024/25 Q4","2025/26 Q1"],"y":[91.5,97,102.5],"marker":{"size":9}}
            ],"layout":{},"config":{}}</script>
            </body></html>
            """);

        var problems = ChartWalker.Problems(site.Source, site.Output, out var trendCharts, out var projections);

        Assert.Equal(1, trendCharts);
        Assert.Equal(1, projections);
        const string where = "2024-25-q3/finance/101-invoices-paid/index.html chart-101-2024-25-q3-trend";
        Assert.Equal(
        [
            $"{where}: projected value 102.5 is outside what a Percent can be",
            $"{where}: the projection has a marker on top of the latest actual value",
            $"{where}: projection drawn from 2 consecutive values, fewer than 3",
        ], problems);
    }

    [Fact]
    public void Walker_reports_an_unexplained_gap()
    {
        using var site = TempSite.FromMinimal();
        var page = Path.Combine(site.Output, "2024-25-q3", "finance", "101-invoices-paid", "index.html");
        Directory.CreateDirectory(Path.GetDirectoryName(page)!);
        File.WriteAllText(page, """
            <!doctype html><html><body>
            <script type="application/json" id="chart-101-2024-25-q3-trend-figure">{"data":[
            {"type":"scatter","name":"Actual","x":["2024/25 Q1","2024/25 Q2","2024/25 Q3"],"y":[82,null,91.5]}
            ],"layout":{},"config":{}}</script>
            </body></html>
            """);

        var problems = ChartWalker.Problems(site.Source, site.Output, out _, out _);

        Assert.Equal(["2024-25-q3/finance/101-invoices-paid/index.html chart-101-2024-25-q3-trend: " +
            "no explanation for the missing value of 2024/25 Q2"], problems);
    }
}

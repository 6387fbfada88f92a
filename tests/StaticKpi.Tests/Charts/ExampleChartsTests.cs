using StaticKpi.Charts;
using StaticKpi.Content;
using StaticKpi.Diagnostics;
using StaticKpi.Model;

namespace StaticKpi.Tests.Charts;

/// <summary>The extra charts of the example site (indicators 211 and 213) load and summarise as expected.</summary>
public class ExampleChartsTests
{
    private static readonly SiteConfig Config = LoadConfig();

    private static SiteConfig LoadConfig()
    {
        var diagnostics = new DiagnosticBag();
        var path = Path.Combine(RepoPaths.Root, SiteConfigLoader.FileName);
        return SiteConfigLoader.Load(File.ReadAllText(path), SiteConfigLoader.FileName, diagnostics)!;
    }

    private static Indicator LoadIndicator(string prefix)
    {
        var folder = Path.Combine(RepoPaths.Root, "content", "indicators");
        var path = Directory.EnumerateFiles(folder, prefix + "-*.yaml").Single();
        var diagnostics = new DiagnosticBag();
        var indicator = IndicatorLoader.Load(File.ReadAllText(path), Path.GetFileName(path), Config, diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        return indicator!;
    }

    [Fact]
    public void Mental_health_absence_has_the_rolling_twelve_month_bar_line_chart_for_2023_24_q1()
    {
        var indicator = LoadIndicator("213");
        var period = Period.Quarter(2023, 1, Config.FinancialYearStartMonth);

        var chart = Assert.Single(new ChartBuilder(Config).Extras(indicator, period));

        Assert.Equal("chart-213-2023-24-q1-extra-1", chart.Id);
        Assert.Equal(24, chart.PointCount);
        Assert.Equal(
            "Actual FTE days lost (rolling 12 months) went from 10,519 in Jul 2022 to 9,488 in Jun 2023. " +
            "Average days lost per FTE (rolling 12 months) went from 3.0 in Jul 2022 to 2.7 in Jun 2023.",
            chart.Summary);
        Assert.Equal(["Jun 2023", "9,488", "2.7"], chart.Table.Rows[^1]);
    }

    [Fact]
    public void Sickness_absence_has_the_directorate_comparison_for_2024_25_q3()
    {
        var indicator = LoadIndicator("211");
        var period = Period.Quarter(2024, 3, Config.FinancialYearStartMonth);

        var chart = Assert.Single(new ChartBuilder(Config).Extras(indicator, period));

        Assert.Equal("Average days lost per FTE by directorate, 12 months to December 2024", chart.Title);
        Assert.Equal(
            "Average days lost per FTE is highest for Adults, Health and Commissioning (11.42) and lowest for Public Health (5.12). " +
            "2 of 6 are above the Council-wide line at 9.15. 1 of 6 is above the Statistical neighbours mean (2022/23) line at 10.20. " +
            "2 of 6 are above the England mean (2022/23) line at 9.60.",
            chart.Summary);
        Assert.Empty(new ChartBuilder(Config).Extras(indicator, Period.Quarter(2024, 2, Config.FinancialYearStartMonth)));
    }
}

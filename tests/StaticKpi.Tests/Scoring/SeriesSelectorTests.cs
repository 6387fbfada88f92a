using StaticKpi.Model;
using StaticKpi.Scoring;

namespace StaticKpi.Tests.Scoring;

public class SeriesSelectorTests
{
    private static readonly Period Q3 = Period.Quarter(2024, 3);

    [Fact]
    public void A_monthly_series_in_a_quarterly_report_shows_the_quarters_last_month_against_the_month_before()
    {
        var indicator = Build.Indicator(1, Build.Target(90m), series:
        [
            Build.Point(Period.Month(2024, 9), 80m),
            Build.Point(Period.Month(2024, 10), 81m),
            Build.Point(Period.Month(2024, 11), 82m),
            Build.Point(Period.Month(2024, 12), 83m),
        ]);

        var (current, previous) = SeriesSelector.Select(indicator, Q3);

        Assert.NotNull(current);
        Assert.NotNull(previous);
        Assert.Equal(Period.Month(2024, 12), current.Period);
        Assert.Equal(83m, current.Value);
        Assert.Equal(Period.Month(2024, 11), previous.Period);
        Assert.Equal(82m, previous.Value);
    }

    [Fact]
    public void A_value_for_a_later_period_is_ignored()
    {
        var indicator = Build.Indicator(1, Build.Target(90m), series:
        [
            Build.Point(Period.Month(2024, 11), 82m),
            Build.Point(Period.Month(2024, 12), 83m),
            Build.Point(Period.Month(2025, 1), 99m),
            Build.Point(Period.Quarter(2024, 4), 98m),
        ]);

        var (current, previous) = SeriesSelector.Select(indicator, Q3);

        Assert.Equal(Period.Month(2024, 12), current?.Period);
        Assert.Equal(Period.Month(2024, 11), previous?.Period);
    }

    [Fact]
    public void A_quarterly_series_shows_the_reports_quarter_against_the_quarter_before()
    {
        var indicator = Build.Indicator(1, Build.Target(90m), series:
        [
            Build.Point(Period.Quarter(2024, 1), 70m),
            Build.Point(Period.Quarter(2024, 2), 80.2m),
            Build.Point(Period.Quarter(2024, 3), 85m),
            Build.Point(Period.Quarter(2024, 4), 88m),
        ]);

        var (current, previous) = SeriesSelector.Select(indicator, Q3);

        Assert.Equal(Period.Quarter(2024, 3), current?.Period);
        Assert.Equal(Period.Quarter(2024, 2), previous?.Period);
    }

    [Fact]
    public void When_the_reports_period_has_no_value_the_latest_earlier_one_is_shown()
    {
        var indicator = Build.Indicator(1, Build.Target(90m), series:
        [
            Build.Point(Period.FinancialYear(2022), 70m),
            Build.Point(Period.FinancialYear(2023), 75m),
        ]);

        var (current, previous) = SeriesSelector.Select(indicator, Q3);

        Assert.Equal(Period.FinancialYear(2023), current?.Period);
        Assert.Equal(Period.FinancialYear(2022), previous?.Period);
    }

    [Fact]
    public void The_first_value_has_nothing_before_it()
    {
        var indicator = Build.Indicator(1, Build.Target(90m), series: [Build.Point(Period.Quarter(2024, 3), 85m)]);

        var (current, previous) = SeriesSelector.Select(indicator, Q3);

        Assert.Equal(85m, current?.Value);
        Assert.Null(previous);
    }

    [Fact]
    public void An_empty_series_or_one_entirely_after_the_report_gives_nothing()
    {
        Assert.Equal((null, null), SeriesSelector.Select(Build.Indicator(1, Build.Target(90m)), Q3));
        Assert.Equal(
            (null, null),
            SeriesSelector.Select(Build.Indicator(1, Build.Target(90m), series: [Build.Point(Period.Month(2025, 1), 1m)]), Q3));
    }

    [Fact]
    public void An_entry_with_no_value_is_still_the_current_entry()
    {
        var indicator = Build.Indicator(1, Build.Target(90m), series:
        [
            Build.Point(Period.Quarter(2024, 2), 80m),
            Build.Point(Period.Quarter(2024, 3), null),
        ]);

        var (current, previous) = SeriesSelector.Select(indicator, Q3);

        Assert.Equal(Period.Quarter(2024, 3), current?.Period);
        Assert.Null(current?.Value);
        Assert.Equal(80m, previous?.Value);
    }

    [Fact]
    public void Comparing_with_last_year_picks_the_same_period_a_year_earlier()
    {
        var indicator = Build.Indicator(1, Build.Target(90m), compareWith: ComparisonBasis.SamePeriodLastYear, series:
        [
            Build.Point(Period.Quarter(2023, 2), 60m),
            Build.Point(Period.Quarter(2023, 3), 70m),
            Build.Point(Period.Quarter(2023, 4), 75m),
            Build.Point(Period.Quarter(2024, 2), 80m),
            Build.Point(Period.Quarter(2024, 3), 85m),
        ]);

        var (current, previous) = SeriesSelector.Select(indicator, Q3);

        Assert.Equal(Period.Quarter(2024, 3), current?.Period);
        Assert.Equal(Period.Quarter(2023, 3), previous?.Period);
        Assert.Equal(70m, previous?.Value);
    }

    [Fact]
    public void Comparing_a_monthly_series_with_last_year_picks_the_same_month()
    {
        var indicator = Build.Indicator(1, Build.Target(90m), compareWith: ComparisonBasis.SamePeriodLastYear, series:
        [
            Build.Point(Period.Quarter(2023, 3), 71m),
            Build.Point(Period.Month(2023, 12), 70m),
            Build.Point(Period.Month(2024, 11), 82m),
            Build.Point(Period.Month(2024, 12), 83m),
        ]);

        var (current, previous) = SeriesSelector.Select(indicator, Q3);

        Assert.Equal(Period.Month(2024, 12), current?.Period);
        Assert.Equal(Period.Month(2023, 12), previous?.Period);
    }

    [Fact]
    public void Comparing_with_last_year_when_last_year_is_missing_gives_no_previous_value()
    {
        var indicator = Build.Indicator(1, Build.Target(90m), compareWith: ComparisonBasis.SamePeriodLastYear, series:
        [
            Build.Point(Period.Quarter(2024, 2), 80m),
            Build.Point(Period.Quarter(2024, 3), 85m),
        ]);

        var (current, previous) = SeriesSelector.Select(indicator, Q3);

        Assert.Equal(85m, current?.Value);
        Assert.Null(previous);
    }
}

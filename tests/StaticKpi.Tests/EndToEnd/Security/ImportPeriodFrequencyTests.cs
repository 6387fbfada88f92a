using StaticKpi.Content;
using StaticKpi.Diagnostics;
using StaticKpi.Model;
using StaticKpi.Tests.Import;

namespace StaticKpi.Tests.EndToEnd.Security;

/// <summary>
/// Issue 12, finding 8: import refuses a new period of the wrong kind for the indicator (a month for a quarterly
/// one), which the next build would otherwise show in place of the quarter it falls in.
/// </summary>
public sealed class ImportPeriodFrequencyTests
{
    private const string Indicator101 = "content/indicators/101-invoices-paid.yaml";

    [Theory]
    [InlineData("quarterly", "2024-12", "must be a quarter (such as 2024/25 Q3), but 2024-12 is a month. Write the quarter,")]
    [InlineData("quarterly", "2024/25", "must be a quarter (such as 2024/25 Q3), but 2024/25 is a financial year. Write the quarter,")]
    [InlineData("annual", "2024/25 Q4", "must be a financial year (such as 2023/24), but 2024/25 Q4 is a quarter. Write the financial year,")]
    [InlineData("monthly", "2024/25 Q4", "must be a month (such as 2024-10), but 2024/25 Q4 is a quarter. Write the month,")]
    public void A_new_period_of_the_wrong_frequency_is_refused_with_its_row_and_nothing_is_written(string frequency, string period, string problem)
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Indicator101, "frequency: quarterly\n", $"frequency: {frequency}\n");
        var table = ImportFiles.WriteCsv(Path.Combine(site.Root, "figures.csv"),
            [["indicator", "period", "value"], ["103", "2024/25 Q4", "40"], ["101", period, "95"]]);

        ImportRefusal.AssertRefused(site, table,
            $"{table}:3: error: Indicator 101 is measured {frequency} ('frequency: {frequency}' in {Indicator101}), so a new period for it " +
            $"{problem} or change the indicator's frequency first if it is now measured differently.");
    }

    [Fact]
    public void Without_a_frequency_a_new_period_must_be_of_a_kind_the_series_already_has()
    {
        using var site = TempSite.FromMinimal();
        var table = ImportFiles.WriteCsv(Path.Combine(site.Root, "figures.csv"),
            [["indicator", "period", "value"], ["103", "2024-12", "12"]]);

        ImportRefusal.AssertRefused(site, table,
            $"{table}:2: error: Indicator 103's series in content/indicators/103-complaints.yaml has only quarters, " +
            "so a new period for it must be one too, " +
            "but 2024-12 is a month, which a report would show in place of the entry it falls in. Write the period as the series does, " +
            "or add the first month to content/indicators/103-complaints.yaml by hand if the indicator is now reported that way.");
    }

    [Fact]
    public void An_entry_already_in_the_series_is_updated_whatever_its_kind()
    {
        // Hand-written content mixes kinds on purpose (the example site's annual survey, 187, is given for quarters);
        // updating such an entry adds no period, so the report shows what it showed before.
        using var site = TempSite.FromMinimal();
        site.Replace(Indicator101, "frequency: quarterly\n", "frequency: annual\n");
        var table = ImportFiles.WriteCsv(Path.Combine(site.Root, "figures.csv"),
            [["indicator", "period", "value"], ["101", "2024/25 Q3", "92.5"], ["101", "2025/26", "94"]]);

        var (exitCode, stdout, stderr) = ImportFiles.Run("import", table, "--source", site.Source);

        Assert.Equal("", stderr);
        Assert.Equal(0, exitCode);
        Assert.EndsWith("1 value changed, 1 period added, 0 targets set, 0 rows already up to date; 1 file updated.\n", stdout,
            StringComparison.Ordinal);
        var indicator = ContentLoader.Load(site.Source, new DiagnosticBag())!.IndicatorById(101)!;
        Assert.Equal([Period.Quarter(2024, 1), Period.Quarter(2024, 2), Period.Quarter(2024, 3), Period.FinancialYear(2025)],
            indicator.Series.Select(p => p.Period));
        Assert.Equal(92.5m, indicator.Series[2].Value);
    }

    [Fact]
    public void A_new_period_of_the_indicators_own_frequency_is_added()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Indicator101, "frequency: quarterly\n", "frequency: monthly\n");
        var table = ImportFiles.WriteCsv(Path.Combine(site.Root, "figures.csv"),
            [["indicator", "period", "value"], ["101", "2025-01", "96"]]);

        var (exitCode, _, stderr) = ImportFiles.Run("import", table, "--source", site.Source);

        Assert.Equal("", stderr);
        Assert.Equal(0, exitCode);
        Assert.EndsWith("  - period: 2025-01\n    value: 96\n", site.Read(Indicator101), StringComparison.Ordinal);
    }
}

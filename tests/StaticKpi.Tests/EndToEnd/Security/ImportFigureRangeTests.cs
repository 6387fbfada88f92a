using StaticKpi.Content;
using StaticKpi.Diagnostics;
using StaticKpi.Tests.Import;

namespace StaticKpi.Tests.EndToEnd.Security;

/// <summary>
/// Issue 12, finding 7 (import half): a figure too large for the build's arithmetic is refused by import with its
/// row, so import can never write a value after which every build fails.
/// </summary>
public sealed class ImportFigureRangeTests
{
    private const string Range = "figures must lie between -1,000,000,000,000,000 and 1,000,000,000,000,000. " +
                                 "Check it for extra digits or a misplaced exponent (1e30), and write it in the indicator's unit.";

    [Theory]
    [InlineData("101,2024/25 Q3,1e28,", "The value '1e28' is too large to be a real figure: ")]
    [InlineData("101,2024/25 Q3,1e30,", "The value '1e30' is too large to be a real figure: ")]
    [InlineData("101,2024/25 Q3,99999999999999999999999999999999,",
        "The value '99999999999999999999999999999999' is too large to be a real figure: ")]
    [InlineData("101,2024/25 Q3,-1000000000000001,", "The value '-1000000000000001' is too large to be a real figure: ")]
    [InlineData("101,2024/25 Q4,5,2e15", "The target '2e15' is too large to be a real figure: ")]
    [InlineData("102,2024/25 Q4,9,8 - 99999999999999999999", "The target '99999999999999999999' is too large to be a real figure: ")]
    [InlineData("102,2024/25 Q4,9,-2000000000000000 - 10", "The target '-2000000000000000' is too large to be a real figure: ")]
    public void A_figure_beyond_the_limit_is_refused_with_its_row_and_nothing_is_written(string row, string problem)
    {
        using var site = TempSite.FromMinimal();
        var table = Path.Combine(site.Root, "figures.csv");
        File.WriteAllText(table, $"indicator,period,value,target\n{row}\n");

        ImportRefusal.AssertRefused(site, table, $"{table}:2: error: {problem}{Range}");
    }

    [Fact]
    public void A_figure_at_the_limit_is_imported_and_the_site_still_builds()
    {
        using var site = TempSite.FromMinimal();
        var table = ImportFiles.WriteCsv(Path.Combine(site.Root, "figures.csv"),
            [["indicator", "period", "value", "target"], ["101", "2024/25 Q3", "1000000000000000", "-1e15"]]);

        var (exitCode, _, stderr) = ImportFiles.Run("import", table, "--source", site.Source);

        Assert.Equal("", stderr);
        Assert.Equal(0, exitCode);
        var indicator = ContentLoader.Load(site.Source, new DiagnosticBag())!.IndicatorById(101)!;
        Assert.Equal(1_000_000_000_000_000m, indicator.Series[^1].Value);
        Assert.True(site.Build().Succeeded);
    }

    [Fact]
    public void A_workbook_number_beyond_the_limit_is_refused_with_its_row()
    {
        using var site = TempSite.FromMinimal();
        var table = ImportFiles.WriteXlsx(Path.Combine(site.Root, "figures.xlsx"),
            [["indicator", "period", "value"], [101.0, "2024/25 Q2", 87.5], [101.0, "2024/25 Q3", 1e28]]);

        ImportRefusal.AssertRefused(site, table, $"{table}:3: error: The value '1E+28' is too large to be a real figure: {Range}");
    }

    [Fact]
    public void A_hostile_cell_is_quoted_cut_and_with_its_control_characters_escaped()
    {
        using var site = TempSite.FromMinimal();
        var table = Path.Combine(site.Root, "figures.csv");
        File.WriteAllText(table, $"indicator,period,value\n101,2024/25 Q3,\u001b]0;owned\u0007\u001b[2J\n102,2024/25 Q3,{new string('9', 5000)}x\n");

        ImportRefusal.AssertRefused(site, table,
            $"{table}:2: error: The value '\\x1B]0;owned\\x07\\x1B[2J' is not a number. Write plain numbers without commas, " +
            "currency symbols or percent signs, for example 2250 or 85.5.",
            $"{table}:3: error: The value '{new string('9', 79)}…' is not a number. Write plain numbers without commas, " +
            "currency symbols or percent signs, for example 2250 or 85.5.");
    }
}

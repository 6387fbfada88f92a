using StaticKpi.Shared;
using StaticKpi.Tests.Support;

namespace StaticKpi.Tests.Editing;

/// <summary>Ids stay required, and <c>new indicator</c> and <c>import</c> say which one is free.</summary>
public sealed class NextFreeIdTests
{
    private static (int ExitCode, string Stdout, string Stderr) Run(params string[] args) => CliRun.Of(args);

    private static string[] IndicatorFiles(TempSite site) =>
        [.. Directory.EnumerateFiles(site.PathOf("content/indicators")).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    [Fact]
    public void A_new_indicator_without_an_id_is_refused_with_exit_1_suggesting_the_next_free_id()
    {
        using var site = TempSite.FromMinimal();

        var (exitCode, stdout, stderr) = Run("new", "indicator", "--title", "Debt recovered", "--committee", "finance", "--source", site.Source);

        Assert.Equal(1, exitCode);
        Assert.Equal("", stdout);
        Assert.Equal("error: Give the indicator an id with --id; the next free one is 104.\n", stderr);
        Assert.Equal(["101-invoices-paid.yaml", "102-sickness-days.yaml", "103-complaints.yaml"], IndicatorFiles(site));
    }

    [Fact]
    public void The_next_free_id_is_above_the_highest_in_use_even_when_that_file_does_not_read()
    {
        using var site = TempSite.FromMinimal();
        site.Write("content/indicators/230-half-written.yaml", "id: [\n");

        var (exitCode, _, stderr) = Run("new", "indicator", "--title", "Debt recovered", "--committee", "finance", "--source", site.Source);

        Assert.Equal(1, exitCode);
        Assert.Equal("error: Give the indicator an id with --id; the next free one is 231.\n", stderr);
    }

    [Fact]
    public void The_first_indicator_of_a_site_is_suggested_id_1()
    {
        using var site = TempSite.FromMinimal();
        foreach (var file in Directory.EnumerateFiles(site.PathOf("content/indicators")))
        {
            File.Delete(file);
        }

        var (exitCode, _, stderr) = Run("new", "indicator", "--title", "Debt recovered", "--committee", "finance", "--source", site.Source);

        Assert.Equal(1, exitCode);
        Assert.Equal("error: Give the indicator an id with --id; the next free one is 1.\n", stderr);
    }

    [Fact]
    public void A_gap_below_the_highest_id_is_never_suggested_because_it_may_be_a_retired_indicator_s()
    {
        Assert.Equal(104, IndicatorIds.NextFree([101, 103]));
        Assert.Equal(1, IndicatorIds.NextFree([]));
        Assert.Equal(int.MaxValue, IndicatorIds.NextFree([int.MaxValue]));
    }

    [Fact]
    public void The_nearest_ids_are_the_ones_just_below_and_just_above()
    {
        Assert.Equal([103, 120], IndicatorIds.Nearest([120, 101, 103, 182], 110));
        Assert.Equal([101], IndicatorIds.Nearest([101, 103], 50));
        Assert.Equal([103], IndicatorIds.Nearest([101, 103], 999));
        Assert.Equal([], IndicatorIds.Nearest([], 5));
    }

    [Theory]
    [InlineData("999", "The nearest id in use is 120, and the next free id is 121")]
    [InlineData("110", "The nearest ids in use are 103 and 120, and the next free id is 121")]
    [InlineData("7", "The nearest id in use is 101, and the next free id is 121")]
    public void Import_of_an_unknown_id_names_the_ids_nearby_the_next_free_one_and_how_to_create_it(string id, string around)
    {
        using var site = TempSite.FromMinimal();
        site.Write("content/indicators/120-debt-recovered.yaml",
            "id: 120\ntitle: Debt recovered\ncommittee: finance\nunit: percent\ndirection: up\ntarget: 90\nseries:\n  - period: 2024/25 Q3\n" +
            "    value: 80\n");
        var table = Path.Combine(site.Root, "figures.csv");
        File.WriteAllText(table, $"indicator,period,value\n{id},2024/25 Q3,1\n");

        var (exitCode, stdout, stderr) = Run("import", table, "--source", site.Source);

        Assert.Equal(1, exitCode);
        Assert.Equal("", stdout);
        Assert.Equal(
            $"{table}:2: error: There is no indicator with id {id} in content/indicators. {around}. " +
            $"Check the id; if this is a new indicator, create it first with 'statickpi new indicator --id {id} --title \"...\" --committee ...', " +
            "then import again.\n" +
            "Nothing was imported: 1 problem found. Fix the table and import again.\n",
            stderr);
    }
}

using StaticKpi.Cli;
using StaticKpi.Tests.Support;

namespace StaticKpi.Tests.Cli;

/// <summary><c>statickpi migrate</c> from the command line: what it prints and its exit codes 0, 1 and 2.</summary>
public sealed class MigrateCommandTests
{
    private const string Config = "site.config.yaml";

    [Fact]
    public void It_prints_each_change_and_a_summary_and_exits_with_0()
    {
        using var site = UnversionedSite.Create();

        var outcome = CliRun.Of("migrate", "--source", site.Source);

        Assert.Equal(
            (0, "site.config.yaml: added 'format: 1' as the first field\nMigrated the site from content format 0 to 1: 1 file changed.\n", ""),
            outcome);
        Assert.StartsWith("format: 1\ntitle: Test scorecards\n", site.Read(Config), StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_run_says_there_is_nothing_to_change_and_exits_with_0()
    {
        using var site = UnversionedSite.Create();
        CliRun.Of("migrate", "--source", site.Source);

        Assert.Equal((0, "The site is already in content format 1: nothing to change.\n", ""), CliRun.Of("migrate", "--source", site.Source));
    }

    [Fact]
    public void A_dry_run_says_what_would_change_and_changes_nothing()
    {
        using var site = UnversionedSite.Create();
        var before = site.Read(Config);

        var (exitCode, stdout, _) = CliRun.Of("migrate", "--dry-run", "--source", site.Source);

        Assert.Equal(0, exitCode);
        Assert.Equal("site.config.yaml: added 'format: 1' as the first field\n" +
                     "Would migrate the site from content format 0 to 1, changing 1 file; nothing was written (--dry-run).\n", stdout);
        Assert.Equal(before, site.Read(Config));
    }

    [Fact]
    public void A_site_for_a_newer_format_exits_with_1_and_changes_nothing()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Config, "format: 1\n", "format: 2\n");
        var before = site.Read(Config);

        var (exitCode, stdout, stderr) = CliRun.Of("migrate", "--source", site.Source);

        Assert.Equal(1, exitCode);
        Assert.Equal("", stdout);
        Assert.Equal("site.config.yaml:1:1: error SKPI041: This site is written for content format 2; this statickpi (0.1.0) reads " +
                     "formats up to 1: install a newer statickpi. 'dotnet tool update --global StaticKpi.Tool' installs the latest; " +
                     "then run the command again.\nThe site was not migrated; no file was changed.\n", stderr);
        Assert.Equal(before, site.Read(Config));
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error_with_exit_code_2()
    {
        using var site = UnversionedSite.Create();

        var (exitCode, _, stderr) = CliRun.Of("migrate", "--source", site.Source, "--to", "2");

        Assert.Equal(2, exitCode);
        Assert.Equal("error: Unrecognized command or argument '--to'.\nerror: Unrecognized command or argument '2'.\n" +
                     "Run 'statickpi --help' to see the commands and options.\n", stderr);
        Assert.DoesNotContain("format: 1", site.Read(Config), StringComparison.Ordinal);
    }

    [Fact]
    public void Its_source_and_dry_run_options_parse_without_usage_errors()
    {
        var errors = StatickpiCli.UsageErrors(["migrate", "--source", ".", "--dry-run"]);

        Assert.Empty(errors);
    }
}

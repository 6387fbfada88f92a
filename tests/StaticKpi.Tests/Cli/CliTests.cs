using System.Text.RegularExpressions;
using StaticKpi.Cli;
using StaticKpi.Tests.Build;

namespace StaticKpi.Tests.Cli;

/// <summary>The command line reports problems as one line each, never as a stack trace, with documented exit codes.</summary>
public sealed partial class CliTests
{
    [Fact]
    public void A_broken_site_exits_with_1_and_prints_one_line_per_diagnostic_without_a_stack_trace()
    {
        using var site = TempSite.FromMinimal();
        BuildFailureTests.BreakThreeFiles(site);

        var (exitCode, stdout, stderr) = Run("build", "--source", site.Source, "--output", site.Output);

        Assert.Equal(StatickpiCli.ContentErrors, exitCode);
        Assert.Equal(1, exitCode);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        var diagnosticLines = lines.Where(l => DiagnosticLine().IsMatch(l)).ToList();
        // Three errors, plus a warning: with the Q2 entry broken, indicator 102 has no value for the Q2 report.
        Assert.True(diagnosticLines.Count(l => l.Contains(": error SKPI", StringComparison.Ordinal)) == 3, stderr);
        Assert.Contains(diagnosticLines, l => l.StartsWith("content/reports/finance/2024-25-q2.yaml:", StringComparison.Ordinal) &&
                                              l.Contains(": warning SKPI013: ", StringComparison.Ordinal));
        Assert.Contains(diagnosticLines,
            l => l.StartsWith("content/indicators/101-invoices-paid.yaml:7:1: error SKPI002: ", StringComparison.Ordinal));
        Assert.Contains(diagnosticLines,
            l => l.StartsWith("content/indicators/102-sickness-days.yaml:9:13: error SKPI007: ", StringComparison.Ordinal));
        Assert.Contains(diagnosticLines, l => l.StartsWith("content/commentary/101/2024-25-q3.md:15:9: error SKPI011: ", StringComparison.Ordinal));
        Assert.All(lines.Except(diagnosticLines), l => Assert.StartsWith("Build failed with 3 errors", l, StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_folder_without_a_site_exits_with_1_without_a_stack_trace()
    {
        using var site = TempSite.FromMinimal();
        var empty = Path.Combine(site.Root, "empty");
        Directory.CreateDirectory(empty);

        var (exitCode, _, stderr) = Run("build", "--source", empty, "--output", site.Output);

        Assert.Equal(1, exitCode);
        Assert.Contains("error SKPI016: ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_good_site_exits_with_0_and_prints_a_summary()
    {
        using var site = TempSite.FromMinimal();

        var (exitCode, stdout, stderr) = Run("build", "--source", site.Source, "--output", site.Output);

        Assert.True(exitCode == 0, stderr);
        Assert.StartsWith("Built ", stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
    }

    [Theory]
    [InlineData("build", "--bogus")]
    [InlineData("bogus")]
    public void A_usage_error_exits_with_2(params string[] args)
    {
        var (exitCode, _, stderr) = Run(args);

        Assert.Equal(StatickpiCli.UsageError, exitCode);
        Assert.Equal(2, exitCode);
        Assert.Contains("error: ", stderr, StringComparison.Ordinal);
        Assert.Contains("--help", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_exits_with_0_and_lists_the_build_command()
    {
        var (exitCode, stdout, _) = Run("--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("build", stdout, StringComparison.Ordinal);
    }

    private static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = StatickpiCli.Run(args, stdout, stderr);
        return (exitCode, stdout.ToString(), stderr.ToString());
    }

    [GeneratedRegex(@"^[^:]+:\d+:\d+: (error|warning) SKPI\d{3}: ")]
    private static partial Regex DiagnosticLine();
}

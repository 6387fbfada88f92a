using System.Text.Json;
using StaticKpi.Cli;
using StaticKpi.Diagnostics;

namespace StaticKpi.Tests.Cli;

/// <summary><c>statickpi validate</c>: every problem in one run, as text, JSON or GitHub annotations, with exit codes 0, 1 and 2.</summary>
public sealed class ValidateCommandTests
{
    private const string Invoices = "content/indicators/101-invoices-paid.yaml";

    private static (int ExitCode, string Stdout, string Stderr) Run(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = StatickpiCli.Run(args, stdout, stderr, name => environment?.GetValueOrDefault(name));
        return (exitCode, stdout.ToString().ReplaceLineEndings("\n"), stderr.ToString());
    }

    private static (int ExitCode, string Stdout, string Stderr) Run(params string[] args) => Run(null, args);

    /// <summary>The minimal fixture with one error (a misspelt key, 7:1) and one warning (a percentage of 860, 24:12).</summary>
    private static TempSite BrokenSite()
    {
        var site = TempSite.FromMinimal();
        site.Replace(Invoices, "direction: up", "directoin: up");
        site.Replace(Invoices, "    value: 86.0", "    value: 860");
        return site;
    }

    [Fact]
    public void A_clean_site_exits_with_0_and_says_so()
    {
        using var site = TempSite.FromMinimal();

        var (exitCode, stdout, stderr) = Run("validate", "--source", site.Source);

        Assert.Equal(0, exitCode);
        Assert.Equal("The site is valid: no errors, 0 warnings.\n", stdout);
        Assert.Equal("", stderr);
    }

    [Fact]
    public void Warnings_alone_exit_with_0()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Invoices, "    value: 86.0", "    value: 860");

        var (exitCode, stdout, _) = Run("validate", "--source", site.Source);

        Assert.Equal(0, exitCode);
        Assert.Equal(
            $"{Invoices}:24:12: warning SKPI019: The value 860 is outside 0 to 100, which is unusual for a percentage. " +
            "Check the figure, or change 'unit' if this is not a percentage.\n" +
            "The site is valid: no errors, 1 warning.\n", stdout);
    }

    [Fact]
    public void Errors_and_warnings_are_all_printed_as_text_in_file_order_and_exit_with_1()
    {
        using var site = BrokenSite();

        var (exitCode, stdout, _) = Run("validate", "--source", site.Source, "--format", "text");

        Assert.Equal(StatickpiCli.ContentErrors, exitCode);
        Assert.Equal(
            $"{Invoices}:7:1: error SKPI002: Unknown field 'directoin'. Did you mean 'direction'?\n" +
            $"{Invoices}:24:12: warning SKPI019: The value 860 is outside 0 to 100, which is unusual for a percentage. " +
            "Check the figure, or change 'unit' if this is not a percentage.\n" +
            "Found 1 error and 1 warning; the site would not build.\n", stdout);
    }

    [Fact]
    public void Json_format_prints_an_array_with_every_field_of_every_diagnostic()
    {
        using var site = BrokenSite();

        var (exitCode, stdout, _) = Run("validate", "--source", site.Source, "--format", "json");

        Assert.Equal(1, exitCode);
        using var json = JsonDocument.Parse(stdout);
        var items = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal(Invoices, items[0].GetProperty("file").GetString());
        Assert.Equal(7, items[0].GetProperty("line").GetInt32());
        Assert.Equal(1, items[0].GetProperty("column").GetInt32());
        Assert.Equal("error", items[0].GetProperty("severity").GetString());
        Assert.Equal("SKPI002", items[0].GetProperty("ruleId").GetString());
        Assert.Equal("Unknown field 'directoin'.", items[0].GetProperty("message").GetString());
        Assert.Equal("Did you mean 'direction'?", items[0].GetProperty("fix").GetString());
        Assert.Equal("warning", items[1].GetProperty("severity").GetString());
        Assert.Equal("SKPI019", items[1].GetProperty("ruleId").GetString());
        Assert.Equal(24, items[1].GetProperty("line").GetInt32());
        Assert.Equal(12, items[1].GetProperty("column").GetInt32());
    }

    [Fact]
    public void Json_format_prints_an_empty_array_for_a_clean_site()
    {
        using var site = TempSite.FromMinimal();

        var (exitCode, stdout, _) = Run("validate", "--source", site.Source, "--format", "json");

        Assert.Equal(0, exitCode);
        Assert.Equal("[]\n", stdout);
    }

    [Fact]
    public void Github_format_prints_workflow_annotations_with_file_line_column_and_rule()
    {
        using var site = BrokenSite();

        var (exitCode, stdout, _) = Run("validate", "--source", site.Source, "--format", "github");

        Assert.Equal(1, exitCode);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"::error file={Invoices},line=7,col=1,title=SKPI002::Unknown field 'directoin'. Did you mean 'direction'?", lines[0]);
        Assert.StartsWith($"::warning file={Invoices},line=24,col=12,title=SKPI019::The value 860 is outside 0 to 100", lines[1],
            StringComparison.Ordinal);
        Assert.Equal("Found 1 error and 1 warning; the site would not build.", lines[2]);
    }

    [Fact]
    public void Github_format_is_chosen_automatically_in_github_actions_with_paths_relative_to_the_workspace()
    {
        using var site = BrokenSite();
        var environment = new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true", ["GITHUB_WORKSPACE"] = site.Root };

        var (exitCode, stdout, _) = Run(environment, "validate", "--source", site.Source);

        Assert.Equal(1, exitCode);
        Assert.StartsWith($"::error file=site/{Invoices},line=7,col=1,title=SKPI002::", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_explicit_text_format_wins_over_github_actions()
    {
        using var site = BrokenSite();
        var environment = new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" };

        var (_, stdout, _) = Run(environment, "validate", "--source", site.Source, "--format", "text");

        Assert.StartsWith($"{Invoices}:7:1: error SKPI002: ", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_diagnostic_without_a_line_is_annotated_on_the_file_alone()
    {
        var diagnostic = new Diagnostic(Severity.Error, RuleIds.FileError, SourceLocation.FileOnly("site.config.yaml"),
            "There is no site.config.yaml.");

        Assert.Equal("::error file=site.config.yaml,title=SKPI016::There is no site.config.yaml.",
            DiagnosticFormats.ToGitHubAnnotation(diagnostic, "/site", null));
    }

    [Fact]
    public void Github_annotations_escape_percent_and_line_breaks_in_messages_and_colons_and_commas_in_properties()
    {
        var diagnostic = new Diagnostic(Severity.Warning, RuleIds.BadValue, new SourceLocation("content/a,b:c.yaml", 3, 4),
            "100% off\r\nnext line", "Fix it.");

        Assert.Equal("::warning file=content/a%2Cb%3Ac.yaml,line=3,col=4,title=SKPI012::100%25 off%0D%0Anext line Fix it.",
            DiagnosticFormats.ToGitHubAnnotation(diagnostic, "/site", null));
    }

    [Theory]
    [InlineData("validate", "--format", "xml")]
    [InlineData("validate", "--bogus")]
    public void A_usage_error_exits_with_2(params string[] args)
    {
        var (exitCode, _, stderr) = Run(args);

        Assert.Equal(StatickpiCli.UsageError, exitCode);
        Assert.Contains("--help", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_example_site_validates_with_no_findings_at_all()
    {
        // Its four figures missing from the source reports are empty values with a note explaining why.
        var (exitCode, stdout, _) = Run("validate", "--source", RepoPaths.Root, "--format", "json");

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(stdout);
        Assert.Empty(json.RootElement.EnumerateArray());
    }
}

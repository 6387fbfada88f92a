using StaticKpi.Build;
using StaticKpi.Cli;
using StaticKpi.Diagnostics;

namespace StaticKpi.Tests.Content;

/// <summary>
/// SKPI032: the sentences <c>new period</c> and <c>new indicator</c> write for an editor to replace are warned about
/// where they are, and refused by a strict build (<c>--strict</c> or <c>CI=true</c>), which then leaves the old site.
/// </summary>
public sealed class PlaceholderTests
{
    private const string Commentary = "content/commentary/101/2024-25-q3.md";
    private const string Invoices = "content/indicators/101-invoices-paid.yaml";
    private const string ReportQ3 = "content/reports/finance/2024-25-q3.yaml";
    private const string Stub = "Replace this sentence with how performance changed in 2024/25 Q3 and why.";

    private const string Fix = "Write the real text in its place, or delete it. In CI (CI=true) or with --strict, 'statickpi build' " +
                               "refuses to publish a page with placeholder text, and 'statickpi validate' reports it as an error.";

    private static string MessageFor(string sentence) => $"'{sentence}' is placeholder text for you to replace; as it is, it would be published.";

    private static TempSite WithStubCommentary()
    {
        var site = TempSite.FromMinimal();
        site.Replace(Commentary, "Payment times improved after the new approval workflow went live.", Stub); // line 5
        return site;
    }

    private static (int ExitCode, string Stdout, string Stderr) Run(Func<string, string?> environment, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = StatickpiCli.Run(args, stdout, stderr, environment);
        return (exitCode, stdout.ToString().ReplaceLineEndings("\n"), stderr.ToString().ReplaceLineEndings("\n"));
    }

    private static string? NoEnvironment(string name) => null;

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f),
                f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));

    [Fact]
    public void A_placeholder_left_in_commentary_is_a_warning_at_its_line_and_column_with_the_sentence_quoted()
    {
        using var site = WithStubCommentary();

        var diagnostics = SiteValidation.Run(site.Source).Diagnostics;

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(new Diagnostic(Severity.Warning, RuleIds.PlaceholderText, new SourceLocation(Commentary, 5, 1), MessageFor(Stub), Fix),
            diagnostic);
    }

    [Fact]
    public void A_placeholder_after_other_words_is_reported_at_its_own_column_quoting_only_its_sentence()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Commentary, "- Chase approvers after 10 days.", "- Chase approvers. Replace this sentence with the next step. Then more.");

        var diagnostic = Assert.Single(SiteValidation.Run(site.Source).Diagnostics);

        Assert.Equal((RuleIds.PlaceholderText, Commentary, 15, 20),
            (diagnostic.RuleId, diagnostic.Location.File, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Equal(MessageFor("Replace this sentence with the next step."), diagnostic.Message);
    }

    [Fact]
    public void A_placeholder_in_bold_is_found_too()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Commentary, "- Chase approvers after 10 days.", "**Replace this sentence with the actions.**");

        var diagnostic = Assert.Single(SiteValidation.Run(site.Source).Diagnostics);

        Assert.Equal((RuleIds.PlaceholderText, 15, 3), (diagnostic.RuleId, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Equal(MessageFor("Replace this sentence with the actions."), diagnostic.Message);
    }

    [Fact]
    public void A_placeholder_in_an_indicator_description_is_a_warning_at_its_place_in_the_block_scalar()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Invoices, "  The share of undisputed invoices paid within **30 days** of receipt.",
            "  The share of invoices paid on time.\n  Replace this sentence with how it is calculated.");

        var diagnostic = Assert.Single(SiteValidation.Run(site.Source).Diagnostics);

        Assert.Equal(
            new Diagnostic(Severity.Warning, RuleIds.PlaceholderText, new SourceLocation(Invoices, 12, 3),
                MessageFor("Replace this sentence with how it is calculated."), Fix),
            diagnostic);
    }

    [Fact]
    public void A_placeholder_in_a_report_introduction_written_on_one_line_is_a_warning_at_its_column()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(ReportQ3, "introduction: |\n  Figures for October to December 2024.", "introduction: Replace this sentence with a summary.");

        var diagnostic = Assert.Single(SiteValidation.Run(site.Source).Diagnostics);

        Assert.Equal((RuleIds.PlaceholderText, ReportQ3, 7, 15),
            (diagnostic.RuleId, diagnostic.Location.File, diagnostic.Location.Line, diagnostic.Location.Column));
    }

    [Fact]
    public void The_marker_in_any_capitals_is_a_placeholder_but_words_that_only_resemble_it_are_not()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Commentary, "- Chase approvers after 10 days.",
            "REPLACE THIS SENTENCE please.\n\nWe will replace this system in the next sentence.");

        var diagnostic = Assert.Single(SiteValidation.Run(site.Source).Diagnostics);

        Assert.Equal((RuleIds.PlaceholderText, 15, 1), (diagnostic.RuleId, diagnostic.Location.Line, diagnostic.Location.Column));
    }

    [Fact]
    public void Validate_warns_and_succeeds_by_default_but_fails_with_the_same_message_as_an_error_with_strict()
    {
        using var site = WithStubCommentary();
        var line = $"{Commentary}:5:1: {{0}} SKPI032: {MessageFor(Stub)} {Fix}\n";

        var (lenientExit, lenient, _) = Run(NoEnvironment, "validate", "--source", site.Source);
        var (strictExit, strict, _) = Run(NoEnvironment, "validate", "--source", site.Source, "--strict");

        Assert.Equal((0, string.Format(line, "warning") + "The site is valid: no errors, 1 warning.\n"), (lenientExit, lenient));
        Assert.Equal((1, string.Format(line, "error") + "Found 1 error and 0 warnings; the site would not build.\n"), (strictExit, strict));
    }

    [Theory]
    [InlineData("true", 1)]
    [InlineData("TRUE", 1)]
    [InlineData("True", 1)]
    [InlineData("1", 1)]
    [InlineData("false", 0)]
    [InlineData("0", 0)]
    [InlineData("", 0)]
    public void Validate_in_CI_judges_placeholders_as_a_strict_build_does(string ci, int expectedExit)
    {
        using var site = WithStubCommentary();

        var (exitCode, stdout, _) = Run(name => name == "CI" ? ci : null, "validate", "--source", site.Source, "--format", "json");

        Assert.Equal(expectedExit, exitCode);
        using var json = System.Text.Json.JsonDocument.Parse(stdout);
        var item = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(expectedExit == 1 ? "error" : "warning", item.GetProperty("severity").GetString());
    }

    [Fact]
    public void A_lenient_build_publishes_the_page_with_the_warning()
    {
        using var site = WithStubCommentary();

        var (exitCode, stdout, stderr) = Run(NoEnvironment, "build", "--source", site.Source, "--output", site.Output);

        Assert.Equal(0, exitCode);
        Assert.Equal($"{Commentary}:5:1: warning SKPI032: {MessageFor(Stub)} {Fix}\n", stderr);
        Assert.EndsWith("; 1 warning.\n", stdout, StringComparison.Ordinal);
        Assert.Contains(Stub, File.ReadAllText(Path.Combine(site.Output, "2024-25-q3", "finance", "101-invoices-paid-within-30-days", "index.html")),
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, "true")]
    [InlineData(false, "1")]
    [InlineData(true, null)]
    public void A_strict_or_CI_build_refuses_with_the_same_message_as_an_error_and_leaves_the_old_site_untouched(bool strictOption, string? ci)
    {
        using var site = TempSite.FromMinimal();
        Assert.True(site.Build().Succeeded);
        var before = Snapshot(site.Output);
        site.Replace(Commentary, "Payment times improved after the new approval workflow went live.", Stub);
        string[] args = strictOption
            ? ["build", "--source", site.Source, "--output", site.Output, "--strict"]
            : ["build", "--source", site.Source, "--output", site.Output];

        var (exitCode, stdout, stderr) = Run(name => name == "CI" ? ci : null, args);

        Assert.Equal(1, exitCode);
        Assert.Equal("", stdout);
        Assert.Equal(
            $"{Commentary}:5:1: error SKPI032: {MessageFor(Stub)} {Fix}\n" +
            "Build failed with 1 error; the existing site was left as it was.\n",
            stderr);
        Assert.Equal(before, Snapshot(site.Output));
        // Nothing beside the output but the build cache the first build kept.
        Assert.Equal(["._site.statickpi-cache", "_site"],
            Directory.EnumerateFileSystemEntries(site.OutputParent).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_strict_build_of_a_site_without_placeholders_succeeds()
    {
        using var site = TempSite.FromMinimal();

        var result = SiteBuild.Run(new BuildOptions(site.Source, site.Output, Strict: true));

        Assert.True(result.Succeeded, DiagnosticAssert.Describe(result.Diagnostics));
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData(" true ", true)]
    [InlineData("1", true)]
    [InlineData("false", false)]
    [InlineData("0", false)]
    [InlineData("yes", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void CI_is_recognised_as_CI_systems_set_it(string? value, bool expected)
    {
        Assert.Equal(expected, Strictness.IsContinuousIntegration(name => name == "CI" ? value : null));
    }
}

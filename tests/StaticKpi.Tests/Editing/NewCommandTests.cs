using System.Text.Json;
using AngleSharp.Html.Parser;
using StaticKpi.Cli;
using StaticKpi.Content;
using StaticKpi.Diagnostics;
using StaticKpi.Model;

namespace StaticKpi.Tests.Editing;

/// <summary><c>statickpi new indicator</c> and <c>statickpi new period</c>, run as an editor would.</summary>
public sealed class NewCommandTests
{
    private const string Committee = "strategy-resources-performance";
    private const string NewReport = "content/reports/strategy-resources-performance/2025-26-q1.yaml";

    private static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = StatickpiCli.Run(args, stdout, stderr, _ => null);
        return (exitCode, stdout.ToString().ReplaceLineEndings("\n"), stderr.ToString().ReplaceLineEndings("\n"));
    }

    /// <summary>A copy of the example site: site.config.yaml, content/ and themes/ (not _site).</summary>
    private static string CopyExampleSite(TempFolder folder)
    {
        var site = folder.Combine("site");
        Directory.CreateDirectory(site);
        File.Copy(Path.Combine(RepoPaths.Root, "site.config.yaml"), Path.Combine(site, "site.config.yaml"));
        foreach (var top in new[] { "content", "themes" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, top), "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(site, Path.GetRelativePath(RepoPaths.Root, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        return site;
    }

    // new period

    [Fact]
    public void A_new_period_validates_with_only_missing_value_warnings_and_builds_a_report_of_no_data_rows()
    {
        using var folder = new TempFolder();
        var site = CopyExampleSite(folder);

        var (exitCode, stdout, stderr) = Run("new", "period", "2025/26 Q1", "--committee", Committee, "--produced-on", "2025-06-01",
            "--source", site);

        Assert.True(exitCode == 0, stderr);
        Assert.Contains($"Created {NewReport}\n", stdout, StringComparison.Ordinal);
        Assert.Contains("Created content/commentary/182/2025-26-q1.md\n", stdout, StringComparison.Ordinal);
        Assert.Contains("Changed content/indicators/182-foi-timeliness.yaml\n", stdout, StringComparison.Ordinal);
        Assert.Equal(
            "# yaml-language-server: $schema=../../../schemas/report.schema.json\n" +
            $"committee: {Committee}\nperiod: 2025/26 Q1\nproduced_on: 2025-06-01\n" +
            "indicators: [182, 183, 184, 187, 190, 198, 212, 211, 214, 216, 217, 218, 219]\n" +
            "# highlights: []        # optional: ids of indicators to feature on the report page\n" +
            "introduction: |\n  This scorecard covers April to June 2025.\n",
            File.ReadAllText(Path.Combine(site, NewReport)));
        Assert.Equal(
            "## Commentary\nReplace this sentence with how performance changed in 2025/26 Q1 and why.\n\n" +
            "## Actions\nReplace this sentence with what is being done to improve, or delete this section when the indicator is on target.\n\n" +
            "## Path to green\nReplace this sentence with the Path to green for 2025/26 Q1, or delete this section.\n",
            File.ReadAllText(Path.Combine(site, "content/commentary/182/2025-26-q1.md")));
        Assert.Contains("Skipped content/indicators/187-staff-engagement.yaml: annual indicator: 2025/26 is added with the 2025/26 Q4 report.\n",
            stdout, StringComparison.Ordinal);

        // validate: no errors; the only new warnings are the 12 empty values of the new report (the annual
        // indicator 187 shows its 2024/25 figure until the year ends) and the placeholder sentences of each new
        // commentary file (lines 2 and 5, and 8 where the last commentary had a path to green).
        var (validateExit, json, _) = Run("validate", "--source", site, "--format", "json");
        Assert.Equal(0, validateExit);
        using var diagnostics = JsonDocument.Parse(json);
        var items = diagnostics.RootElement.EnumerateArray().ToList();
        var placeholders = items.Where(d => d.GetProperty("ruleId").GetString() == RuleIds.PlaceholderText).ToList();
        Assert.Equal(32, placeholders.Count);
        Assert.All(placeholders, d => Assert.Matches(@"^content/commentary/\d+/2025-26-q1\.md$", d.GetProperty("file").GetString()));
        Assert.All(placeholders, d => Assert.Contains(d.GetProperty("line").GetInt32(), new[] { 2, 5, 8 }));
        items = [.. items.Except(placeholders)];
        Assert.All(items, d => Assert.Equal("warning", d.GetProperty("severity").GetString()));
        Assert.All(items, d => Assert.Equal(RuleIds.MissingValue, d.GetProperty("ruleId").GetString()));
        Assert.Equal(12, items.Count(d => d.GetProperty("file").GetString() == NewReport));
        Assert.Equal(12, items.Count);

        // build: the new report page lists the 13 indicators, each but 187 with no data.
        var output = folder.Combine("out");
        var (buildExit, _, buildErrors) = Run("build", "--source", site, "--output", output);
        Assert.True(buildExit == 0, buildErrors);
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "2025-26-q1", Committee, "index.html")));
        var rows = page.QuerySelectorAll("table.indicators tbody tr");
        Assert.Equal(13, rows.Length);
        Assert.All(rows.Where(row => !row.TextContent.Contains("Staff feeling engaged", StringComparison.Ordinal)),
            row => Assert.StartsWith("No data", row.QuerySelectorAll("td")[1].TextContent.Trim(), StringComparison.Ordinal));
        Assert.Equal("All 13 indicators in the 2025/26 Q1 report", page.QuerySelector("table.indicators caption")!.TextContent);
        Assert.True(File.Exists(Path.Combine(output, "2025-26-q1", Committee, "182-foi-timeliness", "index.html")));
    }

    [Fact]
    public void A_new_period_changes_each_indicator_file_but_the_annual_one_only_by_two_lines_appended_to_its_series()
    {
        using var folder = new TempFolder();
        var site = CopyExampleSite(folder);
        var before = Directory.EnumerateFiles(Path.Combine(site, "content", "indicators"))
            .ToDictionary(f => Path.GetFileName(f), File.ReadAllLines);

        var (exitCode, _, stderr) = Run("new", "period", "2025/26 Q1", "--committee", Committee, "--produced-on", "2025-06-01", "--source", site);

        Assert.True(exitCode == 0, stderr);
        var changed = 0;
        foreach (var (name, original) in before)
        {
            var now = File.ReadAllLines(Path.Combine(site, "content", "indicators", name));
            if (now.SequenceEqual(original))
            {
                continue;
            }

            changed++;
            // Line-based diff: the new file is the old one with two consecutive lines inserted and nothing else touched.
            var at = Enumerable.Range(0, original.Length).FirstOrDefault(i => now[i] != original[i], original.Length);
            Assert.Equal(original.Length + 2, now.Length);
            Assert.Equal(original[..at], now[..at]);
            Assert.Equal(original[at..], now[(at + 2)..]);
            var period = name is "190-first-contact-resolution.yaml" or "211-sickness-absence.yaml" or "214-staff-turnover.yaml"
                or "217-it-service-desk-satisfaction.yaml"
                ? "2025-06" // measured monthly: the quarter's last month
                : "2025/26 Q1";
            Assert.Equal($"  - period: {period}", now[at]);
            Assert.Equal("    value:", now[at + 1]);

            // ...and the lines were added at the end of the series.
            var indicator = IndicatorLoader.Load(string.Join('\n', now), name, LoadConfig(site), new DiagnosticBag())!;
            Assert.Equal(period, indicator.Series[^1].Period.Key);
            Assert.Null(indicator.Series[^1].Value);
            Assert.Equal(at + 1, indicator.Series[^1].Location.Line);
        }

        // 187 is annual: it gets 2025/26 with the Q4 report, not a quarter now.
        Assert.Equal(12, changed);
        Assert.Equal(before["187-staff-engagement.yaml"],
            File.ReadAllLines(Path.Combine(site, "content", "indicators", "187-staff-engagement.yaml")));
    }

    private static SiteConfig LoadConfig(string site) =>
        SiteConfigLoader.Load(File.ReadAllText(Path.Combine(site, "site.config.yaml")), "site.config.yaml", new DiagnosticBag())!;

    [Fact]
    public void A_period_that_already_has_a_report_is_refused_with_exit_1_and_nothing_written()
    {
        using var site = TempSite.FromMinimal();
        var before = site.Read("content/indicators/101-invoices-paid.yaml");

        var (exitCode, stdout, stderr) = Run("new", "period", "2024/25 Q3", "--committee", "finance", "--source", site.Source);

        Assert.Equal(1, exitCode);
        Assert.Equal("", stdout);
        Assert.Equal("error: There is already a report for finance in 2024/25 Q3: content/reports/finance/2024-25-q3.yaml.\n", stderr);
        Assert.Equal(before, site.Read("content/indicators/101-invoices-paid.yaml"));
    }

    [Fact]
    public void A_new_period_for_an_unknown_committee_is_refused_with_a_suggestion()
    {
        using var site = TempSite.FromMinimal();

        var (exitCode, _, stderr) = Run("new", "period", "2024/25 Q4", "--committee", "finanse", "--source", site.Source);

        Assert.Equal(1, exitCode);
        Assert.Equal("error: There is no committee 'finanse' in site.config.yaml. Did you mean 'finance'?\n", stderr);
    }

    [Fact]
    public void A_new_period_in_a_site_with_errors_prints_them_and_changes_nothing()
    {
        using var site = TempSite.FromMinimal();
        site.Replace("content/indicators/101-invoices-paid.yaml", "direction: up", "directoin: up");

        var (exitCode, _, stderr) = Run("new", "period", "2024/25 Q4", "--committee", "finance", "--source", site.Source);

        Assert.Equal(1, exitCode);
        Assert.StartsWith("content/indicators/101-invoices-paid.yaml:7:1: error SKPI002: ", stderr, StringComparison.Ordinal);
        Assert.EndsWith("error: The site has errors; fix them first, then run this again.\n", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(site.PathOf("content/reports/finance/2024-25-q4.yaml")));
    }

    [Theory]
    [InlineData("Q4 2024", "--produced-on", "2025-06-01")]
    [InlineData("2024/25 Q4", "--produced-on", "1 June 2025")]
    public void A_new_period_with_a_malformed_period_or_date_is_a_usage_error(string period, string option, string value)
    {
        using var site = TempSite.FromMinimal();

        var (exitCode, _, stderr) = Run("new", "period", period, "--committee", "finance", option, value, "--source", site.Source);

        Assert.Equal(2, exitCode);
        Assert.Contains("--help", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_period_after_the_minimal_fixture_s_latest_report_validates_with_only_its_empty_values()
    {
        using var site = TempSite.FromMinimal();

        var (exitCode, _, stderr) = Run("new", "period", "2024/25 Q4", "--committee", "finance", "--produced-on", "2025-05-01",
            "--source", site.Source);

        Assert.True(exitCode == 0, stderr);
        var all = StaticKpi.Build.SiteValidation.Run(site.Source).Diagnostics;
        // Besides the empty values, the two placeholder sentences of each new commentary file.
        Assert.Equal(6, all.Count(d => d.RuleId == RuleIds.PlaceholderText && d.Location.File.EndsWith("/2024-25-q4.md", StringComparison.Ordinal)));
        var diagnostics = all.Where(d => d.RuleId != RuleIds.PlaceholderText).ToList();
        Assert.Equal(
            [(RuleIds.MissingValue, 5, 14), (RuleIds.MissingValue, 5, 19), (RuleIds.MissingValue, 5, 24)],
            diagnostics.Select(d => (d.RuleId, d.Location.Line, d.Location.Column)).ToList());
        Assert.All(diagnostics, d => Assert.Equal("content/reports/finance/2024-25-q4.yaml", d.Location.File));
    }

    // new indicator

    [Fact]
    public void A_new_indicator_file_has_the_modeline_and_defaults_and_validates_with_only_the_editor_s_tasks_left()
    {
        using var site = TempSite.FromMinimal();

        var (exitCode, stdout, stderr) = Run("new", "indicator", "--id", "230", "--title", "Payments: made on time", "--committee", "finance",
            "--source", site.Source);

        Assert.True(exitCode == 0, stderr);
        const string file = "content/indicators/230-payments-made-on-time.yaml";
        Assert.StartsWith($"Created {file}\n", stdout, StringComparison.Ordinal);
        var text = site.Read(file);
        Assert.StartsWith("# yaml-language-server: $schema=../../schemas/indicator.schema.json\nid: 230\ntitle: 'Payments: made on time'\n" +
            "committee: finance\n",
            text, StringComparison.Ordinal);
        // The only warning: no report lists it yet, so it would not be published.
        // Only what the editor still has to do: put it in a report, and describe it.
        Assert.Equal(
            [(RuleIds.IndicatorInNoReport, file, 2, 1), (RuleIds.PlaceholderText, file, 13, 3)],
            StaticKpi.Build.SiteValidation.Run(site.Source).Diagnostics.Select(d => (d.RuleId, d.Location.File, d.Location.Line, d.Location.Column)));
        var indicator = IndicatorLoader.Load(text, file, LoadConfig(site.Source), new DiagnosticBag())!;
        Assert.Equal((230, "Payments: made on time", "payments-made-on-time", Unit.Number, Direction.Up),
            (indicator.Id, indicator.Title, indicator.Slug, indicator.Unit, indicator.Direction));
        Assert.IsType<Target.ToBeConfirmed>(indicator.Target);
        Assert.Empty(indicator.Series);
    }

    [Fact]
    public void A_new_period_fills_the_first_entry_of_a_new_indicator_s_empty_series()
    {
        using var site = TempSite.FromMinimal();
        Run("new", "indicator", "--id", "104", "--title", "Debt recovered", "--committee", "finance", "--source", site.Source);
        site.Replace("content/reports/finance/2024-25-q3.yaml", "indicators: [101, 102, 103]", "indicators: [101, 102, 103, 104]");

        var (exitCode, _, stderr) = Run("new", "period", "2024/25 Q4", "--committee", "finance", "--produced-on", "2025-05-01",
            "--source", site.Source);

        Assert.True(exitCode == 0, stderr);
        Assert.EndsWith("series:                 # one entry per period; 'statickpi new period' adds them\n  - period: 2024/25 Q4\n    value:\n",
            site.Read("content/indicators/104-debt-recovered.yaml"), StringComparison.Ordinal);
        Assert.DoesNotContain(StaticKpi.Build.SiteValidation.Run(site.Source).Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void A_new_indicator_with_an_id_in_use_is_refused_with_exit_1_naming_the_file_and_a_free_id()
    {
        using var site = TempSite.FromMinimal();

        var (exitCode, stdout, stderr) = Run("new", "indicator", "--id", "102", "--title", "Another", "--committee", "finance",
            "--source", site.Source);

        Assert.Equal(1, exitCode);
        Assert.Equal("", stdout);
        Assert.Equal("error: Indicator 102 already exists: content/indicators/102-sickness-days.yaml. " +
            "Choose another id (the next free one is 104), or edit that file.\n", stderr);
        Assert.False(File.Exists(site.PathOf("content/indicators/102-another.yaml")));
    }

    [Fact]
    public void A_new_indicator_for_an_unknown_committee_is_refused_with_a_suggestion()
    {
        using var site = TempSite.FromMinimal();

        var (exitCode, _, stderr) = Run("new", "indicator", "--id", "300", "--title", "X", "--committee", "finanse", "--source", site.Source);

        Assert.Equal(1, exitCode);
        Assert.Equal("error: There is no committee 'finanse' in site.config.yaml. Did you mean 'finance'?\n", stderr);
    }

    [Theory]
    [InlineData("new", "indicator", "--id", "ten", "--title", "X", "--committee", "finance")]
    [InlineData("new", "period", "2024/25 Q4")]
    [InlineData("new")]
    public void A_new_command_with_missing_or_malformed_options_is_a_usage_error(params string[] args)
    {
        var (exitCode, _, stderr) = Run(args);

        Assert.Equal(2, exitCode);
        Assert.Contains("--help", stderr, StringComparison.Ordinal);
    }
}

using StaticKpi.Content;
using StaticKpi.Diagnostics;
using StaticKpi.Model;
using StaticKpi.Starting;

namespace StaticKpi.Tests.Starting;

/// <summary>The files <c>statickpi init</c> writes: which, byte for byte the same for the same answers, read back by the real loaders.</summary>
public sealed class NewSiteTests
{
    private const string Organisation = "O'Brien: \"Council\" #1";
    private const string Committee = "Audit & Governance: 'Risk' #2 - [draft]";

    internal static NewSiteAnswers Answers(RagPolicyChoice policy = RagPolicyChoice.RedAmberGreenBlue, string organisation = Organisation) =>
        new(organisation, "https://example.github.io/scorecards", Committee, policy, 10, policy == RagPolicyChoice.RedAmberGreenBlue ? 5 : null,
            Period.Quarter(2025, 2));

    private static string Text(IReadOnlyList<NewSiteFile> files, string path) => files.Single(f => f.Path == path).Text;

    [Fact]
    public void A_new_site_has_its_settings_sample_content_workflows_editor_support_and_readme_in_this_order()
    {
        Assert.Equal(
        [
            "README.md",
            "site.config.yaml",
            "content/indicators/1-freedom-of-information-requests-answered-on-time.yaml",
            "content/commentary/1/2025-26-q2.md",
            "content/reports/audit-governance-risk-2-draft/2025-26-q2.yaml",
            ".github/workflows/pull-request.yml",
            ".github/workflows/deploy.yml",
            ".vscode/settings.json",
            "schemas/indicator.schema.json",
            "schemas/report.schema.json",
            "schemas/site-config.schema.json",
            ".gitignore",
            ".editorconfig",
        ], NewSite.Files(Answers()).Select(f => f.Path));
    }

    [Fact]
    public void The_same_answers_give_byte_identical_files_with_lf_line_endings_and_a_final_newline()
    {
        var first = NewSite.Files(Answers());
        var second = NewSite.Files(Answers());

        Assert.Equal(first, second);
        Assert.All(first, file =>
        {
            Assert.DoesNotContain('\r', file.Text);
            Assert.EndsWith("\n", file.Text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Names_with_quotes_colons_and_hashes_read_back_exactly_with_the_real_loader()
    {
        var diagnostics = new DiagnosticBag();

        var config = SiteConfigLoader.Load(Text(NewSite.Files(Answers()), "site.config.yaml"), "site.config.yaml", diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.NotNull(config);
        Assert.Equal(Organisation, config.Organisation);
        Assert.Equal("O'Brien: \"Council\" #1 performance scorecards", config.Title);
        Assert.Equal("https://example.github.io/scorecards/", config.BaseUrl);
        Assert.Equal([new Committee("audit-governance-risk-2-draft", Committee)], config.Committees);
    }

    [Fact]
    public void The_config_starts_with_its_schema_modeline_then_format_1()
    {
        var lines = Text(NewSite.Files(Answers()), "site.config.yaml").Split('\n');

        Assert.Equal("# yaml-language-server: $schema=schemas/site-config.schema.json", lines[0]);
        Assert.Equal("format: 1                           # the version of StaticKpi's content format; statickpi migrate updates it", lines[1]);
    }

    [Theory]
    [InlineData(RagPolicyChoice.RedAmberGreen, null)]
    [InlineData(RagPolicyChoice.RedAmberGreenBlue, 5)]
    public void The_rag_policy_has_the_red_threshold_and_a_blue_one_only_with_blue(RagPolicyChoice choice, int? blue)
    {
        var diagnostics = new DiagnosticBag();

        var config = SiteConfigLoader.Load(Text(NewSite.Files(Answers(choice)), "site.config.yaml"), "site.config.yaml", diagnostics);

        var policy = Assert.Single(config!.RagPolicies);
        var name = choice == RagPolicyChoice.RedAmberGreen ? "Red, Amber and Green" : "Red, Amber, Green and Blue";
        Assert.Equal(new RagPolicy(name, Period.Quarter(2024, 1), 10, false, blue, false), policy);
    }

    [Fact]
    public void The_sample_indicator_has_four_quarters_of_figures_up_to_the_sample_report_which_lists_it()
    {
        var files = NewSite.Files(Answers());
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(Text(files, "site.config.yaml"), "site.config.yaml", diagnostics)!;
        const string File = "content/indicators/1-freedom-of-information-requests-answered-on-time.yaml";

        var indicator = IndicatorLoader.Load(Text(files, File), File, config, diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(
            ["2024/25 Q3: 86.0", "2024/25 Q4: 88.5", "2025/26 Q1: 91.2", "2025/26 Q2: 92.4"],
            indicator!.Series.Select(p => $"{p.Period.Key}: {p.Value}"));
        Assert.Equal("audit-governance-risk-2-draft", indicator.CommitteeKey);
        Assert.Equal(
            "# yaml-language-server: $schema=../../../schemas/report.schema.json\n" +
            "committee: audit-governance-risk-2-draft\n" +
            "period: 2025/26 Q2\n" +
            "produced_on: 2025-10-01\n" +
            "indicators: [1]\n" +
            "# highlights: []        # optional: ids of indicators to feature on the report page\n" +
            "introduction: |\n" +
            "  This scorecard covers July to September 2025.\n",
            Text(files, "content/reports/audit-governance-risk-2-draft/2025-26-q2.yaml"));
    }

    [Fact]
    public void The_schemas_are_the_ones_statickpi_schema_writes()
    {
        var files = NewSite.Files(Answers());

        Assert.Equal(
            ContentSchema.Files().Select(s => ($"schemas/{s.FileName}", s.Json)),
            files.Where(f => f.Path.StartsWith("schemas/", StringComparison.Ordinal)).Select(f => (f.Path, f.Text)));
    }

    [Fact]
    public void Git_ignores_the_built_site_the_build_cache_and_the_tools_folders()
    {
        Assert.Equal(
            "# What 'statickpi build' writes: the site, and the build cache it keeps beside it (safe to delete).\n" +
            "_site/\n" +
            ".*.statickpi-cache/\n" +
            "# Where the statickpi tool can be installed for this folder only.\n" +
            ".tools/\n" +
            ".statickpi/\n",
            Text(NewSite.Files(Answers()), ".gitignore"));
        Assert.Equal("._site.statickpi-cache", Path.GetFileName(StaticKpi.Build.BuildOptions.CacheBeside("_site")));
    }

    [Fact]
    public void The_default_sample_quarter_is_the_last_one_that_has_ended()
    {
        (string Today, string Quarter)[] cases =
        [
            ("2025-12-05", "2025/26 Q2"), ("2025-07-01", "2025/26 Q1"), ("2025-06-30", "2024/25 Q4"), ("2025-04-01", "2024/25 Q4"),
            ("2025-03-31", "2024/25 Q3"),
        ];

        Assert.Equal(
            cases.Select(c => c.Quarter),
            cases.Select(c => NewSiteAnswers.LastFullQuarterBefore(DateOnly.Parse(c.Today, System.Globalization.CultureInfo.InvariantCulture)).Key));
    }
}

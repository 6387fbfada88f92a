using StaticKpi.Build;
using StaticKpi.Diagnostics;
using StaticKpi.Pages;

namespace StaticKpi.Tests.Content;

/// <summary>
/// One broken input per content rule not covered in <see cref="ContentDiagnosticTests"/>: each test validates the
/// minimal fixture with one change and pins the diagnostic to its rule, severity, file, line and column.
/// </summary>
public sealed class RuleDiagnosticTests
{
    private const string Invoices = "content/indicators/101-invoices-paid.yaml";
    private const string Sickness = "content/indicators/102-sickness-days.yaml";
    private const string Commentary = "content/commentary/101/2024-25-q3.md";
    private const string ReportQ2 = "content/reports/finance/2024-25-q2.yaml";
    private const string ReportQ3 = "content/reports/finance/2024-25-q3.yaml";

    /// <summary>Commentary for 101 in 2024/25 Q3 whose line 5 is <paramref name="line"/>.</summary>
    private static string CommentaryWithLine(string line) =>
        $"---\nindicator: 101\n---\n## Commentary\n{line}\n\n## Actions\n- Chase approvers after 10 days.\n";

    private static IReadOnlyList<Diagnostic> Validate(TempSite site) => SiteValidation.Run(site.Source).Diagnostics;

    [Fact]
    public void The_minimal_fixture_validates_without_any_diagnostic()
    {
        using var site = TempSite.FromMinimal();

        Assert.Empty(Validate(site));
    }

    [Fact]
    public void A_missing_value_with_a_note_explaining_it_is_not_a_warning()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Sickness, "    value: 9.4", "    value:\n    note: The survey was not run this quarter.");

        Assert.DoesNotContain(Validate(site), d => d.RuleId == RuleIds.MissingValue);
    }

    [Fact]
    public void A_missing_value_for_a_report_period_is_a_warning_at_the_indicator_id_in_the_report()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Sickness, "    value: 9.4", "    value:"); // line 12; the Q3 report lists 102 at line 5, column 19

        var diagnostics = Validate(site);

        var diagnostic = DiagnosticAssert.Single(diagnostics, RuleIds.MissingValue, Severity.Warning, ReportQ3, 5, 19);
        Assert.Equal("Indicator 102 has no value for 2024/25 Q3, so it is shown as 'No data'.", diagnostic.Message);
        Assert.Contains($"{Sickness}:11:5", diagnostic.Fix, StringComparison.Ordinal);
        DiagnosticAssert.ErrorsAre(diagnostics);
    }

    [Fact]
    public void A_second_report_for_the_same_committee_and_period_is_an_error_at_the_second_file()
    {
        using var site = TempSite.FromMinimal();
        const string copy = "content/reports/finance/2024-25-q3b.yaml"; // sorts after 2024-25-q3.yaml
        site.Write(copy, site.Read(ReportQ3));

        var diagnostics = Validate(site);

        var diagnostic = DiagnosticAssert.Single(diagnostics, RuleIds.DuplicateReport, Severity.Error, copy, 1, 1);
        Assert.Equal("There is already a report for finance in 2024/25 Q3, in content/reports/finance/2024-25-q3.yaml.", diagnostic.Message);
        DiagnosticAssert.ErrorsAre(diagnostics, (RuleIds.DuplicateReport, copy, 1, 1));
    }

    [Fact]
    public void A_broken_template_in_the_site_s_theme_is_a_build_error_on_the_theme_folder()
    {
        using var site = TempSite.FromMinimal();
        site.Write("themes/default/layouts/key.html", "<h1>{{ for x in page.terms }}</h1>");

        var result = site.Build();

        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, RuleIds.TemplateError, Severity.Error, "themes/default", 0, 0);
        Assert.Contains("key.html", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(Validate(site)); // templates are not content: validate does not render
    }

    [Fact]
    public void A_folder_without_site_config_is_a_file_error_naming_the_file()
    {
        using var site = TempSite.FromMinimal();
        site.Delete("site.config.yaml");

        var diagnostics = Validate(site);

        var diagnostic = DiagnosticAssert.Single(diagnostics, RuleIds.FileError, Severity.Error, "site.config.yaml", 0, 0);
        Assert.StartsWith("There is no site.config.yaml in ", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_indicators_of_a_committee_with_the_same_slug_is_a_warning_at_the_second_file()
    {
        using var site = TempSite.FromMinimal();
        const string copy = "content/indicators/104-copy.yaml";
        site.Write(copy, "id: 104\ntitle: Invoices paid within 30 days\ncommittee: finance\nstatus: contextual\n");

        var diagnostics = Validate(site);

        var diagnostic = DiagnosticAssert.Single(diagnostics, RuleIds.DuplicateSlug, Severity.Warning, copy, 1, 1);
        Assert.Equal("Indicator 104 has the same slug 'invoices-paid-within-30-days' as indicator 101.", diagnostic.Message);
        DiagnosticAssert.ErrorsAre(diagnostics);
    }

    [Fact]
    public void An_indicator_with_neither_target_nor_status_is_an_error_at_the_start_of_the_file()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Sickness, "target: {min: 8, max: 10}\n", "");

        var diagnostics = Validate(site);

        var diagnostic = DiagnosticAssert.Single(diagnostics, RuleIds.TargetedWithoutTarget, Severity.Error, Sickness, 1, 1);
        Assert.Equal("Indicator 102 has no target and no status.", diagnostic.Message);
        DiagnosticAssert.ErrorsAre(diagnostics, (RuleIds.TargetedWithoutTarget, Sickness, 1, 1));
    }

    [Theory]
    [InlineData("860")]
    [InlineData("-1")]
    public void A_percentage_outside_0_to_100_is_a_warning_at_the_value(string value)
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Invoices, "    value: 86.0", "    value: " + value); // line 24

        var diagnostics = Validate(site);

        var diagnostic = DiagnosticAssert.Single(diagnostics, RuleIds.PercentOutOfRange, Severity.Warning, Invoices, 24, 12);
        Assert.Equal($"The value {value} is outside 0 to 100, which is unusual for a percentage.", diagnostic.Message);
        DiagnosticAssert.ErrorsAre(diagnostics);
    }

    [Fact]
    public void Two_commentary_files_for_one_indicator_and_period_is_an_error_at_the_second_file()
    {
        using var site = TempSite.FromMinimal();
        const string extra = "content/commentary/101/extra.md"; // sorts after 2024-25-q3.md
        site.Write(extra, "---\nperiod: 2024/25 Q3\n---\n## Commentary\nAgain.\n");

        var diagnostics = Validate(site);

        var diagnostic = DiagnosticAssert.Single(diagnostics, RuleIds.DuplicateCommentary, Severity.Error, extra, 1, 1);
        Assert.Equal("There is already commentary for indicator 101 in 2024/25 Q3, in content/commentary/101/2024-25-q3.md.", diagnostic.Message);
        DiagnosticAssert.ErrorsAre(diagnostics, (RuleIds.DuplicateCommentary, extra, 1, 1));
    }

    // SKPI022: commentary no page shows

    [Fact]
    public void Commentary_for_a_period_without_a_report_is_a_warning_at_the_start_of_the_file()
    {
        using var site = TempSite.FromMinimal();
        const string file = "content/commentary/101/2024-25-q1.md";
        site.Write(file, "## Commentary\nWritten for a quarter with no report.\n");

        var diagnostics = Validate(site);

        var diagnostic = DiagnosticAssert.Single(diagnostics, RuleIds.CommentaryNotShown, Severity.Warning, file, 1, 1);
        Assert.Equal("This commentary is for indicator 101 in 2024/25 Q1, but there is no report for 2024/25 Q1, so no page shows it.",
            diagnostic.Message);
        Assert.Equal("Add indicator 101 to the report for 2024/25 Q1, or rename the file for a period whose report lists it (2024/25 Q2, " +
            "2024/25 Q3).",
            diagnostic.Fix);
        DiagnosticAssert.ErrorsAre(diagnostics);
    }

    [Fact]
    public void Commentary_for_a_period_whose_report_does_not_list_the_indicator_is_a_warning_at_the_start_of_the_file()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(ReportQ2, "indicators: [101, 102, 103]", "indicators: [101, 103]");
        const string file = "content/commentary/102/2024-25-q2.md";
        site.Write(file, "## Commentary\nSickness rose.\n");

        var diagnostics = Validate(site);

        var diagnostic = DiagnosticAssert.Single(diagnostics, RuleIds.CommentaryNotShown, Severity.Warning, file, 1, 1);
        Assert.Equal("This commentary is for indicator 102 in 2024/25 Q2, but no report for 2024/25 Q2 lists indicator 102, so no page shows it.",
            diagnostic.Message);
    }

    [Fact]
    public void Commentary_is_not_reported_as_unshown_when_its_period_s_report_has_errors_of_its_own()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(ReportQ3, "produced_on: 2025-02-18", "produced_on: 18 February"); // the report does not load

        var diagnostics = Validate(site);

        DiagnosticAssert.ErrorsAre(diagnostics, (RuleIds.WrongType, ReportQ3, 3, 14));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == RuleIds.CommentaryNotShown);
    }

    // SKPI023: links within the site to pages that will not exist

    [Fact]
    public void A_link_in_commentary_to_a_page_that_will_not_exist_is_an_error_at_the_link_with_the_nearest_page_suggested()
    {
        using var site = TempSite.FromMinimal();
        // From 2024-25-q3/finance/101-invoices-paid-within-30-days/ the link ends one letter short of indicator 102's page.
        site.Write(Commentary, CommentaryWithLine("Compare [sickness](../102-average-sickness-days-per-employe/) this quarter."));

        var diagnostics = Validate(site);

        var diagnostic = DiagnosticAssert.Single(diagnostics, RuleIds.BrokenInternalLink, Severity.Error, Commentary, 5, 9);
        Assert.Equal("The link '../102-average-sickness-days-per-employe/' on the page /2024-25-q3/finance/101-invoices-paid-within-30-days/ " +
                     "goes to /2024-25-q3/finance/102-average-sickness-days-per-employe/, which the build does not create.", diagnostic.Message);
        Assert.Equal("Did you mean '../102-average-sickness-days-per-employee/'?", diagnostic.Fix);
        DiagnosticAssert.ErrorsAre(diagnostics, (RuleIds.BrokenInternalLink, Commentary, 5, 9));
    }

    [Theory]
    [InlineData("../102-average-sickness-days-per-employee/")]
    [InlineData("../102-average-sickness-days-per-employee/#history")]
    [InlineData("../102-average-sickness-days-per-employee/index.html")]
    [InlineData("../../../key/")]
    [InlineData("../")]
    [InlineData("../../../")]
    [InlineData("/scorecards/2024-25-q2/finance/")]
    [InlineData("/elsewhere/on/the/council/site/")]
    [InlineData("#commentary")]
    [InlineData("../trend.csv")]
    public void A_link_in_commentary_to_a_page_that_exists_or_to_a_file_is_not_reported(string url)
    {
        using var site = TempSite.FromMinimal();
        site.Write(Commentary, CommentaryWithLine($"Compare [this]({url}) this quarter."));

        var diagnostics = Validate(site);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_link_in_a_description_is_checked_from_every_page_of_the_indicator_and_reported_once()
    {
        using var site = TempSite.FromMinimal();
        // Indicator 101 has a page in Q2 and in Q3; the link is wrong from both.
        site.Replace(Invoices, "  The share of undisputed invoices paid within **30 days** of receipt.",
            "  The share of undisputed invoices paid within **30 days** (see [the key](../../key/)).");

        var diagnostics = Validate(site);

        var diagnostic = DiagnosticAssert.Single(diagnostics, RuleIds.BrokenInternalLink, Severity.Error, Invoices, 11, 65);
        Assert.Equal("Did you mean '../../../key/'?", diagnostic.Fix);
    }

    [Fact]
    public void A_link_in_a_report_introduction_is_resolved_from_the_report_page()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(ReportQ3, "  Figures for October to December 2024.",
            "  Figures for October to December 2024; see [quarter 2](../2024-25-q2/finance/).");

        var diagnostics = Validate(site);

        // From 2024-25-q3/finance/ the link needs ../../ to reach the root.
        var diagnostic = DiagnosticAssert.Single(diagnostics, RuleIds.BrokenInternalLink, Severity.Error, ReportQ3, 8, 45);
        Assert.Equal("Did you mean '../../2024-25-q2/finance/'?", diagnostic.Fix);
    }

    [Theory]
    [InlineData("2024-25-q3/finance/101-x/index.html", "../102-y/", "2024-25-q3/finance/102-y/index.html")]
    [InlineData("2024-25-q3/finance/101-x/index.html", "../102-y", "2024-25-q3/finance/102-y/index.html")]
    [InlineData("2024-25-q3/finance/101-x/index.html", "./", "2024-25-q3/finance/101-x/index.html")]
    [InlineData("2024-25-q3/finance/101-x/index.html", "../../../key/?q=1#top", "key/index.html")]
    [InlineData("2024-25-q3/finance/101-x/index.html", "../../../../key/", "../../../../../key/")]
    [InlineData("2024-25-q3/finance/index.html", "2024%2D25/x.html", "2024-25-q3/finance/2024-25/x.html")]
    [InlineData("2024-25-q3/finance/index.html", "/performance/key/", "key/index.html")]
    [InlineData("2024-25-q3/finance/index.html", "/performance", "index.html")]
    [InlineData("index.html", "key/", "key/index.html")]
    [InlineData("index.html", "/other/key/", null)]
    [InlineData("index.html", "data.csv", null)]
    [InlineData("index.html", "#top", null)]
    [InlineData("index.html", "https://example.org/", null)]
    [InlineData("index.html", "//example.org/", null)]
    public void A_link_is_resolved_from_its_page_as_a_browser_would(string page, string url, string? expected)
    {
        Assert.Equal(expected, PageLinkChecks.Resolve(page, url, "https://example.org/performance/"));
    }

    // SKPI024: http links

    [Fact]
    public void An_http_link_in_commentary_is_a_warning_at_the_link_suggesting_https()
    {
        using var site = TempSite.FromMinimal();
        site.Write(Commentary, CommentaryWithLine("See [the guidance](http://www.gov.uk/guidance) for details."));

        var diagnostics = Validate(site);

        var diagnostic = DiagnosticAssert.Single(diagnostics, RuleIds.InsecureLink, Severity.Warning, Commentary, 5, 5);
        Assert.Equal("Use 'https://www.gov.uk/guidance' if the site offers it (most do).", diagnostic.Fix);
        DiagnosticAssert.ErrorsAre(diagnostics);
    }

    [Fact]
    public void An_http_address_in_an_indicator_s_links_is_a_warning_at_the_url()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Invoices, "    url: https://www.gov.uk/", "    url: http://www.gov.uk/"); // line 19

        var diagnostics = Validate(site);

        var diagnostic = DiagnosticAssert.Single(diagnostics, RuleIds.InsecureLink, Severity.Warning, Invoices, 19, 10);
        Assert.Equal("Use 'https://www.gov.uk/' if the site offers it (most do).", diagnostic.Fix);
    }

    // SKPI025: headings that skip a level

    [Fact]
    public void A_heading_that_skips_a_level_inside_a_commentary_section_is_a_warning_at_the_heading()
    {
        using var site = TempSite.FromMinimal();
        site.Write(Commentary, "---\nindicator: 101\n---\n## Commentary\nImproved.\n\n#### By value band\nMost were small.\n");

        var diagnostics = Validate(site);

        var diagnostic = DiagnosticAssert.Single(diagnostics, RuleIds.SkippedHeadingLevel, Severity.Warning, Commentary, 7, 1);
        Assert.Equal("The heading 'By value band' is level 4 but follows a level-2 heading, skipping level 3.", diagnostic.Message);
        Assert.StartsWith("Write it as '### By value band'", diagnostic.Fix, StringComparison.Ordinal);
        DiagnosticAssert.ErrorsAre(diagnostics);
    }

    [Fact]
    public void Headings_that_go_down_one_level_at_a_time_and_back_up_are_not_reported()
    {
        using var site = TempSite.FromMinimal();
        site.Write(Commentary, "## Commentary\nA.\n### Bands\n#### Small\n### Large\n## Actions\n### Next\nB.\n");

        Assert.Empty(Validate(site));
    }

    [Fact]
    public void A_heading_skipping_a_level_after_a_deeper_one_is_reported_against_the_one_before_it()
    {
        using var site = TempSite.FromMinimal();
        site.Write(Commentary, "## Commentary\nA.\n### Bands\n###### Tiny\n");

        var diagnostics = Validate(site);

        var diagnostic = DiagnosticAssert.Single(diagnostics, RuleIds.SkippedHeadingLevel, Severity.Warning, Commentary, 4, 1);
        Assert.Equal("The heading 'Tiny' is level 6 but follows a level-3 heading, skipping level 4.", diagnostic.Message);
    }
}

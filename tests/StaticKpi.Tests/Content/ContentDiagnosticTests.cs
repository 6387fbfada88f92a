using StaticKpi.Diagnostics;

namespace StaticKpi.Tests.Content;

/// <summary>
/// Each test copies the minimal fixture site, breaks one file and checks the build reports the problem with the
/// exact rule, severity, file, line and column (lines and columns start at 1).
/// </summary>
public sealed class ContentDiagnosticTests
{
    private const string Invoices = "content/indicators/101-invoices-paid.yaml";
    private const string Sickness = "content/indicators/102-sickness-days.yaml";
    private const string Complaints = "content/indicators/103-complaints.yaml";
    private const string Commentary = "content/commentary/101/2024-25-q3.md";
    private const string ReportQ3 = "content/reports/finance/2024-25-q3.yaml";

    [Fact]
    public void The_minimal_fixture_builds_without_errors()
    {
        using var site = TempSite.FromMinimal();

        var result = site.Build();

        Assert.True(result.Succeeded, DiagnosticAssert.Describe(result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
    }

    // 1. YAML syntax

    [Fact]
    public void Badly_indented_yaml_is_a_syntax_error_at_the_field_out_of_line()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Invoices, "unit: percent", "  unit: percent"); // line 5, now indented under 'service'

        var result = site.Build();

        Assert.False(result.Succeeded);
        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, RuleIds.YamlSyntax, Severity.Error, Invoices, 5, 3);
        Assert.Equal("'unit' is indented 2 spaces but the fields around it are indented 0.", diagnostic.Message);
        Assert.Equal("Line it up with 'service' on line 4.", diagnostic.Fix);
    }

    [Fact]
    public void A_list_item_indented_differently_from_its_siblings_is_a_syntax_error()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Invoices, "    value: 86.0", "   value: 86.0"); // line 24, one space short

        var result = site.Build();

        DiagnosticAssert.Single(result.Diagnostics, RuleIds.YamlSyntax, Severity.Error, Invoices, 24, 4);
    }

    [Fact]
    public void An_unclosed_quote_is_a_syntax_error_at_the_opening_quote()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Invoices, "title: Invoices paid within 30 days", "title: \"Invoices paid within 30 days"); // line 2

        var result = site.Build();

        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, RuleIds.YamlSyntax, Severity.Error, Invoices, 2, 8);
        Assert.Equal("The double quote (\") that starts this value is not closed on its line.", diagnostic.Message);
    }

    [Fact]
    public void An_unclosed_quote_in_commentary_front_matter_is_reported_at_its_line_in_the_markdown_file()
    {
        using var site = TempSite.FromMinimal();
        site.Write(Commentary, "---\nindicator: 101\nperiod: \"2024/25 Q3\n---\n## Commentary\nImproved.\n");

        var result = site.Build();

        // Line 2 of the front matter is line 3 of the file, because of the opening '---'.
        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, RuleIds.YamlSyntax, Severity.Error, Commentary, 3, 9);
        Assert.Equal("The double quote (\") that starts this value is not closed on its line.", diagnostic.Message);
    }

    [Fact]
    public void A_key_written_twice_is_a_syntax_error_at_the_second_one()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Invoices, "service: Accounts payable", "title: Again"); // line 4

        var result = site.Build();

        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, RuleIds.YamlSyntax, Severity.Error, Invoices, 4, 1);
        Assert.Equal("'title' is written twice in this file, on lines 2 and 4.", diagnostic.Message);
        Assert.Equal("Keep one of them.", diagnostic.Fix);
    }

    // 2. Unknown keys

    [Fact]
    public void A_misspelt_key_is_reported_at_the_key_with_the_nearest_known_key_suggested()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Invoices, "direction: up", "directoin: up"); // line 7

        var result = site.Build();

        Assert.False(result.Succeeded);
        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, RuleIds.UnknownKey, Severity.Error, Invoices, 7, 1);
        Assert.Contains("'directoin'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'direction'?", diagnostic.Fix, StringComparison.Ordinal);
        DiagnosticAssert.ErrorsAre(result.Diagnostics, (RuleIds.UnknownKey, Invoices, 7, 1));
    }

    [Fact]
    public void A_misspelt_key_inside_a_series_entry_is_reported_at_that_key()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Invoices, "    value: 86.0", "    vaule: 86.0"); // line 24

        var result = site.Build();

        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, RuleIds.UnknownKey, Severity.Error, Invoices, 24, 5);
        Assert.Contains("Did you mean 'value'?", diagnostic.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_key_in_commentary_front_matter_is_reported_at_its_line_in_the_markdown_file()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Commentary, "indicator: 101", "indicater: 101"); // line 2

        var result = site.Build();

        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, RuleIds.UnknownKey, Severity.Error, Commentary, 2, 1);
        Assert.Contains("Did you mean 'indicator'?", diagnostic.Fix, StringComparison.Ordinal);
    }

    // 3. Wrong types

    [Fact]
    public void Precision_written_as_a_word_is_a_wrong_type_at_the_value()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Invoices, "precision: 1", "precision: two"); // line 6

        var result = site.Build();

        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, RuleIds.WrongType, Severity.Error, Invoices, 6, 12);
        Assert.Contains("'two'", diagnostic.Message, StringComparison.Ordinal);
        DiagnosticAssert.ErrorsAre(result.Diagnostics, (RuleIds.WrongType, Invoices, 6, 12));
    }

    [Fact]
    public void A_target_written_as_a_word_is_a_wrong_type_at_the_value()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Invoices, "target: 90", "target: ninety"); // line 9

        var result = site.Build();

        Assert.False(result.Succeeded);
        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, RuleIds.WrongType, Severity.Error, Invoices, 9, 9);
        Assert.Contains("'ninety'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_series_value_with_a_percent_sign_is_a_wrong_type_at_the_value()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Invoices, "    value: 86.0", "    value: 85%"); // line 24

        var result = site.Build();

        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, RuleIds.WrongType, Severity.Error, Invoices, 24, 12);
        Assert.Contains("'85%'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("percent signs", diagnostic.Fix, StringComparison.Ordinal);
        DiagnosticAssert.ErrorsAre(result.Diagnostics, (RuleIds.WrongType, Invoices, 24, 12));
    }

    [Fact]
    public void A_series_that_is_a_number_instead_of_a_list_is_a_wrong_type_at_the_value()
    {
        using var site = TempSite.FromMinimal();
        site.Write(Sickness, """
            id: 102
            title: Average sickness days per employee
            committee: finance
            unit: days
            precision: 1
            direction: down
            target: {min: 8, max: 10}
            series: 5
            """);

        var result = site.Build();

        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, RuleIds.WrongType, Severity.Error, Sickness, 8, 9);
        Assert.Contains("a list", diagnostic.Message, StringComparison.Ordinal);
        DiagnosticAssert.ErrorsAre(result.Diagnostics, (RuleIds.WrongType, Sickness, 8, 9));
    }

    // 4. Missing required fields

    [Fact]
    public void An_indicator_without_a_title_reports_the_missing_field_at_the_start_of_the_file()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Sickness, "title: Average sickness days per employee\n", "");

        var result = site.Build();

        Assert.False(result.Succeeded);
        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, RuleIds.MissingRequired, Severity.Error, Sickness, 1, 1);
        Assert.Contains("'title'", diagnostic.Message, StringComparison.Ordinal);
    }

    // 5. Duplicate ids

    [Fact]
    public void A_duplicate_indicator_id_is_reported_on_the_second_file_in_path_order()
    {
        using var site = TempSite.FromMinimal();
        // Named for its id (or SKPI028 would be reported instead), and sorting after 101-invoices-paid.yaml.
        site.Write("content/indicators/101-z-copy.yaml", """
            id: 101
            title: A copy of invoices paid
            committee: finance
            status: contextual
            series:
              - period: 2024/25 Q3
                value: 1
            """);

        var result = site.Build();

        Assert.False(result.Succeeded);
        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, RuleIds.DuplicateId, Severity.Error, "content/indicators/101-z-copy.yaml", 1, 1);
        Assert.Contains(Invoices, diagnostic.Message, StringComparison.Ordinal);
        DiagnosticAssert.ErrorsAre(result.Diagnostics, (RuleIds.DuplicateId, "content/indicators/101-z-copy.yaml", 1, 1));
    }

    [Fact]
    public void Files_load_in_ordinal_path_order_so_an_upper_case_name_comes_first()
    {
        using var site = TempSite.FromMinimal();
        // Ordinally 'Z' (0x5A) sorts before 'i' (0x69), so this file is first and 101-invoices-paid.yaml is the duplicate.
        const string copy = "content/indicators/101-Z-copy.yaml";
        site.Write(copy, """
            id: 101
            title: A copy of invoices paid
            committee: finance
            status: contextual
            series:
              - period: 2024/25 Q3
                value: 1
            """);

        var result = site.Build();

        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, RuleIds.DuplicateId, Severity.Error, Invoices, 1, 1);
        Assert.Contains(copy, diagnostic.Message, StringComparison.Ordinal);
    }

    // 6. Unknown committees

    [Fact]
    public void An_unknown_committee_on_an_indicator_is_reported_at_the_value_with_a_suggestion()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Invoices, "committee: finance", "committee: finanse"); // line 3

        var result = site.Build();

        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, RuleIds.UnknownCommittee, Severity.Error, Invoices, 3, 12);
        Assert.Contains("'finanse'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'finance'?", diagnostic.Fix, StringComparison.Ordinal);
        DiagnosticAssert.ErrorsAre(result.Diagnostics, (RuleIds.UnknownCommittee, Invoices, 3, 12));
    }

    [Fact]
    public void An_unknown_committee_on_a_report_is_reported_at_the_value_with_a_suggestion()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(ReportQ3, "committee: finance", "committee: finanse"); // line 1

        var result = site.Build();

        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, RuleIds.UnknownCommittee, Severity.Error, ReportQ3, 1, 12);
        Assert.Contains("Did you mean 'finance'?", diagnostic.Fix, StringComparison.Ordinal);
    }

    // 7. Periods

    [Theory]
    [InlineData("2024/25 Q5")]
    [InlineData("Q3 2024")]
    [InlineData("2024/26 Q2")]
    [InlineData("2024-13")]
    public void An_unparsable_period_in_a_series_is_reported_at_the_value(string period)
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Sickness, "  - period: 2024/25 Q2", "  - period: " + period); // line 9

        var result = site.Build();

        Assert.False(result.Succeeded);
        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, RuleIds.BadPeriod, Severity.Error, Sickness, 9, 13);
        Assert.Contains(period, diagnostic.Message, StringComparison.Ordinal);
        DiagnosticAssert.ErrorsAre(result.Diagnostics, (RuleIds.BadPeriod, Sickness, 9, 13));
    }

    [Theory]
    [InlineData("2024/25 Q5")]
    [InlineData("Q3 2024")]
    public void An_unparsable_period_in_a_report_is_reported_at_the_value(string period)
    {
        using var site = TempSite.FromMinimal();
        site.Replace(ReportQ3, "period: 2024/25 Q3", "period: " + period); // line 2

        var result = site.Build();

        DiagnosticAssert.Single(result.Diagnostics, RuleIds.BadPeriod, Severity.Error, ReportQ3, 2, 9);
    }

    [Theory]
    [InlineData("0000/01 Q1")]
    [InlineData("0000-05")]
    public void A_period_in_an_impossible_year_is_reported_rather_than_crashing_the_build(string period)
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Sickness, "  - period: 2024/25 Q2", "  - period: " + period); // line 9

        var result = site.Build();

        Assert.False(result.Succeeded);
        DiagnosticAssert.Single(result.Diagnostics, RuleIds.BadPeriod, Severity.Error, Sickness, 9, 13);
    }

    [Fact]
    public void A_period_listed_twice_in_a_series_is_reported_at_the_second_entry()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Sickness, "  - period: 2024/25 Q3", "  - period: 2024-25 Q2"); // line 11; line 9 has 2024/25 Q2

        var result = site.Build();

        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, RuleIds.DuplicatePeriod, Severity.Error, Sickness, 11, 13);
        Assert.Contains("line 9", diagnostic.Message, StringComparison.Ordinal);
        DiagnosticAssert.ErrorsAre(result.Diagnostics, (RuleIds.DuplicatePeriod, Sickness, 11, 13));
    }

    // 8. Unknown indicators

    [Fact]
    public void Commentary_for_an_unknown_indicator_is_reported_on_the_commentary_file()
    {
        using var site = TempSite.FromMinimal();
        const string file = "content/commentary/999/2024-25-q3.md";
        site.Write(file, "## Commentary\nNo such indicator.\n");

        var result = site.Build();

        Assert.False(result.Succeeded);
        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, RuleIds.UnknownIndicator, Severity.Error, file, 1, 1);
        Assert.Contains("999", diagnostic.Message, StringComparison.Ordinal);
        DiagnosticAssert.ErrorsAre(result.Diagnostics, (RuleIds.UnknownIndicator, file, 1, 1));
    }

    [Fact]
    public void A_report_listing_an_unknown_indicator_is_reported_on_the_report_file()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(ReportQ3, "indicators: [101, 102, 103]", "indicators: [101, 102, 103, 999]"); // line 5

        var result = site.Build();

        Assert.False(result.Succeeded);
        // At the unknown id in the list, not just the start of the file.
        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, RuleIds.UnknownIndicator, Severity.Error, ReportQ3, 5, 29);
        Assert.Contains("999", diagnostic.Message, StringComparison.Ordinal);
        DiagnosticAssert.ErrorsAre(result.Diagnostics, (RuleIds.UnknownIndicator, ReportQ3, 5, 29));
    }

    // 9. Rating overrides

    [Theory]
    [InlineData("")]
    [InlineData("      reason: \"   \"\n")]
    [InlineData("      reason:\n")]
    public void A_rating_override_without_a_reason_is_reported_at_the_override(string reasonLine)
    {
        using var site = TempSite.FromMinimal();
        site.Write(Complaints, """
            id: 103
            title: Complaints received
            committee: finance
            unit: number
            direction: none
            status: contextual
            series:
              - period: 2024/25 Q2
                value: 41
              - period: 2024/25 Q3
                value: 37
                rag_override:
                  rating: amber

            """ + reasonLine);

        var result = site.Build();

        Assert.False(result.Succeeded);
        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, RuleIds.OverrideWithoutReason, Severity.Error, Complaints, 13, 7);
        Assert.Contains("reason", diagnostic.Message, StringComparison.Ordinal);
        DiagnosticAssert.ErrorsAre(result.Diagnostics, (RuleIds.OverrideWithoutReason, Complaints, 13, 7));
    }
}

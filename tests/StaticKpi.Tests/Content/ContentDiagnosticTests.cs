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

    /// <summary>One line of the minimal site broken as editors break it, and the one diagnostic it must give.</summary>
    public sealed record BrokenLine(
        string Name, string File, string Find, string Replacement, string Rule, Severity Severity, int Line, int Column, string Message, string Fix)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<BrokenLine> BrokenLines => new()
    {
        new(
            "a list item indented differently from its siblings is a syntax error",
            Invoices, "    value: 86.0", "   value: 86.0",
            RuleIds.YamlSyntax, Severity.Error, 24, 4,
            "'value' is indented 3 spaces but the other fields of this entry are indented 4.",
            "Line it up with 'period' on line 23."),
        new(
            "an unclosed quote is a syntax error at the opening quote",
            Invoices, "title: Invoices paid within 30 days", "title: \"Invoices paid within 30 days",
            RuleIds.YamlSyntax, Severity.Error, 2, 8,
            "The double quote (\") that starts this value is not closed on its line.",
            "Add the closing \" at the end of the value; or, if the value goes on over several lines, indent the lines after the first."),
        new(
            "a key written twice is a syntax error at the second one",
            Invoices, "service: Accounts payable", "title: Again",
            RuleIds.YamlSyntax, Severity.Error, 4, 1,
            "'title' is written twice in this file, on lines 2 and 4.",
            "Keep one of them."),
        new(
            "a misspelt key inside a series entry is reported at that key",
            Invoices, "    value: 86.0", "    vaule: 86.0",
            RuleIds.UnknownKey, Severity.Error, 24, 5,
            "Unknown field 'vaule'.",
            "Did you mean 'value'?"),
        new(
            "a misspelt key in commentary front matter is reported at its line in the markdown file",
            Commentary, "indicator: 101", "indicater: 101",
            RuleIds.UnknownKey, Severity.Error, 2, 1,
            "Unknown field 'indicater'.",
            "Did you mean 'indicator'?"),
        new(
            "precision written as a word is a wrong type at the value",
            Invoices, "precision: 1", "precision: two",
            RuleIds.WrongType, Severity.Error, 6, 12,
            "'precision' should be a whole number, but it is 'two'.",
            "See docs/content.md for the form of each field."),
        new(
            "a series value with a percent sign is a wrong type at the value",
            Invoices, "    value: 86.0", "    value: 85%",
            RuleIds.WrongType, Severity.Error, 24, 12,
            "'value' should be a number, but it is '85%'.",
            "Write plain numbers without commas, currency symbols or percent signs, for example 2250 or 85.5."),
        new(
            "an unknown committee on an indicator is reported at the value with a suggestion",
            Invoices, "committee: finance", "committee: finanse",
            RuleIds.UnknownCommittee, Severity.Error, 3, 12,
            "There is no committee 'finanse' in site.config.yaml.",
            "Did you mean 'finance'?"),
        new(
            "an unknown committee on a report is reported at the value with a suggestion",
            ReportQ3, "committee: finance", "committee: finanse",
            RuleIds.UnknownCommittee, Severity.Error, 1, 12,
            "There is no committee 'finanse' in site.config.yaml.",
            "Did you mean 'finance'?"),
        new(
            "a period listed twice in a series is reported at the second entry",
            Sickness, "  - period: 2024/25 Q3", "  - period: 2024-25 Q2",
            RuleIds.DuplicatePeriod, Severity.Error, 11, 13,
            "The period 2024/25 Q2 appears twice in the series (first at line 9).",
            "Keep one entry per period."),
    };

    [Theory]
    [MemberData(nameof(BrokenLines))]
    public void A_broken_line_is_reported_once_at_the_mistake_in_exact_words(BrokenLine broken)
    {
        using var site = TempSite.FromMinimal();
        site.Replace(broken.File, broken.Find, broken.Replacement);

        var result = site.Build();

        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, broken.Rule, broken.Severity, broken.File, broken.Line, broken.Column);
        Assert.Equal((broken.Message, broken.Fix), (diagnostic.Message, diagnostic.Fix));
        DiagnosticAssert.ErrorsAre(result.Diagnostics, (broken.Rule, broken.File, broken.Line, broken.Column));
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

    // 3. Wrong types

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

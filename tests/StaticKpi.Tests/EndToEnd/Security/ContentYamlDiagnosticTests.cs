using StaticKpi.Content;
using StaticKpi.Diagnostics;

namespace StaticKpi.Tests.EndToEnd.Security;

/// <summary>
/// Issue 12, finding 13 (YAML and quoting) and SKPI031: diagnostics point at the problem itself, a second document is
/// not silently dropped, and neither a huge file nor a huge value is read or echoed whole.
/// </summary>
public sealed class ContentYamlDiagnosticTests
{
    private const string Invoices = "content/indicators/101-invoices-paid.yaml";
    private const string Report = "content/reports/finance/2024-25-q3.yaml";

    // Issue 12, finding 13: a tab used for indentation was reported at 1:1; it is reported where the tab is (and
    // issue 13 words it for editors).
    [Theory]
    [InlineData("  - period: 2024/25 Q1", "\t- period: 2024/25 Q1", 21, 1, "Line 21 starts with a tab")]
    [InlineData("    value: 82.0", "  \tvalue: 82.0", 22, 3, "Line 22 has a tab in its indentation")]
    [InlineData("target: 90\n", "target:\n\tmin: 1\n", 10, 1, "Line 10 starts with a tab")]
    public void A_tab_used_for_indentation_is_reported_at_the_tab(string oldText, string newText, int line, int column, string what)
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Invoices, oldText, newText);

        foreach (var (_, outcome) in ContentAttack.ValidateAndBuild(site))
        {
            ContentAttack.FailsWith(outcome, (RuleIds.YamlSyntax, Invoices, line, column));
            Assert.Equal($"{what}; YAML needs spaces. Replace the tab at {line}:{column} with spaces.", outcome.Errors[0].Text);
        }
    }

    // Issue 12, finding 13: a second YAML document after `---` was silently ignored.
    [Fact]
    public void A_second_document_after_three_dashes_is_SKPI030_at_the_dashes()
    {
        using var site = TempSite.FromMinimal();
        site.Write(Report, site.Read(Report).TrimEnd() + "\n---\nhighlights: [101]\n"); // the fixture has 8 lines

        foreach (var (_, outcome) in ContentAttack.ValidateAndBuild(site))
        {
            ContentAttack.FailsWith(outcome, (RuleIds.ExtraDocument, Report, 9, 1));
            Assert.Equal(
                "A second YAML document starts here; only the first document of a file is read, so everything after this line would be ignored. " +
                "Remove the '---' line and merge the fields into the first document, or move the second part into a file of its own.",
                outcome.Errors[0].Text);
        }
    }

    [Fact]
    public void A_stray_three_dashes_at_the_end_with_nothing_after_them_is_allowed()
    {
        using var site = TempSite.FromMinimal();
        site.Write(Report, site.Read(Report).TrimEnd() + "\n---\n");

        Assert.Equal(0, ContentAttack.Validate(site).ExitCode);
    }

    [Fact]
    public void A_second_document_in_site_config_is_SKPI030_too()
    {
        using var site = TempSite.FromMinimal();
        site.Write("site.config.yaml", site.Read("site.config.yaml").TrimEnd() + "\n---\ntheme: other\n"); // 19 lines

        ContentAttack.FailsWith(ContentAttack.Validate(site), (RuleIds.ExtraDocument, "site.config.yaml", 21, 1));
    }

    // Found while fixing finding 13: a '[' left open before the next line made YamlDotNet throw an internal
    // InvalidOperationException ("StaticKpi stopped unexpectedly"); it is a located syntax error.
    [Fact]
    public void A_bracket_left_open_before_the_next_field_is_a_located_syntax_error()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Invoices, "service: Accounts payable", "service: [Accounts payable");

        var outcome = ContentAttack.Validate(site);

        ContentAttack.FailsWith(outcome, (RuleIds.YamlSyntax, Invoices, 4, 10));
        Assert.Equal("This '[' starts a list that is never closed with ']'. " +
            "Add ']' after the last item; or, if the value is text that starts with '[', put it in quotes.", outcome.Errors[0].Text);
    }

    // SKPI031: a content file over 10 MB is not read at all.
    [Fact]
    public void A_content_file_over_10_MB_is_SKPI031_and_not_read()
    {
        using var site = TempSite.FromMinimal();
        using (var stream = File.Create(site.PathOf("content/indicators/104-dump.yaml")))
        {
            stream.SetLength(SiteFolder.MaximumFileSize + 1); // sparse: no 10 MB written
        }

        foreach (var (_, outcome) in ContentAttack.ValidateAndBuild(site))
        {
            ContentAttack.FailsWith(outcome, (RuleIds.FileTooLarge, "content/indicators/104-dump.yaml", 1, 1));
            Assert.Equal(
                "The file is 10,485,761 bytes, more than the 10,485,760 (10 MB) any content file could need, so it was not read. " +
                "Check it was not replaced by a data dump or a binary file by mistake; split it, or remove it.", outcome.Errors[0].Text);
        }
    }

    // Issue 12, finding 13: a huge value was echoed whole; every quoted value is cut to 80 characters.
    [Fact]
    public void A_one_megabyte_committee_name_is_quoted_as_its_first_79_characters_and_an_ellipsis()
    {
        using var site = TempSite.FromMinimal();
        var huge = new string('x', 1_000_000);
        site.Replace(Invoices, "committee: finance", "committee: " + huge);

        var outcome = ContentAttack.Validate(site);

        ContentAttack.FailsWith(outcome, (RuleIds.UnknownCommittee, Invoices, 3, 12));
        Assert.Equal($"There is no committee '{new string('x', 79)}…' in site.config.yaml. Add it under 'committees' in site.config.yaml, " +
            "or use an existing key.",
            outcome.Errors[0].Text);
        Assert.True(outcome.Stderr.Length < 1_000, $"{outcome.Stderr.Length} characters printed");
    }

    [Fact]
    public void A_one_megabyte_unknown_field_and_wrong_value_are_quoted_cut()
    {
        using var site = TempSite.FromMinimal();
        // YAML limits a field name to 1,024 characters; a value has no limit.
        site.Replace(Invoices, "unit: percent", new string('y', 1_000) + ": 1\nunit: " + new string('y', 1_000_000));

        var outcome = ContentAttack.Validate(site);

        ContentAttack.FailsWith(outcome, (RuleIds.UnknownKey, Invoices, 5, 1), (RuleIds.BadValue, Invoices, 6, 7));
        var cut = new string('y', 79) + "…";
        Assert.StartsWith($"Unknown field '{cut}'.", outcome.Errors.Single(e => e.RuleId == RuleIds.UnknownKey).Text, StringComparison.Ordinal);
        Assert.StartsWith($"'{cut}' is not a valid value for 'unit'.", outcome.Errors.Single(e => e.RuleId == RuleIds.BadValue).Text,
            StringComparison.Ordinal);
        Assert.True(outcome.Stderr.Length < 2_000, $"{outcome.Stderr.Length} characters printed");
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("short", "short")]
    [InlineData("an exactly eighty character value ......................................... end",
        "an exactly eighty character value ......................................... end")]
    public void Short_values_are_quoted_whole(string value, string quoted) => Assert.Equal(quoted, QuotedValue.Cut(value));

    [Fact]
    public void A_cut_never_splits_a_surrogate_pair()
    {
        var value = new string('a', 78) + "😀😀"; // the first emoji's halves are the 79th and 80th characters

        var cut = QuotedValue.Cut(value);

        Assert.Equal(new string('a', 78) + "…", cut);
    }
}

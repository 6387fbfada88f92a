using System.Text;
using StaticKpi.Content;
using StaticKpi.Diagnostics;

namespace StaticKpi.Tests.EndToEnd.Security;

/// <summary>
/// Issue 12, finding 3: nesting 100,000 deep overflowed the stack and killed the process (and the preview). YAML and
/// Markdown now nest at most 64 levels, and deeper nesting is SKPI027 at the line and column where it goes too deep.
/// </summary>
public sealed class ContentDepthAttackTests
{
    private const string Invoices = "content/indicators/101-invoices-paid.yaml";
    private const string Commentary = "content/commentary/101/2024-25-q3.md";

    // Issue 12, finding 3: `service: [[[[…` and `{{{{…` 100,000 deep; the 64th bracket (column 10 + 63) is one too many.
    [Theory]
    [InlineData('[')]
    [InlineData('{')]
    public void Brackets_nested_100000_deep_in_an_indicator_are_SKPI027_at_the_first_bracket_too_deep(char bracket)
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Invoices, "service: Accounts payable", "service: " + new string(bracket, 100_000)); // line 4

        foreach (var (_, outcome) in ContentAttack.ValidateAndBuild(site))
        {
            ContentAttack.FailsWith(outcome, (RuleIds.TooDeep, Invoices, 4, 73));
            Assert.Equal(
                "Lists or fields are nested more than 64 levels deep here, far more than any indicator, report or configuration needs. " +
                "Look for brackets '[' or '{' that are never closed, or lines indented further and further.", Assert.Single(outcome.Errors).Text);
        }
    }

    // Issue 12, finding 3: block indentation, one level per line; the 65th level is on line 65, indented 64 spaces.
    [Fact]
    public void Fields_indented_100000_levels_deep_are_SKPI027_at_the_first_line_too_deep()
    {
        using var site = TempSite.FromMinimal();
        var deep = new StringBuilder();
        for (var level = 0; level < 2_000; level++)
        {
            deep.Append(' ', level).Append("level:\n");
        }

        site.Write("content/reports/finance/2024-25-q3.yaml", deep.ToString());

        ContentAttack.FailsWith(ContentAttack.Validate(site), (RuleIds.TooDeep, "content/reports/finance/2024-25-q3.yaml", 65, 65));
    }

    // Issue 12, finding 3: an alias counts as deep as its anchor, and an alias inside its own anchor nests for ever.
    [Fact]
    public void An_alias_of_a_deep_anchor_placed_deep_is_SKPI027_at_the_alias()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Invoices, "service: Accounts payable",
            "service: &deep " + new string('[', 40) + new string(']', 40) + "\ndata_source: " + new string('[', 30) + "*deep" + new string(']', 30));

        // Root (1) + 30 brackets + the 40 levels the alias stands for is 71 > 64; the alias is at line 5, column 14 + 30.
        ContentAttack.FailsWith(ContentAttack.Validate(site), (RuleIds.TooDeep, Invoices, 5, 44));
    }

    [Fact]
    public void An_alias_inside_its_own_anchor_is_SKPI027_at_the_alias()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Invoices, "service: Accounts payable", "service: &loop [1, *loop]");

        ContentAttack.FailsWith(ContentAttack.Validate(site), (RuleIds.TooDeep, Invoices, 4, 20));
    }

    // Issue 12, finding 3: a field name holding an alias of itself overflowed the stack in YamlDotNet's hashing.
    [Fact]
    public void A_field_name_that_is_an_alias_is_a_located_error_not_a_stack_overflow()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Invoices, "service: Accounts payable", "? &key [1, *key]\n: x");

        ContentAttack.FailsWith(ContentAttack.Validate(site), (RuleIds.WrongType, Invoices, 4, 12));
    }

    // Issue 12, finding 3: the same limit in site.config.yaml and in a commentary's front matter (whose lines are offset).
    [Fact]
    public void Deep_nesting_in_site_config_and_in_front_matter_is_SKPI027_at_its_place()
    {
        using var site = TempSite.FromMinimal();
        site.Replace("site.config.yaml", "language: en-GB", "language: " + new string('[', 100_000));

        ContentAttack.FailsWith(ContentAttack.Validate(site), (RuleIds.TooDeep, "site.config.yaml", 5, 74));

        using var other = TempSite.FromMinimal();
        other.Replace(Commentary, "indicator: 101", "indicator: " + new string('[', 2_000));
        ContentAttack.FailsWith(ContentAttack.Validate(other), (RuleIds.TooDeep, Commentary, 2, 75));
    }

    // Issue 12, finding 3: Markdown nesting past 64 levels made Markdig throw (an internal ArgumentException); it is
    // SKPI027 at the line where the nesting goes too deep. Line 5 is the commentary's first paragraph. Inline nesting
    // is tried within the 10,000 characters a paragraph may have; 100,000 deep is over that (see below).
    [Theory]
    [InlineData(">", "", 50_000)] // block quotes
    [InlineData("> ", "", 40_000)] // block quotes with spaces
    [InlineData("- ", "", 10_000)] // lists
    [InlineData("1. ", "", 10_000)] // ordered lists
    [InlineData("[", "", 9_000)] // unclosed brackets
    [InlineData("*", "*", 4_000)] // closed emphasis
    [InlineData("*a _", "_ a*", 1_000)] // nested emphasis
    public void Markdown_nested_past_the_limit_is_SKPI027_at_its_line_in_validate_and_build(string open, string close, int depth)
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Commentary, "Payment times improved after the new approval workflow went live.",
            string.Concat(Enumerable.Repeat(open, depth)) + "x" + string.Concat(Enumerable.Repeat(close, depth)));

        foreach (var (_, outcome) in ContentAttack.ValidateAndBuild(site))
        {
            ContentAttack.FailsWith(outcome, (RuleIds.TooDeep, Commentary, 5, 1));
        }
    }

    // Issue 12, finding 3: constructs that do not nest are written as text, and quickly.
    [Theory]
    [InlineData("unclosed emphasis", "*")]
    [InlineData("raw HTML (disabled, so text)", "<div>")]
    [InlineData("backticks", "`")]
    public void Markdown_that_repeats_without_nesting_builds(string what, string repeated)
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Commentary, "Payment times improved after the new approval workflow went live.",
            string.Concat(Enumerable.Repeat(repeated, 9_000 / repeated.Length)) + "x");

        var outcome = ContentAttack.Build(site);

        Assert.True(outcome.ExitCode == 0, $"{what}: {outcome.Stderr}");
    }

    // Issue 12, finding 3: some inline constructs take time growing with the square of a paragraph's length (100,000
    // www. autolinks took 108 s); a paragraph over 10,000 characters and Markdown over 100,000 are SKPI031.
    [Fact]
    public void A_paragraph_over_10000_characters_is_SKPI031_at_its_line_and_not_parsed()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Commentary, "Payment times improved after the new approval workflow went live.",
            string.Concat(Enumerable.Repeat("www.example.org ", 1_000)));

        var outcome = ContentAttack.Validate(site);

        ContentAttack.FailsWith(outcome, (RuleIds.FileTooLarge, Commentary, 5, 1));
        Assert.Equal(
            "This paragraph or table is longer than 10,000 characters, far longer than any real one. " +
            "Split it into shorter paragraphs (a blank line between them), or check that it was not pasted in by mistake.", outcome.Errors[0].Text);
    }

    [Fact]
    public void Markdown_of_100000_nested_block_quotes_is_over_the_length_limit_and_SKPI031_at_the_file()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Commentary, "Payment times improved after the new approval workflow went live.", new string('>', 100_000) + " x");

        ContentAttack.FailsWith(ContentAttack.Validate(site), (RuleIds.FileTooLarge, Commentary, 1, 1));
    }

    // Issue 12, finding 3: Markdown in a YAML field (an indicator's description) is held to the same limits.
    [Fact]
    public void Deep_Markdown_in_an_indicator_description_is_SKPI027_at_its_line()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Invoices, "  The share of undisputed invoices paid within **30 days** of receipt.", "  " + new string('>', 5_000) + " x");

        ContentAttack.FailsWith(ContentAttack.Validate(site), (RuleIds.TooDeep, Invoices, 11, 3));
    }

    // Issue 12, finding 3: under serve, a commentary edit is reloaded on its own; the limit holds there too.
    [Fact]
    public void The_preview_reload_of_a_deeply_nested_commentary_reports_SKPI027()
    {
        using var site = TempSite.FromMinimal();
        var sources = SiteSources.Load(site.Source);
        site.Replace(Commentary, "Payment times improved after the new approval workflow went live.", new string('>', 50_000) + " x");

        sources.ReloadCommentary(Commentary);

        var diagnostics = new DiagnosticBag();
        Assert.Null(sources.Assemble(diagnostics));
        DiagnosticAssert.ErrorsAre(diagnostics.ToList(), (RuleIds.TooDeep, Commentary, 5, 1));
    }
}

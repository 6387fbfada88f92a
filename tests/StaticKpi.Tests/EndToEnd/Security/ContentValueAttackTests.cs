using StaticKpi.Diagnostics;

namespace StaticKpi.Tests.EndToEnd.Security;

/// <summary>
/// Issue 12, findings 4 and 7: an id that disagrees with its file name, and a figure too large to be real, are
/// located errors in validate and build instead of a quietly smaller site or an internal crash.
/// </summary>
public sealed class ContentValueAttackTests
{
    private const string Invoices = "content/indicators/101-invoices-paid.yaml";

    // Issue 12, finding 4: `id: 999` in 101-invoices-paid.yaml dropped indicator 101's pages with exit 0.
    [Fact]
    public void An_id_that_does_not_match_the_file_name_is_SKPI028_at_the_id_naming_both_numbers()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Invoices, "id: 101", "id: 999");

        foreach (var (command, outcome) in ContentAttack.ValidateAndBuild(site))
        {
            ContentAttack.FailsWith(outcome, (RuleIds.IdDoesNotMatchFileName, Invoices, 1, 5));
            Assert.Equal(
                "The id is 999, but the file name '101-invoices-paid.yaml' starts with 101. " +
                "Change the line to 'id: 101', or rename the file to '999-invoices-paid.yaml'.", Assert.Single(outcome.Errors).Text);
            Assert.False(Directory.Exists(site.Output), command);
        }
    }

    // Issue 12, finding 4: the convention is <id>-<slug>.yaml, but a name without a number is not an error.
    [Fact]
    public void A_file_name_without_a_number_takes_its_id_from_the_file()
    {
        using var site = TempSite.FromMinimal();
        site.Write("content/indicators/complaints.yaml", site.Read("content/indicators/103-complaints.yaml"));
        site.Delete("content/indicators/103-complaints.yaml");

        var outcome = ContentAttack.Build(site);

        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.True(File.Exists(Path.Combine(site.Output, "2024-25-q3", "finance", "103-complaints-received", "index.html")));
    }

    // Issue 12, finding 7: 1e28 crashed the build ("AggregateException … Decimal"); every figure is checked where it is.
    [Theory]
    [InlineData("series value", Invoices, "    value: 82.0", "    value: 1e28", 22, 12)]
    [InlineData("negative series value", Invoices, "    value: 82.0", "    value: -10000000000000001", 22, 12)]
    [InlineData("target", Invoices, "target: 90", "target: 1e28", 9, 9)]
    [InlineData("target range", Invoices, "target: 90", "target: {min: 1, max: 1e20}", 9, 23)]
    [InlineData("benchmark", Invoices, "    value: 88.5", "    value: 5e27", 15, 12)]
    [InlineData("red threshold", "site.config.yaml", "    red_threshold: 10\n    red_includes_threshold: false",
        "    red_threshold: 1e28\n    red_includes_threshold: false", 13, 20)]
    [InlineData("blue threshold", "site.config.yaml", "    blue_threshold: 5", "    blue_threshold: 1e16", 15, 21)]
    [InlineData("too large even for decimal", Invoices, "    value: 82.0", "    value: 1e400", 22, 12)]
    public void A_figure_beyond_the_limit_is_SKPI029_at_its_own_line_and_column(string what, string file, string oldText, string newText, int line,
        int column)
    {
        using var site = TempSite.FromMinimal();
        site.Replace(file, oldText, newText);

        foreach (var (_, outcome) in ContentAttack.ValidateAndBuild(site))
        {
            Assert.True(outcome.Errors.Count >= 1, what);
            var error = Assert.Single(outcome.Errors, e => e.RuleId == RuleIds.NumberOutOfRange);
            Assert.Equal((file, line, column), (error.File, error.Line, error.Column));
            Assert.EndsWith(", which is too large to be a real figure: figures must be between -1,000,000,000,000,000 and 1,000,000,000,000,000. " +
                "Check the figure for extra digits or a misplaced exponent (1e30); write the value in the indicator's unit.", error.Text,
                    StringComparison.Ordinal);
            Assert.Equal(1, outcome.ExitCode);
            Assert.DoesNotContain("Exception", outcome.Stderr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_chart_value_beyond_the_limit_is_SKPI029_at_the_value()
    {
        using var site = TempSite.FromMinimal();
        site.Write(Invoices, site.Read(Invoices).TrimEnd() + """

            charts:
              - period: 2024/25 Q3
                type: bar
                title: Invoices by band
                categories: [Small, Large]
                series:
                  - name: Paid
                    values: [1, 1e30]
            """);

        ContentAttack.FailsWith(ContentAttack.Validate(site), (RuleIds.NumberOutOfRange, Invoices, 34, 21));
    }

    // Issue 12, finding 7: the limit itself is a real figure.
    [Fact]
    public void A_figure_at_the_limit_builds()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Invoices, "    value: 82.0", "    value: 1000000000000000");

        var outcome = ContentAttack.Build(site);

        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
    }
}

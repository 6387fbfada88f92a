using System.Text;
using StaticKpi.Build;
using StaticKpi.Content;
using StaticKpi.Diagnostics;
using StaticKpi.Migration;

namespace StaticKpi.Tests.Migration;

/// <summary>
/// <c>statickpi migrate</c> over a whole site: each step in order, what it changed per file, idempotent, a dry run
/// that writes nothing, and every file left as it was when anything fails.
/// </summary>
public sealed class SiteMigrationTests
{
    private const string Config = "site.config.yaml";
    private const string Invoices = "content/indicators/101-invoices-paid.yaml";

    private const string Header = "# Test Borough's scorecards\n";

    /// <summary>The minimal fixture from before formats were numbered, with a comment line at the top.</summary>
    private static TempSite UnversionedSite() => Support.UnversionedSite.Create(Header);

    [Fact]
    public void Format_0_becomes_1_with_the_field_after_the_leading_comment_and_the_site_validates_cleanly()
    {
        using var site = UnversionedSite();
        var before = site.Read(Config);

        var result = SiteMigration.Run(site.Source);

        Assert.True(result.Succeeded);
        Assert.Equal((0, 1), (result.From, result.To));
        var file = Assert.Single(result.Files);
        Assert.Equal((Config, "added 'format: 1' as the first field"), (file.RelativePath, Assert.Single(file.Changes)));
        Assert.Equal(before.Replace(Header, Header + "format: 1\n", StringComparison.Ordinal),
            site.Read(Config));
        Assert.Empty(SiteValidation.Run(site.Source).Diagnostics);
    }

    [Fact]
    public void A_second_run_changes_nothing_and_says_the_site_is_already_current()
    {
        using var site = UnversionedSite();
        SiteMigration.Run(site.Source);
        var once = File.ReadAllBytes(site.PathOf(Config));
        var written = File.GetLastWriteTimeUtc(site.PathOf(Config));

        var again = SiteMigration.Run(site.Source);

        Assert.True(again.Succeeded);
        Assert.Equal((1, 1), (again.From, again.To));
        Assert.Empty(again.Files);
        Assert.Equal(once, File.ReadAllBytes(site.PathOf(Config)));
        Assert.Equal(written, File.GetLastWriteTimeUtc(site.PathOf(Config)));
    }

    [Fact]
    public void A_dry_run_reports_the_change_and_writes_nothing()
    {
        using var site = UnversionedSite();
        var before = File.ReadAllBytes(site.PathOf(Config));

        var result = SiteMigration.Run(site.Source, dryRun: true);

        Assert.True(result.Succeeded);
        Assert.Equal("added 'format: 1' as the first field", Assert.Single(Assert.Single(result.Files).Changes));
        Assert.Equal(before, File.ReadAllBytes(site.PathOf(Config)));
        Assert.Equal([Config], Directory.GetFiles(site.Source).Select(Path.GetFileName));
    }

    [Fact]
    public void Windows_line_endings_and_a_byte_order_mark_are_kept()
    {
        using var site = TempSite.FromMinimal();
        var text = site.Read(Config).Replace("format: 1\n", "", StringComparison.Ordinal).ReplaceLineEndings("\r\n");
        File.WriteAllBytes(site.PathOf(Config), [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);

        Assert.True(SiteMigration.Run(site.Source).Succeeded);

        Assert.Equal([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("format: 1\r\n" + text)], File.ReadAllBytes(site.PathOf(Config)));
    }

    [Fact]
    public void A_site_for_a_newer_format_is_refused_and_left_as_it_was()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Config, "format: 1\n", "format: 3\n");
        var before = site.Read(Config);

        var result = SiteMigration.Run(site.Source);

        Assert.False(result.Succeeded);
        Assert.Empty(result.Files);
        Assert.Equal(new Diagnostic(Severity.Error, RuleIds.NewerContentFormat, new SourceLocation(Config, 1, 1),
            "This site is written for content format 3; this statickpi (0.1.0) reads formats up to 1: install a newer statickpi.",
            "'dotnet tool update --global StaticKpi.Tool' installs the latest; then run the command again."), Assert.Single(result.Problems));
        Assert.Equal(before, site.Read(Config));
    }

    [Fact]
    public void A_format_that_is_not_a_number_is_refused_and_left_as_it_was()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Config, "format: 1\n", "format: latest\n");

        var result = SiteMigration.Run(site.Source);

        var problem = Assert.Single(result.Problems);
        Assert.Equal((RuleIds.BadValue, new SourceLocation(Config, 1, 9)), (problem.RuleId, problem.Location));
        Assert.StartsWith("format: latest\n", site.Read(Config), StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_a_site_config_is_refused_with_where_to_run_it()
    {
        using var site = TempSite.FromMinimal();
        site.Delete(Config);

        var result = SiteMigration.Run(site.Source);

        Assert.Equal(new Diagnostic(Severity.Error, RuleIds.FileError, SourceLocation.FileOnly(Config),
            $"There is no site.config.yaml in '{Path.GetFullPath(site.Source)}'.",
            "Run the command from your site's folder or pass --source with the folder that holds site.config.yaml."), Assert.Single(result.Problems));
    }

    [Fact]
    public void When_a_later_step_fails_no_file_is_changed_not_even_by_the_steps_that_succeeded()
    {
        using var site = UnversionedSite();
        var before = Snapshot(site);

        var result = SiteMigration.Run(site.Source, dryRun: false, [new AddFormatKey(), new ChangesAnIndicatorThenFails()]);

        Assert.False(result.Succeeded);
        Assert.Empty(result.Files);
        Assert.Equal(new Diagnostic(Severity.Error, RuleIds.BadValue, new SourceLocation(Invoices, 1, 1), "This step cannot go on."),
            Assert.Single(result.Problems));
        Assert.Equal(before, Snapshot(site));
    }

    [Fact]
    public void Steps_run_in_order_from_the_site_s_format_and_each_file_lists_every_change()
    {
        using var site = UnversionedSite();

        var result = SiteMigration.Run(site.Source, dryRun: false, [new RenamesAField(), new AddFormatKey()]);

        Assert.True(result.Succeeded);
        Assert.Equal((0, 2), (result.From, result.To));
        var file = Assert.Single(result.Files);
        Assert.Equal(["added 'format: 1' as the first field", "renamed 'contact_email' to 'email'"], file.Changes);
        var text = site.Read(Config);
        Assert.StartsWith("# Test Borough's scorecards\nformat: 2\ntitle: Test scorecards\n", text, StringComparison.Ordinal);
        Assert.Contains("\nemail: kpi@example.test\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void There_is_one_step_for_each_format_from_0_up_to_the_current_one()
    {
        Assert.Equal(Enumerable.Range(0, ContentFormat.Current), MigrationSteps.All.Select(step => step.From));
    }

    private static Dictionary<string, byte[]> Snapshot(TempSite site) =>
        Directory.EnumerateFiles(site.Source, "*", SearchOption.AllDirectories)
            .ToDictionary(path => Path.GetRelativePath(site.Source, path), File.ReadAllBytes);

    /// <summary>A step from format 1 that edits an indicator, then finds it cannot go on.</summary>
    private sealed class ChangesAnIndicatorThenFails : IMigrationStep
    {
        public int From => 1;

        public void Apply(MigratingSite site)
        {
            site.Change(Invoices, site.Text(Invoices) + "# changed\n", "added a comment");
            site.Diagnostics.Error(RuleIds.BadValue, new SourceLocation(Invoices, 1, 1), "This step cannot go on.");
        }
    }

    /// <summary>A step from format 1 to 2, run after <see cref="AddFormatKey"/> has added 'format: 1' to the same text.</summary>
    private sealed class RenamesAField : IMigrationStep
    {
        public int From => 1;

        public void Apply(MigratingSite site)
        {
            var text = site.Text(Config)!;
            Assert.StartsWith("# Test Borough's scorecards\nformat: 1\n", text, StringComparison.Ordinal);
            var renamed = FormatKeyEditor.WithFormat(text.Replace("contact_email:", "email:", StringComparison.Ordinal), From + 1, site.Diagnostics);
            site.Change(Config, renamed!, "renamed 'contact_email' to 'email'");
        }
    }
}

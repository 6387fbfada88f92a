using System.Reflection;
using StaticKpi.Build;
using StaticKpi.Cli;
using StaticKpi.Content;
using StaticKpi.Diagnostics;
using StaticKpi.Model;
using StaticKpi.Tests.Support;

namespace StaticKpi.Tests.Content;

/// <summary>
/// <c>format:</c> in site.config.yaml as the loader reads it: missing, one warning and the site reads as format 1;
/// newer than the tool, one error naming both versions and nothing else read; not a format number, a bad value.
/// </summary>
public sealed class ContentFormatTests
{
    private const string Config = "site.config.yaml";

    private const string Site = """
        title: Scorecards
        organisation: Eastfield Borough Council
        base_url: https://example.test/
        committees: [{key: finance, name: Finance Committee}]
        rag_policies: [{effective_from: 2024/25 Q1, red_threshold: 10}]

        """;

    private static readonly string NoFormatMessage =
        "site.config.yaml does not say which content format it is written in, so it was read as format 1.";

    private const string NoFormatFix = "Add 'format: 1' as its first line, or run 'statickpi migrate' to add it.";

    private static (SiteConfig? Config, IReadOnlyList<Diagnostic> Diagnostics) Load(string text)
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(text, Config, diagnostics);
        return (config, diagnostics.ToList());
    }

    [Fact]
    public void A_site_with_format_1_reads_without_a_word()
    {
        var (config, diagnostics) = Load("format: 1\n" + Site);

        Assert.Empty(diagnostics);
        Assert.Equal("Eastfield Borough Council", config!.Organisation);
    }

    [Fact]
    public void A_site_without_format_reads_as_format_1_with_exactly_one_warning_at_the_top_of_the_file()
    {
        var (config, diagnostics) = Load("# Our scorecards\n" + Site);

        var warning = Assert.Single(diagnostics);
        Assert.Equal(new Diagnostic(Severity.Warning, RuleIds.NoContentFormat, new SourceLocation(Config, 1, 1), NoFormatMessage, NoFormatFix),
            warning);
        Assert.Equal("Finance Committee", Assert.Single(config!.Committees).Name);
    }

    [Fact]
    public void A_site_for_a_newer_format_is_refused_at_the_key_naming_both_versions_and_nothing_else_is_read()
    {
        // 'colour_scheme' stands for a field a newer format added: it is not reported as unknown.
        var (config, diagnostics) = Load("# Upgraded\n  format: 2\n  colour_scheme: dark\n  " + Site.Replace("\n", "\n  ", StringComparison.Ordinal));

        Assert.Null(config);
        var error = Assert.Single(diagnostics);
        Assert.Equal(new Diagnostic(Severity.Error, RuleIds.NewerContentFormat, new SourceLocation(Config, 2, 3),
            "This site is written for content format 2; this statickpi (0.1.0) reads formats up to 1: install a newer statickpi.",
            "'dotnet tool update --global StaticKpi.Tool' installs the latest; then run the command again."), error);
    }

    [Theory]
    [InlineData("format: one", 1, 9, "'one'")]
    [InlineData("format: 0", 1, 9, "'0'")]
    [InlineData("format: -1", 1, 9, "'-1'")]
    [InlineData("format: 1.5", 1, 9, "'1.5'")]
    [InlineData("format: 99999999999", 1, 9, "'99999999999'")]
    [InlineData("format:", 1, 8, "empty")]
    [InlineData("format: [1]", 1, 9, "a list")]
    [InlineData("format: {version: 1}", 1, 9, "a set of fields")]
    public void A_format_that_is_not_a_whole_number_from_1_is_a_bad_value_and_the_rest_is_still_read(
        string line, int lineNumber, int column, string described)
    {
        var (config, diagnostics) = Load(line + "\n" + Site);

        var error = Assert.Single(diagnostics);
        Assert.Equal(new Diagnostic(Severity.Error, RuleIds.BadValue, new SourceLocation(Config, lineNumber, column),
            $"'format' is {described}; it should be the number of the content format the site is written in, a whole number from 1.",
            "Write 'format: 1' for a site written for this statickpi (0.1.0)."), error);
        Assert.Equal("Scorecards", config!.Title);
    }

    [Fact]
    public void The_tool_version_in_the_messages_is_the_version_the_command_reports()
    {
        var cli = typeof(StatickpiCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        Assert.Equal(cli.Split('+')[0], ContentFormat.ToolVersion);
        Assert.Equal("0.1.0", ContentFormat.ToolVersion);
    }

    [Fact]
    public void A_whole_site_without_format_validates_with_the_one_warning_and_builds()
    {
        using var site = UnversionedSite.Create();

        var validation = SiteValidation.Run(site.Source);

        Assert.True(validation.Succeeded);
        var warning = Assert.Single(validation.Diagnostics);
        Assert.Equal((RuleIds.NoContentFormat, new SourceLocation(Config, 1, 1), NoFormatMessage),
            (warning.RuleId, warning.Location, warning.Message));
        Assert.True(site.Build().Succeeded);
    }

    [Fact]
    public void A_whole_site_for_format_2_builds_nothing()
    {
        using var site = UnversionedSite.Create(header: "format: 2\n");

        var diagnostics = site.Build().Diagnostics;

        Assert.Equal([(Severity.Error, RuleIds.NewerContentFormat, new SourceLocation(Config, 1, 1))],
            diagnostics.Select(d => (d.Severity, d.RuleId, d.Location)));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Every_site_this_repository_ships_is_marked_format_1()
    {
        var root = TempSite.RepositoryRoot;
        var configs = new[] { Path.Combine(root, Config) }
            .Concat(Directory.GetDirectories(Path.Combine(root, "examples")).Select(folder => Path.Combine(folder, Config)))
            .Concat(Directory.GetDirectories(Path.Combine(root, "tests", "fixtures")).Select(folder => Path.Combine(folder, Config)))
            .Where(File.Exists)
            .ToList();

        Assert.Equal(8, configs.Count);
        Assert.All(configs, path =>
        {
            var diagnostics = new DiagnosticBag();
            var parsed = YamlFile.ParseMapping(File.ReadAllText(path), Config, diagnostics)!;
            Assert.Equal(ContentFormat.Current, ContentFormat.Read(parsed, Config, diagnostics));
        });
    }
}

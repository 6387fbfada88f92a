using System.Reflection;
using System.Text.Json.Nodes;
using NJsonSchema;
using StaticKpi.Cli;
using StaticKpi.Content;
using StaticKpi.Model;
using StaticKpi.Tests.Support;

namespace StaticKpi.Tests.Content;

/// <summary>
/// The JSON Schemas in schemas/ are generated from the loaders' key lists and the metadata in ContentSchema, so the
/// editor's autocompletion and the loader cannot drift apart: these tests fail when they do.
/// </summary>
public sealed class SchemaTests
{
    private static readonly Type[] Loaders = [typeof(IndicatorLoader), typeof(ChartSpecLoader), typeof(LinksLoader), typeof(TargetsLoader),
        typeof(ReportLoader), typeof(SiteConfigLoader)];

    private static string SchemasFolder => Path.Combine(RepoPaths.Root, "schemas");

    [Fact]
    public void The_committed_schema_files_are_exactly_what_statickpi_schema_generates()
    {
        foreach (var file in ContentSchema.Files())
        {
            var path = Path.Combine(SchemasFolder, file.FileName);
            Assert.True(File.Exists(path), $"{path} is missing: run 'dotnet run --project src/StaticKpi.Cli -- schema'.");
            Assert.True(file.Json == File.ReadAllText(path),
                $"schemas/{file.FileName} is out of date: run 'dotnet run --project src/StaticKpi.Cli -- schema' and commit the result.");
        }

        string[] expected = [ContentSchema.IndicatorFile, ContentSchema.ReportFile, ContentSchema.SiteConfigFile];
        var committed = Directory.EnumerateFiles(SchemasFolder).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, committed);
    }

    [Fact]
    public void The_schema_command_writes_the_three_files_to_the_output_folder()
    {
        using var folder = new TempFolder();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exitCode = StatickpiCli.Run(["schema", "--output", folder.Path], stdout, stderr);

        Assert.Equal(0, exitCode);
        foreach (var file in ContentSchema.Files())
        {
            Assert.Equal(file.Json, File.ReadAllText(folder.Combine(file.FileName)));
        }
    }

    [Fact]
    public void Every_key_list_of_every_loader_has_schema_metadata()
    {
        var loaderLists = Loaders
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.FieldType == typeof(string[]) && f.Name.EndsWith("Keys", StringComparison.Ordinal))
                .Select(f => (Name: $"{type.Name}.{f.Name}", Keys: (string[])f.GetValue(null)!)))
            .ToList();

        Assert.Equal(loaderLists.Select(l => l.Name).Order(StringComparer.Ordinal),
            ContentSchema.KeyLists.Select(l => l.Name).Order(StringComparer.Ordinal));
        foreach (var (name, keys) in loaderLists)
        {
            Assert.Same(keys, ContentSchema.KeyLists.Single(l => l.Name == name).LoaderKeys);
        }
    }

    [Fact]
    public void Every_key_a_loader_reads_has_schema_metadata_and_every_key_with_metadata_is_read_by_the_loader()
    {
        foreach (var list in ContentSchema.KeyLists)
        {
            var withoutMetadata = list.LoaderKeys.Except(list.Fields.Select(f => f.Key)).ToList();
            var notInLoader = list.Fields.Select(f => f.Key).Except(list.LoaderKeys).ToList();
            Assert.True(withoutMetadata.Count == 0,
                $"{list.Name} has keys without schema metadata in ContentSchema: {string.Join(", ", withoutMetadata)}");
            Assert.True(notInLoader.Count == 0, $"ContentSchema describes keys that {list.Name} does not read: {string.Join(", ", notInLoader)}");
            Assert.Equal(list.Fields.Count, list.Fields.Select(f => f.Key).Distinct().Count());
            Assert.All(list.Fields, f => Assert.False(string.IsNullOrWhiteSpace(f.Description), $"{list.Name}: '{f.Key}' has no description."));
        }
    }

    public static TheoryData<string, string> ExampleFiles()
    {
        var data = new TheoryData<string, string> { { "site.config.yaml", ContentSchema.SiteConfigFile } };
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "content", "indicators"), "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepoPaths.Root, file).Replace('\\', '/'), ContentSchema.IndicatorFile);
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "content", "reports"), "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepoPaths.Root, file).Replace('\\', '/'), ContentSchema.ReportFile);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public async Task Each_example_content_file_is_valid_against_its_schema(string file, string schemaFile)
    {
        var schema = await JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(SchemasFolder, schemaFile)));
        var json = YamlToJson.Convert(File.ReadAllText(Path.Combine(RepoPaths.Root, file)))!.ToJsonString();

        var errors = schema.Validate(json);

        Assert.True(errors.Count == 0, $"{file}:\n{string.Join("\n", errors.Select(e => $"  {e.Path}: {e.Kind}"))}");
    }

    [Theory]
    [InlineData("directoin: up", "directoin", "NoAdditionalPropertiesAllowed")]
    [InlineData("precision: two", "precision", "IntegerExpected")]
    [InlineData("unit: percentage", "unit", "NotInEnumeration")]
    [InlineData("series:\n  - period: Q3 2024\n    value: 1", "period", "PatternMismatch")]
    [InlineData("series:\n  - period: 2024/25 Q3\n    value: \"85%\"", "value", "NoTypeValidates")]
    public async Task A_mistake_the_loader_reports_is_also_a_schema_error_in_the_editor(string line, string property, string kind)
    {
        var schema = await JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(SchemasFolder, ContentSchema.IndicatorFile)));
        var yaml = $"id: 1\ntitle: T\ncommittee: c\n{line}\n";

        var errors = schema.Validate(YamlToJson.Convert(yaml)!.ToJsonString());

        var error = Assert.Single(Leaves(errors));
        Assert.Equal(property, error.Property);
        Assert.Equal(kind, error.Kind.ToString());
    }

    /// <summary>NJsonSchema reports a mistake inside a list item as an error of the item holding the real one.</summary>
    private static IEnumerable<NJsonSchema.Validation.ValidationError> Leaves(IEnumerable<NJsonSchema.Validation.ValidationError> errors) =>
        errors.SelectMany(e => e is NJsonSchema.Validation.ChildSchemaValidationError child
            && e.Kind != NJsonSchema.Validation.ValidationErrorKind.NoTypeValidates
            ? Leaves(child.Errors.SelectMany(pair => pair.Value))
            : [e]);

    [Fact]
    public async Task A_missing_required_field_is_a_schema_error()
    {
        var schema = await JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(SchemasFolder, ContentSchema.ReportFile)));

        var errors = schema.Validate(YamlToJson.Convert("committee: c\nperiod: 2024/25 Q3\nindicators: [1]\n")!.ToJsonString());

        var error = Assert.Single(errors);
        Assert.Equal("produced_on", error.Property);
        Assert.Equal("PropertyRequired", error.Kind.ToString());
    }

    [Theory]
    [InlineData("2024/25 Q3", true)]
    [InlineData("2024-25 Q3", true)]
    [InlineData("2024-25-q3", true)]
    [InlineData("2024-10", true)]
    [InlineData("2023/24", true)]
    [InlineData("Q3 2024", false)]
    [InlineData("2024", false)]
    [InlineData("2024/25 Quarter 3", false)]
    public void The_schema_s_period_pattern_accepts_the_forms_the_loader_accepts(string text, bool valid)
    {
        Assert.Equal(valid, Period.TryParse(text, 4, out _) is not null);
        Assert.Equal(valid, System.Text.RegularExpressions.Regex.IsMatch(text, ContentSchema.PeriodPattern));
    }

    public static TheoryData<string> YamlContentFiles()
    {
        var data = new TheoryData<string> { "site.config.yaml" };
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "content"), "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepoPaths.Root, file).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(YamlContentFiles))]
    public void Each_yaml_file_of_the_example_site_starts_with_a_modeline_pointing_at_its_schema(string file)
    {
        var firstLine = File.ReadLines(Path.Combine(RepoPaths.Root, file)).First();
        var expectedSchema = file == "site.config.yaml" ? ContentSchema.SiteConfigFile
            : file.StartsWith("content/reports/", StringComparison.Ordinal) ? ContentSchema.ReportFile
            : ContentSchema.IndicatorFile;

        const string prefix = "# yaml-language-server: $schema=";
        Assert.StartsWith(prefix, firstLine, StringComparison.Ordinal);
        var relative = firstLine[prefix.Length..];
        Assert.EndsWith("schemas/" + expectedSchema, relative, StringComparison.Ordinal);
        var resolved = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.Combine(RepoPaths.Root, file))!, relative));
        Assert.Equal(Path.Combine(SchemasFolder, expectedSchema), resolved);
    }

    [Fact]
    public void Vs_code_settings_map_each_schema_to_the_files_it_describes()
    {
        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, ".vscode", "settings.json")))!;
        var schemas = settings["yaml.schemas"]!.AsObject();

        Assert.Equal("content/indicators/*.yaml", schemas["./schemas/" + ContentSchema.IndicatorFile]![0]!.GetValue<string>());
        Assert.Equal("content/reports/**/*.yaml", schemas["./schemas/" + ContentSchema.ReportFile]![0]!.GetValue<string>());
        Assert.Equal("site.config.yaml", schemas["./schemas/" + ContentSchema.SiteConfigFile]![0]!.GetValue<string>());
    }
}

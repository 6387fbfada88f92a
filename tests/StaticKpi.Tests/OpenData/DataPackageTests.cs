using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Validation;
using StaticKpi.Tests.Support;

namespace StaticKpi.Tests.OpenData;

/// <summary>data/datapackage.json is a valid Frictionless data package that describes every download truthfully.</summary>
[Collection(PublishedSiteCollection.Name)]
public sealed class DataPackageTests(PublishedSiteFixture fixture)
{
    private const string Package = "data/datapackage.json";

    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFileAsync(Path.Combine(RepoPaths.Root, "tests", "StaticKpi.Tests", "Fixtures", "frictionless-data-package.schema.json"))
            .GetAwaiter().GetResult());

    private string PackageText => File.ReadAllText(Path.Combine(fixture.Site.Output, Package));

    [Fact]
    public void Data_package_validates_against_the_frictionless_data_package_schema()
    {
        var errors = Schema.Value.Validate(PackageText);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Fact]
    public void The_schema_fixture_rejects_a_package_that_breaks_the_specification()
    {
        var package = JsonNode.Parse(PackageText)!;
        package["name"] = "Example County Council";
        package["resources"]![0]!["hash"] = "sha256:not-hex";
        package["resources"]![1]!["path"] = "../outside.csv";
        package["resources"]![2]!.AsObject().Remove("path");
        package["licenses"]![0]!.AsObject().Remove("name");
        package["licenses"]![0]!.AsObject().Remove("path");

        var errors = Flatten(Schema.Value.Validate(package.ToJsonString())).Select(e => (e.Path, e.Kind)).ToList();

        Assert.Contains(("#/name", ValidationErrorKind.PatternMismatch), errors);
        Assert.Contains(("#/resources[0].hash", ValidationErrorKind.PatternMismatch), errors);
        Assert.Contains(("#/resources[1].path", ValidationErrorKind.PatternMismatch), errors);
        Assert.Contains(("#/resources[2]", ValidationErrorKind.NotOneOf), errors);
        Assert.Contains(("#/licenses[0]", ValidationErrorKind.NotAnyOf), errors);
    }

    /// <summary>Errors inside oneOf/anyOf/$ref are reported as children of the enclosing error.</summary>
    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => e is ChildSchemaValidationError child
            ? (IEnumerable<ValidationError>)[e, .. Flatten(child.Errors.SelectMany(kv => kv.Value))]
            : [e]);

    [Fact]
    public void Package_names_the_site_and_states_the_open_government_licence()
    {
        using var json = JsonDocument.Parse(PackageText);
        var root = json.RootElement;
        Assert.Equal("example-county-council-performance-scorecards", root.GetProperty("name").GetString());
        Assert.Equal("Performance scorecards: Example County Council", root.GetProperty("title").GetString());
        Assert.Equal("https://example.org/performance/", root.GetProperty("homepage").GetString());
        var licence = Assert.Single(root.GetProperty("licenses").EnumerateArray());
        Assert.Equal(
            ("OGL-UK-3.0", "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/", "Open Government Licence v3.0"),
            (licence.GetProperty("name").GetString(), licence.GetProperty("path").GetString(), licence.GetProperty("title").GetString()));
    }

    [Fact]
    public void Every_resource_exists_with_the_stated_bytes_and_sha256_hash()
    {
        using var json = JsonDocument.Parse(PackageText);
        var resources = json.RootElement.GetProperty("resources").EnumerateArray().ToList();
        Assert.True(resources.Count > 60, $"only {resources.Count} resources");
        foreach (var resource in resources)
        {
            var path = Path.Combine(fixture.Site.Output, "data", resource.GetProperty("path").GetString()!);
            Assert.True(File.Exists(path), $"{path} is missing");
            var bytes = File.ReadAllBytes(path);
            Assert.Equal(resource.GetProperty("bytes").GetInt64(), bytes.LongLength);
            Assert.Equal("sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes)), resource.GetProperty("hash").GetString());
        }

        Assert.Equal(resources.Count, resources.Select(r => r.GetProperty("name").GetString()).Distinct().Count());
    }

    [Fact]
    public void Package_describes_every_data_file_and_nothing_else()
    {
        using var json = JsonDocument.Parse(PackageText);
        var described = json.RootElement.GetProperty("resources").EnumerateArray().Select(r => "data/" + r.GetProperty("path").GetString())
            .Order(StringComparer.Ordinal);
        var written = Directory.EnumerateFiles(Path.Combine(fixture.Site.Output, "data"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(fixture.Site.Output, f).Replace('\\', '/'))
            .Where(f => f is not (Package or "data/index.html"))
            .Order(StringComparer.Ordinal);
        Assert.Equal(written, described);
    }

    [Fact]
    public void Every_csv_has_the_columns_its_table_schema_lists_and_every_value_has_the_stated_type()
    {
        using var json = JsonDocument.Parse(PackageText);
        foreach (var resource in json.RootElement.GetProperty("resources").EnumerateArray().Where(r => r.GetProperty("format").GetString() == "csv"))
        {
            Assert.Equal("text/csv", resource.GetProperty("mediatype").GetString());
            Assert.Equal("tabular-data-resource", resource.GetProperty("profile").GetString());
            var fields = resource.GetProperty("schema").GetProperty("fields").EnumerateArray()
                .Select(f => (Name: f.GetProperty("name").GetString()!, Type: f.GetProperty("type").GetString()!))
                .ToList();
            var (header, rows) = fixture.Csv("data/" + resource.GetProperty("path").GetString());

            Assert.Equal(fields.Select(f => f.Name), header);
            foreach (var row in rows)
            {
                foreach (var (name, type) in fields)
                {
                    var value = row[name];
                    var valid = value.Length == 0 || type switch
                    {
                        "integer" => int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
                        "number" => decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                            CultureInfo.InvariantCulture, out _),
                        "date" => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                        "string" => true,
                        "boolean" => value is "true" or "false",
                        _ => false,
                    };
                    Assert.True(valid, $"{resource.GetProperty("path").GetString()}: {name} '{value}' is not a {type}");
                }
            }
        }
    }

    [Fact]
    public void Json_resources_are_described_as_json()
    {
        using var json = JsonDocument.Parse(PackageText);
        var resource = json.RootElement.GetProperty("resources").EnumerateArray()
            .Single(r => r.GetProperty("path").GetString() == "indicators/182-foi-timeliness.json");
        Assert.Equal(
            ("data-resource", "indicator-182-foi-timeliness-json", "json", "application/json", "utf-8"),
            (resource.GetProperty("profile").GetString(), resource.GetProperty("name").GetString(), resource.GetProperty("format").GetString(),
             resource.GetProperty("mediatype").GetString(), resource.GetProperty("encoding").GetString()));
        Assert.False(resource.TryGetProperty("schema", out _));
    }
}

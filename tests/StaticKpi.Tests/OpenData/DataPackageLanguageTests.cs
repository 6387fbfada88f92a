using System.Text.Json;
using NJsonSchema;
using StaticKpi.Localisation;
using StaticKpi.OpenData;
using StaticKpi.Tests.Build;

namespace StaticKpi.Tests.OpenData;

/// <summary>
/// Each language of a multilingual site (tests/fixtures/bilingual: English at the root, Welsh under cy/) publishes
/// its own data/datapackage.json whose every text a reader reads is in that language's strings, while the names,
/// paths and column names programs rely on are the same in both.
/// </summary>
public sealed class DataPackageLanguageTests(MultilingualSiteTests.Bilingual fixture) : IClassFixture<MultilingualSiteTests.Bilingual>
{
    private const string WelshDescription =
        "Pob gwerth, targed, sgôr a meincnod a gyhoeddwyd yng nghardiau sgorio perfformiad Cyngor Sir Prawf, fesul adroddiad, " +
        "fesul dangosydd ac ar gyfer y wefan gyfan, fel CSV a JSON.";

    private static readonly SiteStrings English = SiteStrings.Default();
    private static readonly SiteStrings Welsh = SiteStrings.Default("cy-GB");

    /// <summary>The built site (MultilingualSiteTests asserts that it builds).</summary>
    private readonly BuiltSite _site = fixture.Site;

    [Fact]
    public void The_welsh_package_s_title_description_licence_and_publisher_are_welsh_and_it_declares_its_language()
    {
        using var package = Package(_site.Output, "cy/");
        var root = package.RootElement;

        Assert.Equal(["cy"], root.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal("Cardiau sgorio prawf: Cyngor Sir Prawf", root.GetProperty("title").GetString());
        Assert.Equal(WelshDescription, root.GetProperty("description").GetString());
        var licence = Assert.Single(root.GetProperty("licenses").EnumerateArray());
        Assert.Equal("Trwydded Llywodraeth Agored v3.0", licence.GetProperty("title").GetString());
        var publisher = Assert.Single(root.GetProperty("contributors").EnumerateArray());
        Assert.Equal(("Cyngor Sir Prawf", "publisher"), (publisher.GetProperty("title").GetString(), publisher.GetProperty("role").GetString()));
    }

    [Fact]
    public void The_english_package_keeps_its_english_texts_and_declares_no_language()
    {
        using var package = Package(_site.Output, "");
        var root = package.RootElement;

        Assert.False(root.TryGetProperty("languages", out _));
        Assert.Equal("Test scorecards: Test County Council", root.GetProperty("title").GetString());
        Assert.Equal(
            "Every value, target, rating and benchmark published in Test County Council's performance scorecards, per report, " +
            "per indicator and for the whole site, as CSV and JSON.",
            root.GetProperty("description").GetString());
        Assert.Equal("Open Government Licence v3.0", Assert.Single(root.GetProperty("licenses").EnumerateArray()).GetProperty("title").GetString());
    }

    [Fact]
    public void The_welsh_package_titles_every_file_in_welsh_with_the_indicator_s_title_in_whichever_language_it_has()
    {
        using var package = Package(_site.Output, "cy/");

        Assert.Equal(
            [
                ("statickpi-all.csv", "Pob gwerth, targed, sgôr a meincnod pob dangosydd a gyhoeddwyd"),
                ("statickpi-all.json", "Pob adroddiad a phob dangosydd a gyhoeddwyd, gyda’u gwerthoedd, eu targedau, eu sgoriau a’u meincnodau"),
                ("reports/finance-2024-25-q3.csv", "Adroddiad perfformiad y Pwyllgor Cyllid, chwarter 3"),
                ("reports/finance-2024-25-q3.json", "Adroddiad perfformiad y Pwyllgor Cyllid, chwarter 3"),
                ("indicators/101-invoices-paid-within-30-days.csv", "Dangosydd 101: Anfonebau a dalwyd o fewn 30 diwrnod"),
                ("indicators/101-invoices-paid-within-30-days.json", "Dangosydd 101: Anfonebau a dalwyd o fewn 30 diwrnod"),
                // Indicator 102 has no Welsh title: its English one, in the Welsh words around it.
                ("indicators/102-complaints-answered-on-time.csv", "Dangosydd 102: Complaints answered on time"),
                ("indicators/102-complaints-answered-on-time.json", "Dangosydd 102: Complaints answered on time"),
            ],
            Resources(package).Select(r => (r.GetProperty("path").GetString(), r.GetProperty("title").GetString())));
    }

    [Fact]
    public void Both_packages_have_the_same_resource_names_paths_formats_and_columns()
    {
        using var english = Package(_site.Output, "");
        using var welsh = Package(_site.Output, "cy/");

        // What a program relies on, resource by resource (the sizes and hashes differ where a file holds translated text).
        static IEnumerable<string> Shape(JsonDocument package) => Resources(package).Select(r =>
            string.Join(" ", r.GetProperty("name").GetString(), r.GetProperty("path").GetString(), r.GetProperty("format").GetString(),
                r.GetProperty("profile").GetString(), string.Join(",", Fields(r).Select(f => f.GetProperty("name").GetString() + ":" +
                    f.GetProperty("type").GetString()))));

        Assert.Equal(Shape(english), Shape(welsh));
        var allCsv = Resources(welsh).First();
        Assert.Equal("statickpi-all.csv", allCsv.GetProperty("path").GetString());
        Assert.Equal(
            ["indicator_id", "indicator_title", "committee", "service", "unit", "precision", "direction", "row_type", "period"],
            Fields(allCsv).Take(9).Select(f => f.GetProperty("name").GetString()));
    }

    [Fact]
    public void Every_field_of_the_welsh_package_is_described_by_cy_yaml_for_its_column_never_in_english()
    {
        using var package = Package(_site.Output, "cy/");
        var csvs = Resources(package).Where(r => r.GetProperty("format").GetString() == "csv").ToList();

        Assert.Equal(4, csvs.Count);
        foreach (var resource in csvs)
        {
            var path = resource.GetProperty("path").GetString()!;
            var keys = path.StartsWith("reports/", StringComparison.Ordinal)
                ? DataTables.Report.Select(c => (c.Name, c.DescriptionKey))
                : DataTables.Values.Select(c => (c.Name, c.DescriptionKey));
            var described = Fields(resource).Select(f => (f.GetProperty("name").GetString()!, f.GetProperty("description").GetString()!)).ToList();

            Assert.Equal(keys.Select(k => (k.Name, Welsh.Text(k.DescriptionKey))), described);
            Assert.DoesNotContain(described, f => keys.Any(k => English.Text(k.DescriptionKey) == f.Item2));
        }

        var report = csvs.Single(r => r.GetProperty("path").GetString() == "reports/finance-2024-25-q3.csv");
        Assert.Equal("Newid mewn perfformiad: improving, declining, unchanged neu not_applicable.", Description(report, "change"));
        Assert.Equal("Rhif y dangosydd.", Description(csvs[0], "indicator_id"));
    }

    [Fact]
    public async Task The_welsh_package_validates_against_the_frictionless_data_package_schema()
    {
        var schema = await JsonSchema.FromFileAsync(
            Path.Combine(RepoPaths.Root, "tests", "StaticKpi.Tests", "Fixtures", "frictionless-data-package.schema.json"));

        var errors = schema.Validate(File.ReadAllText(Path.Combine(_site.Output, "cy", "data", "datapackage.json")));

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Fact]
    public void The_welsh_whole_site_json_names_the_licence_in_welsh_and_the_english_one_in_english()
    {
        string LicenceTitle(string prefix)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_site.Output, prefix, "data", "statickpi-all.json")));
            return json.RootElement.GetProperty("licence").GetProperty("title").GetString()!;
        }

        Assert.Equal("Trwydded Llywodraeth Agored v3.0", LicenceTitle("cy"));
        Assert.Equal("Open Government Licence v3.0", LicenceTitle(""));
    }

    [Fact]
    public void A_site_s_own_welsh_strings_are_used_and_a_key_they_lack_falls_back_to_the_theme_s_welsh()
    {
        using var site = TempSite.CopyOf(RepoPaths.Fixture("bilingual"));
        site.Write("themes/default/i18n/cy.yaml",
            "data_package:\n  all_csv: \"Holl ffigurau’r cyngor\"\ndata_column:\n  indicator_id: \"Rhif y dangosydd yn ein cofrestr.\"\n");
        site.Write("themes/default/i18n/en.yaml", "data_package:\n  description: \"All of {organisation}'s published figures.\"\n");

        var result = site.Build();

        Assert.True(result.Succeeded, DiagnosticAssert.Describe(result.Diagnostics));
        using var welsh = Package(site.Output, "cy/");
        using var english = Package(site.Output, "");
        var welshAll = Resources(welsh).First();
        Assert.Equal("Holl ffigurau’r cyngor", welshAll.GetProperty("title").GetString());
        Assert.Equal("Rhif y dangosydd yn ein cofrestr.", Description(welshAll, "indicator_id"));
        Assert.Equal("Teitl y dangosydd.", Description(welshAll, "indicator_title"));
        Assert.Equal(WelshDescription, welsh.RootElement.GetProperty("description").GetString());
        Assert.Equal("All of Test County Council's published figures.", english.RootElement.GetProperty("description").GetString());
        var englishAll = Resources(english).First();
        Assert.Equal("Every value, target, rating and benchmark of every published indicator", englishAll.GetProperty("title").GetString());
        Assert.Equal("The indicator's number.", Description(englishAll, "indicator_id"));
    }

    private static JsonDocument Package(string output, string prefix) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(output, prefix + "data", "datapackage.json")));

    private static IEnumerable<JsonElement> Resources(JsonDocument package) => package.RootElement.GetProperty("resources").EnumerateArray();

    private static IEnumerable<JsonElement> Fields(JsonElement resource) =>
        resource.TryGetProperty("schema", out var schema) ? schema.GetProperty("fields").EnumerateArray() : [];

    private static string? Description(JsonElement resource, string field) =>
        Fields(resource).Single(f => f.GetProperty("name").GetString() == field).GetProperty("description").GetString();
}

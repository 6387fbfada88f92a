using StaticKpi.Content;
using StaticKpi.Diagnostics;

namespace StaticKpi.Tests.Content;

/// <summary><see cref="YamlMap.MapsIn"/>: the one loop every loader uses for a list of 'key: value' items.</summary>
public sealed class YamlMapListTests
{
    private const string File = "content/indicators/1-test.yaml";

    [Fact]
    public void An_item_that_is_not_a_mapping_is_reported_at_its_position_and_the_others_are_read_in_order()
    {
        const string yaml = "links:\n  - title: One\n    url: https://example.org/1\n  - just text\n  - title: Two\n    url: https://example.org/2\n";
        var diagnostics = new DiagnosticBag();
        var map = new YamlMap(YamlFile.ParseMapping(yaml, File, diagnostics)!, File, diagnostics, ["links"]);

        var titles = map.MapsIn("links", ["title", "url"]).Select(item => item.String("title")).ToList();

        Assert.Equal(["One", "Two"], titles);
        var problem = Assert.Single(diagnostics.ToList());
        Assert.Equal(
            new Diagnostic(Severity.Error, RuleIds.WrongType, new SourceLocation(File, 4, 5),
                "Each item of 'links' should be a set of 'key: value' lines.",
                "Start the item with '- ' followed by its fields, as in docs/content.md."),
            problem);
    }

    [Fact]
    public void A_required_list_that_is_missing_is_reported_once_and_yields_nothing()
    {
        var diagnostics = new DiagnosticBag();
        var map = new YamlMap(YamlFile.ParseMapping("title: x\n", File, diagnostics)!, File, diagnostics, ["title", "committees"]);

        var items = map.MapsIn("committees", ["key", "name"], required: true).ToList();

        Assert.Empty(items);
        var problem = Assert.Single(diagnostics.ToList());
        Assert.Equal(
            new Diagnostic(Severity.Error, RuleIds.MissingRequired, new SourceLocation(File, 1, 1),
                "The required field 'committees' is missing.", "Add a line 'committees: …'."),
            problem);
    }
}

using System.Text.RegularExpressions;

namespace StaticKpi.Tests.Architecture;

/// <summary>
/// Charts are built through Plotly.NET's typed API (src/StaticKpi/Charts/PlotlyTyped.cs): the plotly.js attribute
/// names StaticKpi writes itself are named constants of one adapter, Charts/PlotlyAttributes.cs, each with its reason,
/// and fewer than 20 of them.
/// </summary>
public sealed partial class PlotlyAttributeNamesTests
{
    private const string Adapter = "Charts/PlotlyAttributes.cs";

    private static readonly string LibrarySource = Path.Combine(RepoPaths.Root, "src", "StaticKpi");

    [Fact]
    public void No_file_but_the_adapter_writes_an_attribute_name_as_a_string()
    {
        var found = SourceFiles()
            .Where(file => file.Path != Adapter)
            .SelectMany(file => RawAttributeNames(file.Path, file.Text))
            .ToList();

        Assert.Empty(found);
    }

    [Fact]
    public void The_adapter_names_fewer_than_20_attributes_and_writes_none_as_a_literal()
    {
        var text = File.ReadAllText(Path.Combine(LibrarySource, Adapter));

        var names = AttributeConstant().Matches(text).Select(m => m.Groups[1].Value).ToList();

        Assert.Empty(RawAttributeNames(Adapter, text));
        Assert.InRange(names.Count, 1, 19);
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Each_way_of_writing_an_attribute_name_as_a_string_is_found_with_its_line()
    {
        const string sample = """
            var a = trace.Set("mode", "lines");
            b.SetProperty("x", 1);
            c.Properties["y"] = 2;
            d.With("hoverinfo", "text").With(PlotlyAttributes.X, xs);
            """;

        Assert.Equal(
            [
                "Charts/Sample.cs:1: .Set(\"mode\"",
                "Charts/Sample.cs:2: SetProperty(\"x\"",
                "Charts/Sample.cs:3: Properties[\"y\"",
                "Charts/Sample.cs:4: .With(\"hoverinfo\"",
            ],
            RawAttributeNames("Charts/Sample.cs", sample));
    }

    /// <summary>Each place an attribute name is written as a string literal: "file:line: the call".</summary>
    private static IEnumerable<string> RawAttributeNames(string path, string text) =>
        text.Split('\n').SelectMany((line, i) => RawAttributeName().Matches(line).Select(m => $"{path}:{i + 1}: {m.Value}"));

    private static IEnumerable<(string Path, string Text)> SourceFiles() =>
        Directory.EnumerateFiles(LibrarySource, "*.cs", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(LibrarySource, file).Replace('\\', '/'))
            .Where(path => !path.StartsWith("bin/", StringComparison.Ordinal) && !path.StartsWith("obj/", StringComparison.Ordinal))
            .Select(path => (path, File.ReadAllText(Path.Combine(LibrarySource, path))));

    /// <summary>DynamicObj's setters, its property dictionary, and the adapter's <c>With</c>, given a literal name.</summary>
    [GeneratedRegex(@"(?:\.Set|\.With|SetProperty)\(\s*""[^""]*""|Properties\[\s*""[^""]*""")]
    private static partial Regex RawAttributeName();

    [GeneratedRegex("""const string \w+ = "([^"]*)";""")]
    private static partial Regex AttributeConstant();
}

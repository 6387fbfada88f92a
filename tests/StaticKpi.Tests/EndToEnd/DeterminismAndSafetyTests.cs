using AngleSharp.Html.Parser;
using StaticKpi.Build;
using StaticKpi.Tests.Support;

namespace StaticKpi.Tests.EndToEnd;

public sealed class DeterminismAndSafetyTests
{
    [Fact]
    public void Two_builds_of_the_same_content_are_byte_identical()
    {
        using var folder = new TempFolder();
        var first = SiteBuild.Run(new BuildOptions(RepoPaths.Root, folder.Combine("one")));
        var second = SiteBuild.Run(new BuildOptions(RepoPaths.Root, folder.Combine("two")));
        Assert.True(first.Succeeded && second.Succeeded);

        var files = Files(folder.Combine("one"));
        Assert.Equal(files, Files(folder.Combine("two")));
        Assert.True(files.Count > 50);
        foreach (var file in files)
        {
            Assert.Equal(File.ReadAllBytes(folder.Combine("one", file)), File.ReadAllBytes(folder.Combine("two", file)));
        }
    }

    [Fact]
    public void Rebuilding_into_the_same_folder_replaces_the_site_and_leaves_no_staging_folders()
    {
        using var folder = new TempFolder();
        var output = folder.Combine("_site");
        Assert.True(SiteBuild.Run(new BuildOptions(RepoPaths.Fixture("minimal"), output)).Succeeded);
        File.WriteAllText(Path.Combine(output, "stale.html"), "left over");

        Assert.True(SiteBuild.Run(new BuildOptions(RepoPaths.Fixture("minimal"), output)).Succeeded);

        Assert.False(File.Exists(Path.Combine(output, "stale.html")));
        Assert.Equal(["_site"], Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName).ToList());
    }

    [Fact]
    public void Markup_in_titles_and_names_is_escaped_everywhere_it_is_shown()
    {
        using var folder = new TempFolder();
        var source = folder.CopyFrom(RepoPaths.Fixture("minimal"), "site");
        const string Hostile = "<script>alert(1)</script> & \"quoted\" <img src=x onerror=alert(2)>";
        var indicatorFile = Path.Combine(source, "content", "indicators", "101-invoices-paid.yaml");
        File.WriteAllText(indicatorFile, File.ReadAllText(indicatorFile)
            .Replace("title: Invoices paid within 30 days", $"title: '{Hostile}'\nslug: invoices", StringComparison.Ordinal)
            .Replace("service: Accounts payable", $"service: '{Hostile}'", StringComparison.Ordinal));
        var config = Path.Combine(source, "site.config.yaml");
        File.WriteAllText(config, File.ReadAllText(config).Replace("name: Finance Committee", $"name: '{Hostile}'", StringComparison.Ordinal));

        var output = folder.Combine("_site");
        var result = SiteBuild.Run(new BuildOptions(source, output));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var parser = new HtmlParser();
        foreach (var file in Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories))
        {
            var document = parser.ParseDocument(File.ReadAllText(file));
            ScriptAssert.OnlyThemeScriptsAndJsonData(document);
            Assert.Empty(document.QuerySelectorAll("img"));
            Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        }

        var page = parser.ParseDocument(File.ReadAllText(Path.Combine(output, "2024-25-q3", "finance", "101-invoices", "index.html")));
        Assert.Equal($"Indicator 101: {Hostile}", page.QuerySelector("h1")!.TextContent);
        Assert.StartsWith($"101: {Hostile} (2024/25 Q3)", page.Title, StringComparison.Ordinal);

        // Inside the chart's JSON data block the title is escaped, so it cannot close the script element.
        var figure = page.QuerySelector("script#chart-101-2024-25-q3-trend-figure")!;
        var raw = File.ReadAllText(Path.Combine(output, "2024-25-q3", "finance", "101-invoices", "index.html"));
        var block = raw[raw.IndexOf("<script type=\"application/json\" id=\"chart-101-2024-25-q3-trend-figure\">", StringComparison.Ordinal)..];
        block = block[..(block.IndexOf("</script>", StringComparison.Ordinal) + "</script>".Length)];
        Assert.DoesNotContain("<", block["<script type=\"application/json\"".Length..^"</script>".Length], StringComparison.Ordinal);
        using var json = System.Text.Json.JsonDocument.Parse(figure.TextContent);
        Assert.Contains(Strings(json.RootElement), s => s.StartsWith(Hostile, StringComparison.Ordinal));
    }

    private static IEnumerable<string> Strings(System.Text.Json.JsonElement element) => element.ValueKind switch
    {
        System.Text.Json.JsonValueKind.String => [element.GetString()!],
        System.Text.Json.JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        System.Text.Json.JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    private static List<string> Files(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f))
            .Order(StringComparer.Ordinal)];
}

using AngleSharp.Html.Parser;
using StaticKpi.Build;

namespace StaticKpi.Tests.EndToEnd;

/// <summary>A site's own themes/&lt;name&gt;/ folder wins over the default theme built into the tool, file by file.</summary>
public sealed class ThemeOverrideTests
{
    [Fact]
    public void A_partial_in_the_sites_theme_folder_replaces_the_default_one_and_the_rest_still_come_from_the_default()
    {
        using var folder = new TempFolder();
        var source = folder.CopyFrom(RepoPaths.Fixture("minimal"), "site");
        var partials = Path.Combine(source, "themes", "default", "partials");
        Directory.CreateDirectory(partials);
        File.WriteAllText(Path.Combine(partials, "rating.html"), "<strong class=\"my-rating\">{{ $1.name }}</strong>");

        var output = folder.Combine("_site");
        var result = SiteBuild.Run(new BuildOptions(source, output));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "2024-25-q3", "finance", "index.html")));
        Assert.Equal(["Green", "Green", "Contextual"],
            page.QuerySelectorAll("table.indicators strong.my-rating").Select(e => e.TextContent).ToList());
        Assert.Empty(page.QuerySelectorAll("span.rag"));
        Assert.NotNull(page.QuerySelector("a.skip-link")); // base layout still from the default theme
    }

    [Fact]
    public void A_broken_template_in_the_sites_theme_is_a_diagnostic_naming_the_file_and_nothing_is_written()
    {
        using var folder = new TempFolder();
        var source = folder.CopyFrom(RepoPaths.Fixture("minimal"), "site");
        var layouts = Path.Combine(source, "themes", "default", "layouts");
        Directory.CreateDirectory(layouts);
        File.WriteAllText(Path.Combine(layouts, "key.html"), "<h1>{{ for x in page.terms }}</h1>");

        var output = folder.Combine("_site");
        var result = SiteBuild.Run(new BuildOptions(source, output));

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        Assert.Equal(Diagnostics.RuleIds.TemplateError, error.RuleId);
        Assert.Contains(Path.Combine("themes", "default", "layouts", "key.html"), error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }
}

using AngleSharp.Html.Parser;
using Scriban.Runtime;
using StaticKpi.Build;
using StaticKpi.Render;

namespace StaticKpi.Tests.Render;

/// <summary>
/// Partials write straight into the page when included as a statement, and return their markup when used inside an
/// expression; either way a partial file's final newlines are dropped and the markup is not escaped again.
/// </summary>
public sealed class PartialTests
{
    [Fact]
    public void A_partial_included_as_a_statement_or_assigned_to_a_variable_gives_the_same_markup_without_its_final_newlines()
    {
        using var folder = new TempFolder();
        var source = folder.CopyFrom(RepoPaths.Fixture("minimal"), "site");
        var theme = Path.Combine(source, "themes", "default");
        Directory.CreateDirectory(Path.Combine(theme, "partials"));
        Directory.CreateDirectory(Path.Combine(theme, "layouts"));
        File.WriteAllText(Path.Combine(theme, "partials", "shout.html"), "<em>{{ $1 }}</em>\n{{ for n in [1, 2] }}{{ n }}\n{{ end }}\n\n");
        File.WriteAllText(Path.Combine(theme, "layouts", "key.html"),
            "<h1>Key</h1><p id=\"direct\">{{ include \"shout\" \"a<b\" }}|</p><p id=\"assigned\">{{ x = include \"shout\" \"a<b\" }}{{ x }}|</p>");

        var output = folder.Combine("_site");
        var result = SiteBuild.Run(new BuildOptions(source, output));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "key", "index.html")));
        Assert.Equal("<em>a&lt;b</em>\n1\n2|", page.QuerySelector("#direct")!.InnerHtml);
        Assert.Equal("<em>a&lt;b</em>\n1\n2|", page.QuerySelector("#assigned")!.InnerHtml);
    }

    [Fact]
    public void Partial_output_holds_back_newlines_until_more_text_follows_and_drops_those_left_at_the_end()
    {
        var target = new StringBuilderOutput();
        var output = new PartialOutput(target);

        output.Write("a\n", 0, 2);
        output.Write("\n", 0, 1);
        output.Write("xb\n\n", 1, 3);
        output.Write("\n", 0, 1);

        Assert.Equal("a\n\nb", target.Builder.ToString());
    }
}

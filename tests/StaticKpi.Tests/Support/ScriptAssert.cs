using AngleSharp.Dom;

namespace StaticKpi.Tests.Support;

/// <summary>The only scripts a page may carry: the theme's own files and inert JSON data blocks.</summary>
public static class ScriptAssert
{
    private static readonly string[] ThemeScripts =
        ["assets/vendor/plotly-basic-2.28.0.min.js", "assets/charts.js", "assets/table-tools.js", "assets/search.js"];

    public static void OnlyThemeScriptsAndJsonData(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script"))
        {
            var src = script.GetAttribute("src");
            if (src is null)
            {
                Assert.Equal("application/json", script.GetAttribute("type"));
                // A data block must parse as JSON: markup that broke out of it would not.
                using var json = System.Text.Json.JsonDocument.Parse(script.TextContent);
            }
            else
            {
                Assert.Contains(ThemeScripts, s => src.EndsWith(s, StringComparison.Ordinal));
                Assert.Equal("", script.TextContent);
            }
        }
    }
}

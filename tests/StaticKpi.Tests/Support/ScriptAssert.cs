using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace StaticKpi.Tests.Support;

/// <summary>The only scripts a page may carry: the theme's own files and inert JSON data blocks.</summary>
public static partial class ScriptAssert
{
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
                Assert.Matches(ThemeScript(), src);
                Assert.Equal("", script.TextContent);
            }
        }
    }

    /// <summary>A script of the theme's assets folder, under its fingerprinted name ("../assets/charts.1a2b3c4d.js").</summary>
    [GeneratedRegex(@"^(\.\./)*assets/([a-z0-9.-]+/)*[a-z0-9.-]+\.[0-9a-f]{8}\.js$")]
    public static partial Regex ThemeScript();
}

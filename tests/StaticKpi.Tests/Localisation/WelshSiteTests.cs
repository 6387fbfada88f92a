using AngleSharp.Html.Parser;
using StaticKpi.Build;

namespace StaticKpi.Tests.Localisation;

/// <summary>A site whose language is Welsh is written in the theme's Welsh words, with Welsh period names.</summary>
public sealed class WelshSiteTests
{
    [Fact]
    public void A_site_in_Welsh_renders_its_report_page_with_Welsh_headings_rating_names_and_period_names()
    {
        using var folder = new TempFolder();
        var output = BuiltInWelsh(folder);

        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "2024-25-q3", "finance", "index.html")));
        Assert.Equal("cy-GB", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(
            ["Cyflwyniad", "Crynodeb o’r sgoriau", "Newidiadau yn y sgôr ers Chwarter 2, blwyddyn ariannol 2024/25", "Uchafbwyntiau",
                "Dangosyddion", "Lawrlwytho data’r adroddiad hwn"],
            page.QuerySelectorAll("main h2").Select(h => h.TextContent));
        Assert.Equal(
            "Finance Committee. Lluniwyd ar 18 Chwefror 2025. Mae’r sgoriau’n defnyddio’r polisi “Without Blue”; gweler yr allwedd i’r sgoriau.",
            page.QuerySelector("p.meta")!.TextContent);
        Assert.Equal("Pob un o’r 3 dangosydd yn adroddiad Chwarter 3, blwyddyn ariannol 2024/25",
            page.QuerySelector("#indicators-caption")!.TextContent);
        Assert.Equal(
            ["Dangosydd", "Targed", "Cyfredol", "Blaenorol", "Cyfeiriad gwella", "Newid", "Sgôr"],
            page.QuerySelectorAll("#indicator-table thead th").Select(h => h.TextContent));
        Assert.Equal(
            ["● Gwyrdd", "● Gwyrdd", "◆ Cyd-destunol"],
            page.QuerySelectorAll("#indicator-table tbody .rag").Select(r => r.TextContent));
        Assert.Equal(["Gwell", "Gwell", "Amherthnasol"], page.QuerySelectorAll("#indicator-table tbody td:nth-child(6)").Select(c => c.TextContent));
        Assert.Equal(
            ["Sgôr", "Nifer y dangosyddion", "Canran y dangosyddion"],
            page.QuerySelectorAll("table.summary thead th").Select(h => h.TextContent));
        Assert.Equal("O’r 3 dangosydd yn yr adroddiad hwn, mae 2 yn Gwyrdd a 1 yn Cyd-destunol.",
            page.QuerySelector(".chart-summary")!.TextContent);
        Assert.Equal("Neidio i’r prif gynnwys", page.QuerySelector(".skip-link")!.TextContent);
        Assert.Equal(["Cardiau sgorio", "Dangosyddion", "Allwedd i’r sgoriau", "Chwilio"],
            page.QuerySelectorAll(".site-nav a").Select(a => a.TextContent));
    }

    /// <summary>The minimal fixture site with <c>language: cy-GB</c>, built; returns the output folder.</summary>
    private static string BuiltInWelsh(TempFolder folder)
    {
        var site = folder.CopyFrom(RepoPaths.Fixture("minimal"), "site");
        var config = Path.Combine(site, "site.config.yaml");
        File.WriteAllText(config, File.ReadAllText(config).Replace("language: en-GB", "language: cy-GB", StringComparison.Ordinal));
        var result = SiteBuild.Run(new BuildOptions(site, folder.Combine("_site")));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return folder.Combine("_site");
    }
}

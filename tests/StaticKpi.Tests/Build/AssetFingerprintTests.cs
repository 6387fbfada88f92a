using System.Security.Cryptography;
using AngleSharp.Html.Parser;
using StaticKpi.Build;

namespace StaticKpi.Tests.Build;

/// <summary>Theme assets are written under names that change when their content does, so hosts can cache them for long.</summary>
public sealed class AssetFingerprintTests
{
    private static readonly byte[] Bytes = "body { color: black; }"u8.ToArray();

    // SHA-256 of the bytes above begins with these 8 hex digits.
    private static readonly string Hash8 = Convert.ToHexStringLower(SHA256.HashData(Bytes))[..8];

    [Theory]
    [InlineData("assets/site.css", "assets/site.{0}.css")]
    [InlineData("assets/vendor/plotly-basic-2.28.0.min.js", "assets/vendor/plotly-basic-2.28.0.min.{0}.js")]
    [InlineData("assets/LICENSE", "assets/LICENSE.{0}")]
    [InlineData("assets/v1.2/LICENSE", "assets/v1.2/LICENSE.{0}")]
    public void Fingerprint_goes_before_the_last_extension_of_the_file_name(string path, string expected)
    {
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, Hash8), AssetWriter.Fingerprinted(path, Bytes));
    }

    [Fact]
    public void Fingerprint_is_the_first_eight_hex_digits_of_the_sha256_of_the_content()
    {
        Assert.Equal("assets/a.2c26b46b.txt", AssetWriter.Fingerprinted("assets/a.txt", "foo"u8.ToArray()));
    }

    [Fact]
    public void Every_asset_of_the_example_site_is_written_only_under_its_fingerprinted_name_and_pages_link_that_name()
    {
        using var folder = new TempFolder();
        var output = folder.Combine("_site");
        Assert.True(SiteBuild.Run(new BuildOptions(RepoPaths.Fixture("minimal"), output)).Succeeded);

        var theme = Path.Combine(RepoPaths.Root, "themes", "default");
        var expected = Directory.EnumerateFiles(Path.Combine(theme, "assets"), "*", SearchOption.AllDirectories)
            .Select(f => AssetWriter.Fingerprinted(Path.GetRelativePath(theme, f).Replace('\\', '/'), File.ReadAllBytes(f)))
            .Order(StringComparer.Ordinal)
            .ToList();
        var written = Directory.EnumerateFiles(Path.Combine(output, "assets"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, written);
        Assert.Contains(written, p => p.StartsWith("assets/site.", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(output, "assets", "site.css")));

        var css = AssetWriter.Fingerprinted("assets/site.css", File.ReadAllBytes(Path.Combine(theme, "assets", "site.css")));
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "2024-25-q3", "finance", "index.html")));
        Assert.Equal("../../" + css, page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        var charts = AssetWriter.Fingerprinted("assets/charts.js", File.ReadAllBytes(Path.Combine(theme, "assets", "charts.js")));
        Assert.Contains("../../" + charts, page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")));
    }

    [Fact]
    public void A_changed_stylesheet_gets_a_new_name_so_cached_copies_are_never_used()
    {
        using var folder = new TempFolder();
        var source = folder.CopyFrom(RepoPaths.Fixture("minimal"), "site");
        var before = folder.Combine("before");
        Assert.True(SiteBuild.Run(new BuildOptions(source, before)).Succeeded);

        var assets = Path.Combine(source, "themes", "default", "assets");
        Directory.CreateDirectory(assets);
        File.WriteAllText(Path.Combine(assets, "site.css"),
            File.ReadAllText(Path.Combine(RepoPaths.Root, "themes", "default", "assets", "site.css")) + "\n.extra { margin: 0; }\n");
        var after = folder.Combine("after");
        Assert.True(SiteBuild.Run(new BuildOptions(source, after)).Succeeded);

        string Stylesheet(string output) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "key", "index.html")))
            .QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.NotEqual(Stylesheet(before), Stylesheet(after));
        Assert.Matches(@"^\.\./assets/site\.[0-9a-f]{8}\.css$", Stylesheet(after));
        Assert.EndsWith(".extra { margin: 0; }\n", File.ReadAllText(Path.Combine(after, "key", Stylesheet(after))), StringComparison.Ordinal);
    }
}

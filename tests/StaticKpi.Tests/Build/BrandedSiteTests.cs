using System.Security.Cryptography;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StaticKpi.Build;
using StaticKpi.Cli;

namespace StaticKpi.Tests.Build;

/// <summary>
/// A branded site as built (tests/fixtures/branded: logo, favicon, colours, links and a stylesheet of its own): the
/// files it writes, what every page shows of the brand, and that a site without branding gets none of it.
/// </summary>
public sealed class BrandedSiteTests
{
    private const string Config = "site.config.yaml";
    private static readonly HtmlParser Parser = new();

    private const string BrandCss = """
        /* The site's brand, from branding in site.config.yaml; written by StaticKpi. */
        :root {
          --header-background: #1d4f91;
          --header-accent: #00857a;
        }
        @media (prefers-color-scheme: dark) {
          :root {
            --header-background: #163d70;
          }
        }
        .site-header { background: var(--header-background); }
        .site-header { border-bottom: 0.25rem solid var(--header-accent); }
        .site-logo { display: block; height: 3rem; width: auto; max-width: 100%; margin-bottom: 0.25rem; }

        """;

    private static TempSite Branded() => TempSite.CopyOf(RepoPaths.Fixture("branded"));

    private static IDocument Page(TempSite site, string path) => Parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, path)));

    /// <summary>The fingerprinted name a file is written at, as the asset writer names theme assets.</summary>
    private static string Fingerprinted(string folderAndName, string extension, byte[] bytes) =>
        $"{folderAndName}.{Convert.ToHexStringLower(SHA256.HashData(bytes))[..8]}.{extension}";

    [Fact]
    public void The_branded_fixture_builds_and_passes_every_check()
    {
        using var site = Branded();
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = StatickpiCli.Run(["build", "--source", site.Source, "--output", site.Output, "--check", "--no-cache"], stdout, stderr);

        Assert.True(exit == 0, stdout + "\n" + stderr);
        Assert.Equal("20 pages checked, 0 findings", stdout.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n')[^1]);
    }

    [Fact]
    public void Every_page_links_the_brand_and_site_stylesheets_after_the_themes_and_the_favicon()
    {
        using var site = Branded();
        Assert.True(site.Build().Succeeded);
        var brandCss = System.Text.Encoding.UTF8.GetBytes(BrandCss.ReplaceLineEndings("\n"));
        var ownCss = File.ReadAllBytes(site.PathOf("assets/northmoor.css"));
        var favicon = File.ReadAllBytes(site.PathOf("assets/favicon.svg"));
        var brandPath = Fingerprinted("assets/brand", "css", brandCss);
        var ownPath = Fingerprinted("assets/brand/northmoor", "css", ownCss);
        var faviconPath = Fingerprinted("assets/brand/favicon", "svg", favicon);

        Assert.Equal(BrandCss.ReplaceLineEndings("\n"), File.ReadAllText(Path.Combine(site.Output, brandPath)));
        Assert.Equal(ownCss, File.ReadAllBytes(Path.Combine(site.Output, ownPath)));
        Assert.Equal(favicon, File.ReadAllBytes(Path.Combine(site.Output, faviconPath)));
        foreach (var (page, root) in new[] { ("index.html", "./"), ("key/index.html", "../"), ("2024-25-q3/finance/index.html", "../../") })
        {
            var head = Page(site, page).Head!;
            var sheets = head.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).ToList();
            Assert.Matches(@"^(\./|(\.\./)+)assets/site\.[0-9a-f]{8}\.css$", sheets[0]);
            Assert.Equal([root + brandPath, root + ownPath], sheets[1..]);
            var icon = Assert.Single(head.QuerySelectorAll("link[rel=icon]"));
            Assert.Equal((root + faviconPath, "image/svg+xml"), (icon.GetAttribute("href"), icon.GetAttribute("type")));
        }
    }

    [Fact]
    public void The_logo_and_the_extra_links_are_in_every_pages_header_and_footer()
    {
        using var site = Branded();
        Assert.True(site.Build().Succeeded);
        var logoPath = Fingerprinted("assets/brand/northmoor-logo", "svg", File.ReadAllBytes(site.PathOf("assets/northmoor-logo.svg")));

        foreach (var (page, root) in new[] { ("index.html", "./"), ("2024-25-q3/finance/index.html", "../../") })
        {
            var document = Page(site, page);
            var logo = Assert.Single(document.QuerySelectorAll("header .site-name > a > img.site-logo"));
            Assert.Equal((root + logoPath, "Northmoor District Council"), (logo.GetAttribute("src"), logo.GetAttribute("alt")));
            var nav = document.QuerySelectorAll(".site-nav a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
            Assert.Equal(("Council website", "https://www.example.test/"), nav[^1]);
            Assert.Equal(5, nav.Count);
            var footer = document.QuerySelectorAll(".footer-links a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
            Assert.Equal([("Privacy notice", "https://www.example.test/privacy/"), ("How ratings work", root + "key/")], footer[^2..]);
        }

        Assert.Equal(File.ReadAllBytes(site.PathOf("assets/northmoor-logo.svg")), File.ReadAllBytes(Path.Combine(site.Output, logoPath)));
    }

    [Fact]
    public void Configured_texts_and_addresses_are_escaped()
    {
        using var site = Branded();
        site.Replace(Config, "alt: Northmoor District Council", "alt: 'Northmoor \"<b>Council</b>\" & co'");
        site.Replace(Config, "- text: Council website\n      url: https://www.example.test/",
            "- text: '<script>alert(1)</script> & \"more\"'\n      url: 'https://www.example.test/?a=1&b=\"2\"><x'");
        Assert.True(site.Build().Succeeded);

        var document = Page(site, "index.html");
        Assert.Equal("Northmoor \"<b>Council</b>\" & co", document.QuerySelector("img.site-logo")!.GetAttribute("alt"));
        var link = document.QuerySelectorAll(".site-nav a")[^1];
        Assert.Equal(("<script>alert(1)</script> & \"more\"", "https://www.example.test/?a=1&b=\"2\"><x"),
            (link.TextContent, link.GetAttribute("href")));
        Assert.Empty(document.QuerySelectorAll("header script, header b, header x"));
    }

    [Fact]
    public void A_site_without_branding_writes_no_brand_files_and_no_brand_markup()
    {
        using var site = TempSite.FromMinimal();
        Assert.True(site.Build().Succeeded);

        Assert.False(Directory.Exists(Path.Combine(site.Output, "assets", "brand")));
        Assert.Empty(Directory.GetFiles(Path.Combine(site.Output, "assets"), "brand*"));
        var document = Page(site, "index.html");
        Assert.Single(document.QuerySelectorAll("link[rel=stylesheet]"));
        Assert.Empty(document.QuerySelectorAll("link[rel=icon], img.site-logo"));
        Assert.Equal(4, document.QuerySelectorAll(".site-nav a").Length);
    }

    [Fact]
    public void A_changed_logo_is_published_by_the_next_cached_build()
    {
        using var site = Branded();
        var options = new BuildOptions(site.Source, site.Output) { CacheDirectory = Path.Combine(site.Root, "cache") };
        Assert.True(SiteBuild.Run(options).Succeeded);
        var changed = File.ReadAllText(site.PathOf("assets/northmoor-logo.svg")).Replace("#00857a", "#1d4f91", StringComparison.Ordinal);
        site.Write("assets/northmoor-logo.svg", changed);

        var result = SiteBuild.Run(options);

        Assert.True(result.Succeeded);
        Assert.False(result.Cache!.NothingChanged);
        var logo = Page(site, "index.html").QuerySelector("img.site-logo")!.GetAttribute("src")!;
        Assert.Equal(changed, File.ReadAllText(Path.Combine(site.Output, logo)));
    }

    [Fact]
    public void Validate_refuses_a_brand_colour_that_fails_contrast()
    {
        using var site = Branded();
        site.Replace(Config, "primary: \"#1d4f91\"", "primary: \"#6ca0dc\"");
        var stdout = new StringWriter();

        var exit = StatickpiCli.Run(["validate", "--source", site.Source], stdout, new StringWriter());

        Assert.Equal(1, exit);
        Assert.Equal([
            "site.config.yaml:29:14: error SKPI037: branding.colours.primary #6ca0dc has a contrast of 2.73:1, and needs 4.5:1 against the " +
            "header text #ffffff (WCAG 1.4.3). The nearest shade of the same colour that passes is #3078ca (4.50:1); use it, or another " +
            "colour that passes.",
            "Found 1 error and 0 warnings; the site would not build.",
        ], stdout.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
    }
}

using StaticKpi.Content;
using StaticKpi.Diagnostics;
using StaticKpi.Model;

namespace StaticKpi.Tests.Content;

/// <summary>The <c>branding</c> section of site.config.yaml as the loader reads it (the files themselves: BrandingFilesTests).</summary>
public sealed class BrandingConfigTests
{
    private const string Config = "site.config.yaml";
    private const string LinkFix = "Write a full https:// address, or a path in the site such as 'about/' or '/contact/'.";
    private const string Unsafe = "which is neither an https:// address nor a path in the site.";

    /// <summary>Eleven lines; the branding block starts on line 12.</summary>
    private const string Site = """
        format: 1
        title: Scorecards
        organisation: Northmoor District Council
        base_url: https://example.test/
        committees:
          - key: finance
            name: Finance Committee
        rag_policies:
          - effective_from: 2024/25 Q1
            red_threshold: 10
        branding:

        """;

    private static (SiteConfig? Config, IReadOnlyList<Diagnostic> Diagnostics) Load(string branding)
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(Site + branding, Config, diagnostics);
        return (config, diagnostics.ToList());
    }

    [Fact]
    public void A_site_without_branding_has_none()
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(Site.Replace("branding:\n", "", StringComparison.Ordinal), Config, diagnostics);

        Assert.Empty(diagnostics.ToList());
        Assert.Same(Branding.None, config!.Branding);
    }

    [Fact]
    public void Every_branding_key_is_read_with_where_it_was_written()
    {
        var (config, diagnostics) = Load("""
              logo:
                file: assets/logo.svg
                alt: " Northmoor District Council "
              favicon: assets/favicon.ico
              colours:
                primary: "#1D4F91"
                accent: "#0a7"
              colours_dark:
                accent: "#33bbaa"
              header_links:
                - text: Council website
                  url: https://www.northmoor.example/
              footer_links:
                - text: Privacy
                  url: about/privacy/
                - text: Contact
                  url: /contact/
              stylesheet: assets/site.css
            """);

        Assert.Empty(diagnostics);
        var branding = config!.Branding;
        Assert.Equal(new BrandLogo(new BrandFile("assets/logo.svg", "logo", new(Config, 13, 11)), "Northmoor District Council"), branding.Logo);
        Assert.Equal(new BrandFile("assets/favicon.ico", "favicon", new(Config, 15, 12)), branding.Favicon);
        Assert.Equal(new BrandFile("assets/site.css", "stylesheet", new(Config, 29, 15)), branding.Stylesheet);
        Assert.Equal(new BrandColour("#1d4f91", "branding.colours.primary", new(Config, 17, 14)), branding.Colours.Primary);
        Assert.Equal(new BrandColour("#00aa77", "branding.colours.accent", new(Config, 18, 13)), branding.Colours.Accent);
        Assert.Null(branding.ColoursDark.Primary);
        Assert.Equal(branding.Colours.Primary, branding.PrimaryDark);
        Assert.Equal(new BrandColour("#33bbaa", "branding.colours_dark.accent", new(Config, 20, 13)), branding.AccentDark);
        Assert.Equal([new BrandLink("Council website", "https://www.northmoor.example/")], branding.HeaderLinks);
        Assert.Equal([new BrandLink("Privacy", "about/privacy/"), new BrandLink("Contact", "/contact/")], branding.FooterLinks);
        Assert.Equal([true, false], branding.FooterLinks.Select(l => l.InSite));
        Assert.False(branding.HeaderLinks[0].InSite);
        Assert.Equal(["assets/logo.svg", "assets/favicon.ico", "assets/site.css"], branding.Files.Select(f => f.Path));
    }

    [Theory]
    [InlineData("  logo:\n    file: images/logo.svg\n    alt: Logo", RuleIds.BadValue, 13, 11,
        "The logo 'images/logo.svg' is not a file in the site's assets/ folder.",
        "Put the file in the assets/ folder beside site.config.yaml and write its path from there, for example 'assets/logo.svg'.")]
    [InlineData("  favicon: assets/../site.config.yaml", RuleIds.BadValue, 12, 12,
        "The favicon 'assets/../site.config.yaml' is not a file in the site's assets/ folder.",
        "Put the file in the assets/ folder beside site.config.yaml and write its path from there, for example 'assets/favicon.svg'.")]
    [InlineData("  logo:\n    file: assets/logo.gif\n    alt: Logo", RuleIds.BadValue, 13, 11,
        "The logo 'assets/logo.gif' is not an SVG or PNG file.", "Save the logo as .svg or .png and name that file here.")]
    [InlineData("  favicon: assets/favicon.jpg", RuleIds.BadValue, 12, 12,
        "The favicon 'assets/favicon.jpg' is not an SVG, PNG or ICO file.", "Save the favicon as .svg, .png or .ico and name that file here.")]
    [InlineData("  stylesheet: assets/site.scss", RuleIds.BadValue, 12, 15,
        "The stylesheet 'assets/site.scss' is not a CSS file.", "Save the stylesheet as .css and name that file here.")]
    [InlineData("  logo:\n    file: assets/logo.svg\n    alt: \" \"", RuleIds.MissingRequired, 14, 10,
        "The logo's alt text is empty.",
        "Write what the logo says or shows, usually the council's name, for example 'alt: Example County Council'.")]
    [InlineData("  colours:\n    primary: navy", RuleIds.BadValue, 13, 14,
        "branding.colours.primary is 'navy', which is not a colour written as #rrggbb.",
        "Write the colour as # and six hexadecimal digits, in quotes (a # starts a comment in YAML), for example primary: \"#1d4f91\".")]
    [InlineData("  colours_dark:\n    accent: \"#12345\"", RuleIds.BadValue, 13, 13,
        "branding.colours_dark.accent is '#12345', which is not a colour written as #rrggbb.",
        "Write the colour as # and six hexadecimal digits, in quotes (a # starts a comment in YAML), for example accent: \"#1d4f91\".")]
    [InlineData("  header_links:\n    - text: Home\n      url: javascript:alert(1)", RuleIds.UnsafeLink, 14, 12,
        "The link 'Home' in header_links goes to 'javascript:alert(1)', " + Unsafe,
        LinkFix)]
    [InlineData("  footer_links:\n    - text: Home\n      url: //evil.example/", RuleIds.UnsafeLink, 14, 12,
        "The link 'Home' in footer_links goes to '//evil.example/', " + Unsafe,
        LinkFix)]
    [InlineData("  footer_links:\n    - text: Home\n      url: \"data:text/html,<b>x</b>\"", RuleIds.UnsafeLink, 14, 12,
        "The link 'Home' in footer_links goes to 'data:text/html,<b>x</b>', " + Unsafe,
        LinkFix)]
    [InlineData("  header_links:\n    - text: Home\n      url: mailto:kpi@example.test", RuleIds.UnsafeLink, 14, 12,
        "The link 'Home' in header_links goes to 'mailto:kpi@example.test', " + Unsafe,
        LinkFix)]
    [InlineData("  footer_links:\n    - text: Old site\n      url: http://example.test/", RuleIds.InsecureLink, 14, 12,
        "The link 'Old site' in footer_links goes to 'http://example.test/', which is not secure (http).", "Use the page's https:// address.")]
    [InlineData("  header_links:\n    - text: \"\"\n      url: https://example.test/", RuleIds.MissingRequired, 13, 13,
        "A link in header_links has no text.", "Write the words readers click, for example 'text: Contact us'.")]
    public void A_branding_value_that_cannot_be_used_is_refused_with_what_to_do(string branding, string rule, int line, int column,
        string message, string fix)
    {
        var (_, diagnostics) = Load(branding);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(new Diagnostic(Severity.Error, rule, new SourceLocation(Config, line, column), message, fix), diagnostic);
    }

    [Fact]
    public void A_misspelt_branding_key_suggests_the_right_one()
    {
        var (_, diagnostics) = Load("  colors:\n    primary: \"#1d4f91\"");

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((RuleIds.UnknownKey, new SourceLocation(Config, 12, 3)), (diagnostic.RuleId, diagnostic.Location));
        Assert.Contains("colours", diagnostic.Message + diagnostic.Fix, StringComparison.Ordinal);
    }
}

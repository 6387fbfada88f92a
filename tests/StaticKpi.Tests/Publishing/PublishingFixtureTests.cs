using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using StaticKpi.Diagnostics;

namespace StaticKpi.Tests.Publishing;

/// <summary>Publishing edge cases on private copies of the minimal fixture site (base_url https://example.test/scorecards/).</summary>
public sealed class PublishingFixtureTests
{
    private const string Config = "site.config.yaml";
    private const string Invoices = "content/indicators/101-invoices-paid.yaml";
    private const string ReportQ3 = "content/reports/finance/2024-25-q3.yaml";

    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Markup_and_control_characters_in_titles_are_escaped_in_the_feed_the_sitemap_and_the_data()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(ReportQ3, "title: Finance Committee performance report, quarter 3", "title: \"<b>Q3</b> & 'more' ]]> \\x01end\"");
        site.Replace(Invoices, "title: Invoices paid within 30 days", "title: \"=HYPERLINK(\\\"http://evil.test\\\") <script>&\"\nslug: invoices");
        site.Replace(Config, "base_url: https://example.test/scorecards/", "base_url: https://example.test/a&b/");
        Assert.True(site.Build().Succeeded);

        var feed = XDocument.Load(Path.Combine(site.Output, "feed.xml")).Root!;
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entry = feed.Elements(atom + "entry")
            .Single(e => e.Element(atom + "id")!.Value.EndsWith("2024-25-q3/finance/", StringComparison.Ordinal));
        Assert.Equal("<b>Q3</b> & 'more' ]]> end", entry.Element(atom + "title")!.Value);
        Assert.Equal("https://example.test/a&b/2024-25-q3/finance/", entry.Element(atom + "id")!.Value);
        Assert.Contains("&lt;b&gt;Q3&lt;/b&gt; &amp;", File.ReadAllText(Path.Combine(site.Output, "feed.xml")), StringComparison.Ordinal);

        XNamespace sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
        Assert.Contains("https://example.test/a&b/indicators/101-invoices/",
            XDocument.Load(Path.Combine(site.Output, "sitemap.xml")).Root!.Descendants(sitemap + "loc").Select(l => l.Value));

        // A spreadsheet must not run the title as a formula; the JSON keeps it as it is, with markup escaped.
        var (_, rows) = PublishedSiteFixture.ParseCsv(File.ReadAllText(Path.Combine(site.Output, "data", "indicators", "101-invoices.csv")));
        Assert.All(rows, r => Assert.Equal("'=HYPERLINK(\"http://evil.test\") <script>&", r["indicator_title"]));
        var json = File.ReadAllText(Path.Combine(site.Output, "data", "indicators", "101-invoices.json"));
        Assert.DoesNotContain("<script>", json, StringComparison.Ordinal);
        Assert.Equal("=HYPERLINK(\"http://evil.test\") <script>&", JsonDocument.Parse(json).RootElement.GetProperty("title").GetString());

        var data = Parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "data", "index.html")));
        Assert.Contains(data.QuerySelectorAll("table.data-files th a"),
            a => a.TextContent == "Indicator 101: =HYPERLINK(\"http://evil.test\") <script>&");
        Assert.Empty(data.QuerySelectorAll("script"));
    }

    [Fact]
    public void Without_an_absolute_base_url_there_is_a_warning_and_no_sitemap_or_feed()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Config, "base_url: https://example.test/scorecards/", "base_url: /scorecards/");

        var result = site.Build();

        Assert.True(result.Succeeded);
        var warning = DiagnosticAssert.Single(result.Diagnostics, RuleIds.BadValue, Severity.Warning, Config, 4, 11);
        Assert.Contains("not a full web address", warning.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(site.Output, "sitemap.xml")));
        Assert.False(File.Exists(Path.Combine(site.Output, "feed.xml")));
        Assert.Equal("User-agent: *\nDisallow:\n", File.ReadAllText(Path.Combine(site.Output, "robots.txt")));
        var home = Parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "index.html")));
        Assert.Empty(home.QuerySelectorAll("link[rel=alternate]"));
        Assert.Equal("/scorecards/", home.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("/scorecards/", Parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "404.html")))
            .QuerySelector("main a")!.GetAttribute("href"));
    }

    [Fact]
    public void Figures_for_periods_after_the_newest_report_are_not_published_in_the_data()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Invoices, "  - period: 2024/25 Q3\n    value: 91.5",
            "  - period: 2024/25 Q3\n    value: 91.5\n  - period: 2024/25 Q4\n    value: 93.0");
        Assert.True(site.Build().Succeeded);

        var (_, rows) = PublishedSiteFixture.ParseCsv(File.ReadAllText(Path.Combine(site.Output, "data", "indicators",
            "101-invoices-paid-within-30-days.csv")));
        Assert.Equal(["2024/25 Q1", "2024/25 Q2", "2024/25 Q3", "2023/24"], rows.Select(r => r["period"]));
        Assert.DoesNotContain("93.0", File.ReadAllText(Path.Combine(site.Output, "data", "statickpi-all.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_configured_licence_is_stated_in_every_footer_and_in_the_data_package()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Config, "contact_email: kpi@example.test",
            "contact_email: kpi@example.test\nlicence:\n  name: CC-BY-4.0\n  title: Creative Commons Attribution 4.0\n" +
            "  url: https://creativecommons.org/licenses/by/4.0/");
        Assert.True(site.Build().Succeeded);

        foreach (var page in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var licence = Parser.ParseDocument(File.ReadAllText(page)).QuerySelector("footer a[rel=license]")!;
            Assert.Equal(("Creative Commons Attribution 4.0", "https://creativecommons.org/licenses/by/4.0/"),
                (licence.TextContent, licence.GetAttribute("href")));
        }

        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Output, "data", "datapackage.json")));
        var stated = Assert.Single(package.RootElement.GetProperty("licenses").EnumerateArray());
        Assert.Equal("{\"name\":\"CC-BY-4.0\",\"path\":\"https://creativecommons.org/licenses/by/4.0/\"," +
            "\"title\":\"Creative Commons Attribution 4.0\"}",
            JsonSerializer.Serialize(stated));
    }

    [Fact]
    public void Without_a_licence_the_open_government_licence_is_stated()
    {
        using var site = TempSite.FromMinimal();
        Assert.True(site.Build().Succeeded);
        var licence = Parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "index.html"))).QuerySelector("footer a[rel=license]")!;
        Assert.Equal(("Open Government Licence v3.0", "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"),
            (licence.TextContent, licence.GetAttribute("href")));
    }

    [Theory]
    [InlineData("  url: licence.html", "url", 9, 8)]
    [InlineData("  name: Open Government Licence\n  url: https://example.test/licence", "name", 9, 9)]
    public void A_licence_without_a_web_address_or_with_a_name_that_is_not_an_identifier_is_an_error(string lines, string key, int line, int column)
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Config, "contact_email: kpi@example.test", $"contact_email: kpi@example.test\nlicence:\n  title: Our licence\n{lines}");

        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = DiagnosticAssert.Single(result.Diagnostics, RuleIds.BadValue, Severity.Error, Config, line, column);
        Assert.Contains($"licence {(key == "url" ? "address" : "name")}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_licence_key_suggests_the_right_one()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Config, "contact_email: kpi@example.test",
            "contact_email: kpi@example.test\nlicense:\n  title: Our licence\n  url: https://example.test/licence");

        var result = site.Build();

        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, RuleIds.UnknownKey, Severity.Error, Config, 7, 1);
        Assert.Contains("licence", diagnostic.Message + diagnostic.Fix, StringComparison.Ordinal);
    }
}

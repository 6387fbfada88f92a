using AngleSharp.Dom;
using StaticKpi.Tests.Support;

namespace StaticKpi.Tests.Publishing;

/// <summary>The pages publishing adds (indicator pages, list of indicators, open data, 404) and what it adds to every page.</summary>
[Collection(PublishedSiteCollection.Name)]
public sealed class PublishingPagesTests(PublishedSiteFixture fixture)
{
    private const string Foi = "indicators/182-foi-timeliness/index.html";
    private const string FoiQ3 = "2024-25-q3/strategy-resources-performance/182-foi-timeliness/index.html";
    private const string Q3Report = "2024-25-q3/strategy-resources-performance/index.html";

    private BuiltSite Site => fixture.Site;

    [Fact]
    public void Indicator_page_at_its_own_address_shows_the_newest_reports_figures_and_links_its_permanent_page()
    {
        var document = Site.Page(Foi);
        Assert.Equal("Indicator 182: Freedom of Information requests answered within the statutory timescale",
            document.QuerySelector("h1")!.TextContent);
        Assert.Equal("Latest figures: 2024/25 Q3", document.QuerySelector("#latest")!.TextContent);
        var headline = document.QuerySelectorAll(".headline-box > div")
            .ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!.TextContent.Trim());
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["Target"] = "90.0%",
                ["Current period"] = "85.0% (2024/25 Q3)",
                ["Change in performance"] = "Improving",
                ["RAG rating"] = "▲ Amber",
            },
            headline);

        var permanent = document.QuerySelector("section[aria-labelledby='latest'] p > a")!;
        Assert.Equal("../../2024-25-q3/strategy-resources-performance/182-foi-timeliness/", permanent.GetAttribute("href"));
        Assert.Equal(Path.Combine(Site.Output, FoiQ3), Site.FileLinkedFrom(Foi, permanent.GetAttribute("href")!));

        // Its own canonical address: it is a page of its own, not a copy of the report's page.
        Assert.Equal("https://example.org/performance/indicators/182-foi-timeliness/",
            document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public void Indicator_page_lists_every_report_the_indicator_is_in_newest_first()
    {
        var rows = Site.Page(Foi).QuerySelectorAll("table.indicator-reports tbody tr")
            .Select(r => (r.QuerySelector("th a")!.TextContent, r.QuerySelector("th a")!.GetAttribute("href"),
                r.QuerySelectorAll("td")[0].TextContent, Rating(r.QuerySelectorAll("td")[3])))
            .ToList();
        Assert.Equal(
            [("2024/25 Q3", "../../2024-25-q3/strategy-resources-performance/182-foi-timeliness/", "85.0% (2024/25 Q3)", "Amber"),
             ("2024/25 Q2", "../../2024-25-q2/strategy-resources-performance/182-foi-timeliness/", "80.2% (2024/25 Q2)", "Red"),
             ("2023/24 Q1", "../../2023-24-q1/strategy-resources-performance/182-foi-timeliness/", "84.0% (2023/24 Q1)", "Amber"),
             ("2020/21 Q2", "../../2020-21-q2/strategy-resources-performance/182-foi-timeliness/", "71.0% (2020/21 Q2)", "Red")],
            rows);
    }

    [Fact]
    public void Every_indicator_in_a_report_has_its_own_page_and_each_report_page_of_it_links_there()
    {
        var published = fixture.Reports.SelectMany(r => r.Indicators.Select(i => i.Indicator)).DistinctBy(i => i.Id).ToList();
        Assert.Equal(
            published.Select(i => $"indicators/{i.Id}-{i.Slug}/index.html").Order(StringComparer.Ordinal),
            Site.HtmlPages().Where(p => p.StartsWith("indicators/", StringComparison.Ordinal) && p != "indicators/index.html"));

        foreach (var report in fixture.Reports)
        {
            foreach (var scored in report.Indicators)
            {
                var path = $"{report.Report.Period.Slug}/{report.Report.CommitteeKey}/{scored.Indicator.Id}-{scored.Indicator.Slug}/index.html";
                var link = Site.Page(path).QuerySelectorAll("nav.pager a")
                    .Single(a => a.TextContent == $"Indicator {scored.Indicator.Id}: latest figures and every report");
                Assert.Equal(Path.Combine(Site.Output, "indicators", $"{scored.Indicator.Id}-{scored.Indicator.Slug}", "index.html"),
                    Site.FileLinkedFrom(path, link.GetAttribute("href")!));
            }
        }
    }

    [Fact]
    public void List_of_indicators_links_each_indicators_own_page_with_its_latest_figure()
    {
        var document = Site.Page("indicators/index.html");
        Assert.Equal("Indicators", document.QuerySelector("h1")!.TextContent);
        var rows = document.QuerySelectorAll("table.indicator-list tbody tr");
        Assert.Equal(Site.HtmlPages().Count(p => p.StartsWith("indicators/", StringComparison.Ordinal)) - 1, rows.Length);
        var foi = rows.Single(r => r.QuerySelector("th a")!.TextContent.StartsWith("182:", StringComparison.Ordinal));
        Assert.Equal("182-foi-timeliness/", foi.QuerySelector("th a")!.GetAttribute("href"));
        Assert.Equal(["2024/25 Q3", "85.0% (2024/25 Q3)", "90.0%"], foi.QuerySelectorAll("td").Take(3).Select(c => c.TextContent));
        Assert.Equal("Indicators", Assert.Single(document.QuerySelectorAll("nav[aria-label=Site] a[aria-current=page]")).TextContent);
    }

    [Theory]
    [InlineData(Q3Report, "Download this report's data", "../../data/reports/strategy-resources-performance-2024-25-q3",
        "Data for the 2024/25 Q3 report")]
    [InlineData(FoiQ3, "Download the data for indicator 182", "../../../data/indicators/182-foi-timeliness", "Every value of indicator 182")]
    [InlineData(Foi, "Download the data for indicator 182", "../../data/indicators/182-foi-timeliness", "Every value of indicator 182")]
    public void Report_and_indicator_pages_link_their_csv_and_json_with_format_and_size(string page, string heading, string file, string text)
    {
        var section = Site.Page(page).QuerySelector("section.downloads")!;
        Assert.Equal(heading, section.QuerySelector("h2")!.TextContent);
        var links = section.QuerySelectorAll("ul a[download]").ToList();
        Assert.Equal([file + ".csv", file + ".json"], links.Select(a => a.GetAttribute("href")));
        foreach (var (link, format) in links.Zip(["CSV", "JSON"]))
        {
            var bytes = new FileInfo(Site.FileLinkedFrom(page, link.GetAttribute("href")!)).Length;
            var size = bytes < 1024 ? $"{bytes} bytes" : $"{(bytes + 512) / 1024} KB";
            Assert.Equal($"{text} ({format}, {size})", link.TextContent);
        }
    }

    [Fact]
    public void Open_data_page_links_every_download_and_describes_every_column()
    {
        var document = Site.Page("data/index.html");
        Assert.Equal("Open data", document.QuerySelector("h1")!.TextContent);
        var downloads = document.QuerySelectorAll("a[download]").Select(a => a.GetAttribute("href")!).ToList();
        var files = Directory.EnumerateFiles(Path.Combine(Site.Output, "data"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(Site.Output, "data"), f).Replace('\\', '/'))
            .Where(f => f != "index.html");
        Assert.Equal(files.Order(StringComparer.Ordinal), downloads.Order(StringComparer.Ordinal));

        var csv = document.QuerySelectorAll("table.data-files a[download]").First();
        Assert.Matches(@"^CSV data for .+, \d+ (bytes|KB)$", csv.TextContent);
        Assert.Equal("visually-hidden", csv.QuerySelector("span")!.ClassName);

        var header = File.ReadLines(Path.Combine(Site.Output, "data", "statickpi-all.csv")).First().Split(',');
        Assert.Equal(header, document.QuerySelectorAll("#value-columns-caption ~ tbody th code").Select(c => c.TextContent));
        Assert.Equal(File.ReadLines(Path.Combine(Site.Output, "data", "reports", "strategy-resources-performance-2024-25-q3.csv")).First().Split(','),
            document.QuerySelectorAll("#report-columns-caption ~ tbody th code").Select(c => c.TextContent));
    }

    [Fact]
    public void Every_page_footer_states_the_licence_and_links_the_open_data()
    {
        foreach (var path in Site.HtmlPages())
        {
            var footer = Site.Page(path).QuerySelector("footer")!;
            var licence = footer.QuerySelector("a[rel=license]");
            Assert.True(licence is not null, $"{path} has no licence in its footer");
            Assert.Equal(("Open Government Licence v3.0", "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"),
                (licence.TextContent, licence.GetAttribute("href")));
            var data = footer.QuerySelectorAll("a").Single(a => a.TextContent == "Open data");
            Assert.Equal(Path.Combine(Site.Output, "data", "index.html"), Site.FileLinkedFrom(path, data.GetAttribute("href")!));
        }
    }

    [Fact]
    public void Every_page_head_links_the_atom_feed_and_every_page_but_the_404_has_an_absolute_canonical_address()
    {
        foreach (var path in Site.HtmlPages())
        {
            var document = Site.Page(path);
            var feed = document.QuerySelector("head link[rel=alternate][type='application/atom+xml']");
            Assert.True(feed is not null, $"{path} does not link the feed");
            Assert.Equal(Path.Combine(Site.Output, "feed.xml"), Site.FileLinkedFrom(path, feed.GetAttribute("href")!));

            var canonical = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
            var expected = path == "404.html" ? null : "https://example.org/performance/" +
                (path == "index.html" ? "" : path[..^"index.html".Length]);
            Assert.Equal(expected, canonical);
        }
    }

    [Fact]
    public void Not_found_page_is_accessible_and_links_home_from_the_sites_path_so_it_works_at_any_address()
    {
        var document = Site.Page("404.html");
        Assert.Equal("en-GB", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Page not found", Assert.Single(document.QuerySelectorAll("h1")).TextContent);
        Assert.Equal("Page not found | Performance scorecards | Example County Council", document.Title);
        Assert.Single(document.QuerySelectorAll("main#main"));
        Assert.Equal("#main", document.QuerySelector("a.skip-link")!.GetAttribute("href"));

        var home = document.QuerySelectorAll("main a").Single(a => a.TextContent == "scorecards home page");
        Assert.Equal("/performance/", home.GetAttribute("href"));
        Assert.Equal("/performance/indicators/",
            document.QuerySelectorAll("main a").Single(a => a.TextContent == "list of indicators").GetAttribute("href"));
        Assert.Matches(@"^/performance/assets/site\.[0-9a-f]{8}\.css$", document.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        Assert.All(document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!),
            href => Assert.True(href.StartsWith("/performance/", StringComparison.Ordinal) || href.StartsWith('#')
                || href.Contains(':', StringComparison.Ordinal), href));
    }

    private static string Rating(IElement cell)
    {
        var badge = cell.QuerySelector(".rag")!;
        return badge.TextContent.Replace(badge.QuerySelector(".rag-symbol")!.TextContent, "", StringComparison.Ordinal).Trim(' ', '*');
    }
}

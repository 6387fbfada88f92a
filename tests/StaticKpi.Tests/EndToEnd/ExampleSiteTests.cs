using AngleSharp.Dom;

namespace StaticKpi.Tests.EndToEnd;

/// <summary>Builds the repository's example site once and checks the rendered HTML structure.</summary>
public sealed class ExampleSiteTests(ExampleSiteFixture fixture) : IClassFixture<ExampleSiteFixture>
{
    private const string Q3Report = "2024-25-q3/strategy-resources-performance/index.html";
    private const string Foi182Q3 = "2024-25-q3/strategy-resources-performance/182-foi-timeliness/index.html";

    private BuiltSite Site => fixture.Site;

    [Fact]
    public void Example_site_builds_without_errors_and_writes_every_report_and_indicator_page()
    {
        Assert.True(Site.Result.Succeeded, string.Join("\n", Site.Result.Diagnostics));
        var pages = Site.HtmlPages();
        Assert.Contains("index.html", pages);
        Assert.Contains("key/index.html", pages);
        Assert.Contains("accessibility/index.html", pages);
        Assert.Equal(4, pages.Count(p => p.EndsWith("/strategy-resources-performance/index.html", StringComparison.Ordinal)));
        Assert.Equal(Site.Result.PagesWritten, pages.Count);
    }

    [Fact]
    public void Report_summary_table_counts_ratings_with_percentages_that_add_up_to_100()
    {
        var rows = Site.Page(Q3Report).QuerySelectorAll("table.summary tbody tr")
            .Select(r => (Rating: RatingName(r.QuerySelector("th")!), Count: r.Children[1].TextContent, Percent: r.Children[2].TextContent))
            .ToList();

        Assert.Equal(
            [("Red", "0", "0%"), ("Amber", "1", "8%"), ("Green", "11", "84%"), ("Baseline", "1", "8%"),
             ("Contextual", "0", "0%"), ("In development", "0", "0%"), ("Suspended", "0", "0%")],
            rows);
    }

    [Fact]
    public void Report_summary_shows_blue_only_under_the_policy_that_has_it()
    {
        var older = Site.Page("2023-24-q1/strategy-resources-performance/index.html")
            .QuerySelectorAll("table.summary tbody th").Select(RatingName).ToList();
        var newer = Site.Page(Q3Report).QuerySelectorAll("table.summary tbody th").Select(RatingName).ToList();

        Assert.Contains("Blue", older);
        Assert.DoesNotContain("Blue", newer);
    }

    [Fact]
    public void Report_indicator_table_lists_every_indicator_with_its_rating_in_words()
    {
        var document = Site.Page(Q3Report);
        var rows = document.QuerySelectorAll("table.indicators tbody tr");
        Assert.Equal(13, rows.Length);

        var foi = rows.Single(r => r.QuerySelector("th a")!.TextContent.StartsWith("182:", StringComparison.Ordinal));
        var cells = foi.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("90.0%", cells[0]);
        Assert.Equal("85.0% (2024/25 Q3)", cells[1]);
        Assert.Equal("80.2% (2024/25 Q2)", cells[2]);
        Assert.Equal("↑ Higher is better", cells[3]);
        Assert.Equal("Improving", cells[4]);
        Assert.Equal("Amber", RatingName(foi.QuerySelectorAll("td")[5]));
        Assert.Equal("182-foi-timeliness/", foi.QuerySelector("th a")!.GetAttribute("href"));
    }

    [Fact]
    public void Indicator_page_headline_box_matches_the_published_report()
    {
        var document = Site.Page(Foi182Q3);
        var headline = document.QuerySelectorAll(".headline-box > div")
            .ToDictionary(d => d.QuerySelector("dt")!.TextContent.Trim(), d => d.QuerySelector("dd")!.TextContent.Trim());

        Assert.Equal("90.0%", headline["Target"]);
        Assert.Equal("↑ Higher is better", headline["Direction for improvement"]);
        Assert.Equal("85.0% (2024/25 Q3)", headline["Current period"]);
        Assert.Equal("80.2% (2024/25 Q2)", headline["Previous period"]);
        Assert.Equal("Improving", headline["Change in performance"]);
        Assert.Equal("▲ Amber", headline["RAG rating"]);
        Assert.Equal("Indicator 182: " +
            File.ReadLines(Path.Combine(RepoPaths.Root, "content", "indicators", "182-foi-timeliness.yaml"))
                .Single(l => l.StartsWith("title: ", StringComparison.Ordinal))["title: ".Length..],
            document.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Indicator_page_shows_commentary_and_history_with_each_period_rated_under_its_own_policy()
    {
        var document = Site.Page(Foi182Q3);
        var sections = document.QuerySelectorAll("main h2").Select(h => h.TextContent).ToList();
        Assert.Contains("Commentary", sections);
        Assert.Contains("History of values", sections);

        var history = document.QuerySelectorAll("table.history tbody tr")
            .ToDictionary(r => r.QuerySelector("th")!.TextContent, r => RatingName(r.QuerySelectorAll("td")[2]));
        Assert.Equal("Amber", history["2024/25 Q3"]);
        Assert.Equal("Red", history["2024/25 Q2"]); // 80.2 is 10.9% off: Red under the 2024/25 policy
    }

    [Fact]
    public void Overridden_rating_is_shown_with_its_reason_and_the_computed_rating()
    {
        var page = Site.HtmlPages().Single(p => p.StartsWith("2020-21-q2/", StringComparison.Ordinal)
            && p.Contains("/187-", StringComparison.Ordinal));
        var document = Site.Page(page);
        var headline = document.QuerySelectorAll(".headline-box > div")
            .ToDictionary(d => d.QuerySelector("dt")!.TextContent.Trim(), d => d.QuerySelector("dd")!.TextContent.Trim());
        Assert.Equal("▲ Amber*", headline["RAG rating"]);
        var note = document.QuerySelector("p.override")!.TextContent;
        Assert.StartsWith("Rating set by the committee. The computed rating was Green. Reason: ", note, StringComparison.Ordinal);
        Assert.True(note.Length > "Rating set by the committee. The computed rating was Green. Reason: ".Length + 10);
    }

    [Fact]
    public void Key_page_explains_both_rating_policies_from_the_configuration()
    {
        var document = Site.Page("key/index.html");
        var policies = document.QuerySelectorAll("#policies ~ h3").Select(h => h.TextContent).ToList();
        Assert.Equal(2, policies.Count);
        var items = document.QuerySelectorAll("ul.rating-list")[0].QuerySelectorAll("li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal("✖ Red: Off target by 10% or more.", items[0]);
        Assert.Equal("▲ Amber: Off target by less than 10%.", items[1]);
        var older = document.QuerySelectorAll("ul.rating-list")[1].QuerySelectorAll("li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal("✖ Red: Off target by more than 10%.", older[0]);
        Assert.Equal("★ Blue: Better than target by more than 5%.", older[3]);
    }

    [Fact]
    public void Home_page_links_the_latest_report_and_the_archive_by_financial_year()
    {
        var document = Site.Page("index.html");
        var latest = document.QuerySelector("p.latest a")!;
        Assert.Equal("2024-25-q3/strategy-resources-performance/", latest.GetAttribute("href"));
        var years = document.QuerySelectorAll("section.committee h4").Select(h => h.TextContent).ToList();
        Assert.Equal(["Financial year 2024/25", "Financial year 2023/24", "Financial year 2020/21"], years);
    }

    [Fact]
    public void Every_page_has_one_h1_the_configured_language_a_unique_title_and_a_main_landmark()
    {
        var titles = new HashSet<string>();
        foreach (var path in Site.HtmlPages())
        {
            var document = Site.Page(path);
            Assert.Equal("en-GB", document.DocumentElement.GetAttribute("lang"));
            Assert.Single(document.QuerySelectorAll("h1"));
            Assert.Single(document.QuerySelectorAll("main#main"));
            Assert.True(titles.Add(document.Title!), $"Duplicate title '{document.Title}' on {path}");
        }
    }

    [Fact]
    public void Every_internal_link_points_at_a_page_that_exists()
    {
        foreach (var path in Site.HtmlPages())
        {
            var document = Site.Page(path);
            foreach (var href in document.QuerySelectorAll("a[href], link[href]").Select(a => a.GetAttribute("href")!))
            {
                if (href.StartsWith("http", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.Ordinal) || href.StartsWith('#'))
                {
                    continue;
                }

                Assert.True(File.Exists(Site.FileLinkedFrom(path, href)), $"{path} links to '{href}', which does not exist");
            }
        }
    }

    [Fact]
    public void Accessibility_statement_follows_the_uk_model_and_is_linked_from_every_footer()
    {
        var document = Site.Page("accessibility/index.html");
        Assert.Equal(
            ["How accessible this website is", "Feedback and contact information", "Enforcement procedure",
             "Technical information about this website’s accessibility", "Preparation of this accessibility statement"],
            document.QuerySelectorAll("main h2").Select(h => h.TextContent).ToList());
        Assert.Equal("Compliance status", document.QuerySelector("main h3")!.TextContent);
        Assert.StartsWith("This website is fully compliant with the Web Content Accessibility Guidelines version 2.2 AA standard",
            document.QuerySelector("main h3 + p")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("This website was last tested on 3 March 2025.", document.QuerySelector("main h2:last-of-type + p")!.TextContent,
            StringComparison.Ordinal);
        Assert.Equal("mailto:performance@example.org", document.QuerySelector("main a[href^='mailto:']")!.GetAttribute("href"));

        foreach (var path in Site.HtmlPages())
        {
            var link = Site.Page(path).QuerySelectorAll("footer a").SingleOrDefault(a => a.TextContent == "Accessibility statement");
            Assert.True(link is not null, $"{path} has no accessibility statement link in its footer");
            Assert.Equal(Path.Combine(Site.Output, "accessibility", "index.html"), Site.FileLinkedFrom(path, link.GetAttribute("href")!));
        }
    }

    [Fact]
    public void Indicator_trend_chart_is_a_figure_with_summary_data_table_and_csv_download()
    {
        var document = Site.Page(Foi182Q3);
        var figure = document.QuerySelector("section[aria-labelledby='trend'] figure.chart")!;
        Assert.Equal("chart-182-2024-25-q3-trend-title", figure.GetAttribute("aria-labelledby"));
        Assert.Equal("Freedom of Information requests answered within the statutory timescale, 2020/21 Q1 to 2024/25 Q3",
            figure.QuerySelector("figcaption")!.TextContent);
        Assert.Equal(
            // Two consecutive quarters make no projection; the quarters the example has no figures for are named.
            "Performance improved from 80.2% in 2024/25 Q2 to 85.0% in 2024/25 Q3. The target is 90.0%, so the indicator is Amber. " +
            "There are no figures for 2020/21 Q3 to 2022/23 Q3 and 2023/24 Q2 to 2024/25 Q1.",
            figure.QuerySelector("p.chart-summary")!.TextContent);

        // The plot is hidden from assistive technology: the summary and the table are its accessible version.
        Assert.Equal("true", figure.QuerySelector("#chart-182-2024-25-q3-trend")!.GetAttribute("aria-hidden"));
        Assert.Equal("application/json", figure.QuerySelector("script#chart-182-2024-25-q3-trend-figure")!.GetAttribute("type"));

        var details = figure.QuerySelector("details.chart-data")!;
        Assert.True(details.HasAttribute("open"));
        var rows = details.QuerySelectorAll("tbody tr");
        Assert.Equal("2024/25 Q3", rows[^1].QuerySelector("th")!.TextContent);
        Assert.Equal("85.0%", rows[^1].QuerySelectorAll("td")[0].TextContent);

        var link = details.QuerySelector("a[download]")!;
        var csvPath = Path.Combine(Site.Output, Path.GetDirectoryName(Foi182Q3)!, link.GetAttribute("href")!);
        var bytes = File.ReadAllBytes(csvPath);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).TrimEnd('\n').Split('\n');
        Assert.Equal(rows.Length + 1, lines.Length);
        Assert.StartsWith("2024/25 Q3,85.0%", lines[^1], StringComparison.Ordinal);
        Assert.Matches(@"\(CSV, \d+ (bytes|KB)\)$", link.TextContent);
    }

    [Fact]
    public void Only_pages_with_charts_load_the_chart_scripts()
    {
        Assert.Empty(Site.Page("key/index.html").QuerySelectorAll("script"));
        Assert.Empty(Site.Page("index.html").QuerySelectorAll("script"));
        var scripts = Site.Page(Q3Report).QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!).ToList();
        Assert.Collection(
            scripts,
            plotly => Assert.Matches(@"^\.\./\.\./assets/vendor/plotly-basic-2\.28\.0\.min\.[0-9a-f]{8}\.js$", plotly),
            charts => Assert.Matches(@"^\.\./\.\./assets/charts\.[0-9a-f]{8}\.js$", charts),
            tools => Assert.Matches(@"^\.\./\.\./assets/table-tools\.[0-9a-f]{8}\.js$", tools),
            scroll => Assert.Matches(@"^\.\./\.\./assets/table-scroll\.[0-9a-f]{8}\.js$", scroll));
        Assert.Single(Site.Page(Q3Report).QuerySelectorAll("figure.chart"));
    }

    [Fact]
    public void Search_index_lists_every_indicator_page_with_links_that_resolve_from_the_search_page()
    {
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Site.Output, "search", "index.json")));
        var entries = json.RootElement.EnumerateArray().ToList();
        var indicatorPages = Site.HtmlPages()
            .Count(p => p.Split('/').Length == 4 && !p.EndsWith("/print/index.html", StringComparison.Ordinal)
                && !p.StartsWith("indicators/", StringComparison.Ordinal));
        Assert.Equal(indicatorPages, entries.Count);

        foreach (var entry in entries)
        {
            var target = Path.GetFullPath(Path.Combine(Site.Output, "search", entry.GetProperty("url").GetString()!, "index.html"));
            Assert.True(File.Exists(target), $"search entry {entry.GetProperty("url").GetString()} does not resolve");
        }

        var foi = entries.First(e => e.GetProperty("id").GetInt32() == 182);
        Assert.Equal("2024/25 Q3", foi.GetProperty("period").GetString()); // newest report first
        Assert.Equal("Amber", foi.GetProperty("rating").GetString());

        // Without script the search page still lists every indicator's latest page.
        var fallback = Site.Page("search/index.html").QuerySelectorAll("section.search-all li a");
        Assert.Equal(entries.Select(e => e.GetProperty("id").GetInt32()).Distinct().Count(), fallback.Length);
    }

    private static string RatingName(IElement container)
    {
        var badge = container.QuerySelector(".rag")!;
        var symbol = badge.QuerySelector(".rag-symbol")!.TextContent;
        return badge.TextContent.Replace(symbol, "", StringComparison.Ordinal).Replace("*", "", StringComparison.Ordinal).Trim();
    }
}

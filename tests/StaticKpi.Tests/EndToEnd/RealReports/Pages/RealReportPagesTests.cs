using AngleSharp.Dom;
using static StaticKpi.Tests.EndToEnd.RealReports.Pages.RealReportSite;

namespace StaticKpi.Tests.EndToEnd.RealReports.Pages;

/// <summary>
/// Issue 13, points 1 to 4, as readers see them outside the charts: the report table, the indicator page, its history
/// table, the printable report and the key.
/// </summary>
public sealed class RealReportPagesTests(RealReportSite site) : IClassFixture<RealReportSite>
{
    private const string Q3Report = "2024-25-q3/finance/index.html";

    private string[] ReportRow(string report, int id) =>
        Cells(site.Page(report).QuerySelector($"#indicator-table tr[data-id='{id}']")!);

    /// <summary>The headline box as (term, description) pairs, in order.</summary>
    private static (string, string)[] Headline(IDocument page) =>
        [.. page.QuerySelectorAll(".headline-box > div").Select(d => (Text(d.QuerySelector("dt")!), Text(d.QuerySelector("dd")!)))];

    private string[][] History(string page) =>
        [.. site.Page(page).QuerySelectorAll("table.history tbody tr").Select(Cells)];

    [Fact]
    public void The_report_table_shows_the_baseline_and_its_period_where_the_target_would_be() =>
        Assert.Equal(
            ["103: Complaints received", "Baseline 872 (2022/23)", "37 (2024/25 Q3)", "41 (2024/25 Q2)", "↔ No preferred direction", "Not applicable",
                "◆ Contextual"],
            ReportRow(Q3Report, 103));

    [Fact]
    public void Highlights_say_a_figure_is_provisional_and_name_a_baseline_as_a_baseline() =>
        Assert.Equal(
            ["101: Invoices paid within 30 days: 91.5% against a target of 92.0%, ▲ Amber",
             "102: Average sickness days per employee: 9.4 days (provisional) against a target of 8.0 days to 10.0 days, ◌ Not rated yet",
             "103: Complaints received: 37, Baseline 872 (2022/23), ◆ Contextual"],
            site.Page(Q3Report).QuerySelectorAll("section[aria-labelledby='highlights'] li").Select(Text));

    [Fact]
    public void The_indicator_page_shows_the_baseline_in_place_of_the_target_with_its_note()
    {
        var page = site.Page("2024-25-q3/finance/103-complaints-received/index.html");

        Assert.Equal(("Baseline", "872 (2022/23)"), Headline(page)[0]);
        Assert.DoesNotContain(Headline(page), h => h.Item1 == "Target");
        Assert.Equal(["Baseline: The average of the year's four quarters."],
            page.QuerySelectorAll(".headline p.note").Select(Text));
    }

    [Fact]
    public void A_year_to_date_indicator_says_its_baseline_and_benchmark_are_year_to_date_figures()
    {
        var page = site.Page("2024-25-q1/finance/104-first-aid/index.html");

        Assert.Equal(
            [("Target", "3,000"), ("Direction for improvement", "↑ Higher is better"), ("Current period", "700 provisional (2024/25 Q1)"),
             ("Same quarter last year", "655 (2023/24 Q1)"), ("Change in performance", "Improving"), ("RAG rating", "✖ Red"),
             ("Neighbouring council", "900 (2023/24 Q3, year-to-date figure)"), ("Baseline", "1,200 (2019/20 to 2021/22)")],
            Headline(page));
        Assert.Equal(["Provisional: this figure is not yet validated and may change.", "Baseline: a year-to-date figure."],
            page.QuerySelectorAll(".headline p.note").Select(Text));
    }

    [Fact]
    public void A_provisional_figure_is_marked_in_the_report_table_and_its_withheld_rating_is_not_rated_yet()
    {
        var page = site.Page(Q3Report);

        Assert.Equal(
            ["102: Average sickness days per employee", "8.0 days to 10.0 days", "9.4 days provisional (2024/25 Q3)", "10.6 days (2024/25 Q2)",
             "↓ Lower is better", "Improving", "◌ Not rated yet"],
            ReportRow(Q3Report, 102));
        Assert.Equal("withheld", page.QuerySelector("#indicator-table tr[data-id='102']")!.GetAttribute("data-rating"));
        Assert.Equal("rag rag-withheld", page.QuerySelector("#indicator-table tr[data-id='102'] .rag")!.ClassName);
        Assert.Equal(["Not rated yet: the figure is published but not rated until it has been validated; the indicator's page says why."],
            page.QuerySelectorAll("section[aria-labelledby='indicators'] p.footnote").Select(Text));
        Assert.Equal(
            [["✖ Red", "1", "25%"], ["▲ Amber", "1", "25%"], ["● Green", "0", "0%"], ["◆ Baseline", "0", "0%"], ["◆ Contextual", "1", "25%"],
             ["◆ In development", "0", "0%"], ["◆ Suspended", "0", "0%"], ["◌ Not rated yet", "1", "25%"]],
            page.QuerySelectorAll("#summary ~ .table-scroll table.summary tbody tr").Select(Cells));
    }

    [Fact]
    public void The_indicator_page_says_why_a_rating_is_not_given_yet()
    {
        var page = site.Page("2024-25-q3/finance/102-average-sickness-days-per-employee/index.html");

        Assert.Equal(("RAG rating", "◌ Not rated yet"), Headline(page)[5]);
        Assert.Equal(("Current period", "9.4 days provisional (2024/25 Q3)"), Headline(page)[2]);
        Assert.Equal("Not rated yet: The figure is published, but it is not rated until it has been validated.",
            Text(page.QuerySelector(".rating-explained")!));
        Assert.Equal(["Provisional: this figure is not yet validated and may change. Not yet validated by HR."],
            page.QuerySelectorAll(".headline p.note").Select(Text));
        Assert.Equal(
            [["2024/25 Q3", "9.4 days provisional (Not yet validated by HR.)", "8.0 days to 10.0 days", "◌ Not rated yet"],
             ["2024/25 Q2", "10.6 days", "8.0 days to 10.0 days", "▲ Amber"]],
            History("2024-25-q3/finance/102-average-sickness-days-per-employee/index.html"));
    }

    [Fact]
    public void The_printable_report_shows_baselines_provisional_figures_and_withheld_ratings()
    {
        var page = site.Page("2024-25-q3/finance/print/index.html");
        var sickness = page.QuerySelector("#print-102")!.ParentElement!;
        var complaints = page.QuerySelector("#print-103")!.ParentElement!;

        Assert.Equal(("Current period", "9.4 days provisional (2024/25 Q3)"),
            (Text(sickness.QuerySelectorAll(".headline-box dt")[2]), Text(sickness.QuerySelectorAll(".headline-box dd")[2])));
        Assert.Equal("Not rated yet: The figure is published, but it is not rated until it has been validated.",
            Text(sickness.QuerySelector(".rating-explained")!));
        Assert.Equal(["Provisional: this figure is not yet validated and may change. Not yet validated by HR."],
            sickness.QuerySelectorAll("p.note").Select(Text));
        Assert.Equal(("Baseline", "872 (2022/23)"),
            (Text(complaints.QuerySelector(".headline-box dt")!), Text(complaints.QuerySelector(".headline-box dd")!)));
        Assert.Equal(["Baseline: The average of the year's four quarters."], complaints.QuerySelectorAll("p.note").Select(Text));
    }

    [Fact]
    public void The_history_table_rates_each_figure_against_its_own_periods_target_and_none_before_the_first() =>
        Assert.Equal(
            [["2024/25 Q3", "91.5%", "92.0%", "▲ Amber"],
             ["2024/25 Q2", "86.0%", "90.0%", "▲ Amber"],
             ["2024/25 Q1", "82.0%", "No target", "○ No target"]],
            History("2024-25-q3/finance/101-invoices-paid-within-30-days/index.html"));

    [Fact]
    public void The_indicator_page_shows_the_target_in_force_and_lists_the_targets_by_period()
    {
        var q2 = site.Page("2024-25-q2/finance/101-invoices-paid-within-30-days/index.html");
        var q3 = site.Page("2024-25-q3/finance/101-invoices-paid-within-30-days/index.html");

        Assert.Equal(("Target", "90.0%"), Headline(q2)[0]);
        Assert.Equal(("Target", "92.0%"), Headline(q3)[0]);
        Assert.Equal("Targets", Text(q3.QuerySelector("#targets")!));
        Assert.Equal(["Before 2024/25 Q2: no target", "From 2024/25 Q2: 90.0%", "From 2024/25 Q3: 92.0%"],
            q3.QuerySelectorAll("ul.targets li").Select(Text));
        Assert.Null(site.Page("2024-25-q3/finance/102-average-sickness-days-per-employee/index.html").QuerySelector("#targets"));
    }

    [Fact]
    public void A_year_to_date_figure_at_the_start_of_a_year_is_shown_against_the_same_quarter_last_year()
    {
        Assert.Equal(
            ["104: Staff trained in first aid", "3,000", "700 provisional (2024/25 Q1)", "655 (2023/24 Q1, same quarter last year)",
             "↑ Higher is better", "Improving", "✖ Red"],
            ReportRow("2024-25-q1/finance/index.html", 104));
        // Later in the year it is compared with the quarter before, in the same year.
        Assert.Equal("700 provisional (2024/25 Q1)", ReportRow("2024-25-q2/finance/index.html", 104)[3]);
        Assert.Equal(("Previous period", "700 provisional (2024/25 Q1)"),
            Headline(site.Page("2024-25-q2/finance/104-first-aid/index.html"))[3]);
    }

    [Fact]
    public void The_key_explains_the_new_terms_and_ratings_when_the_site_uses_them()
    {
        var key = site.Page("key/index.html");

        Assert.Equal(
            ["Target", "Current period", "Previous period", "Baseline", "Provisional", "Targets that change", "Year to date",
             "Direction for improvement", "Change in performance", "Statistical neighbours mean", "England mean", "RAG rating",
             "Indicator description", "Commentary", "Actions", "Path to green"],
            key.QuerySelectorAll(".terms dt").Select(Text));
        Assert.Equal(
            ["◆ Baseline", "◆ Contextual", "◆ In development", "◆ Suspended", "– No data", "◌ Not rated yet", "○ No target"],
            key.QuerySelectorAll("#statuses ~ .rating-list .rag").Select(Text));
        Assert.Equal("◌ Not rated yet: The figure is published, but it is not rated until it has been validated.",
            Text(key.QuerySelectorAll("#statuses ~ .rating-list li")[5]));
        Assert.Equal("○ No target: The period is before any target was set, so the figure is not rated.",
            Text(key.QuerySelectorAll("#statuses ~ .rating-list li")[6]));
    }

    [Fact]
    public void A_site_without_them_keeps_the_short_key()
    {
        using var plain = TempSite.FromMinimal();
        Assert.True(plain.Build().Succeeded);
        var key = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(plain.Output, "key", "index.html")));

        Assert.DoesNotContain(key.QuerySelectorAll(".terms dt").Select(Text),
            t => t is "Baseline" or "Provisional" or "Targets that change" or "Year to date");
        Assert.Equal(["◆ Baseline", "◆ Contextual", "◆ In development", "◆ Suspended", "– No data"],
            key.QuerySelectorAll("#statuses ~ .rating-list .rag").Select(Text));
    }

    [Fact]
    public void The_search_index_gives_a_withheld_rating_as_not_rated_yet()
    {
        using var index = site.Json("search/index.json");
        var entry = index.RootElement.EnumerateArray()
            .Single(e => e.GetProperty("id").GetInt32() == 102 && e.GetProperty("period").GetString() == "2024/25 Q3");

        Assert.Equal("Not rated yet", entry.GetProperty("rating").GetString());
    }
}

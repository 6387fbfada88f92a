using AngleSharp.Html.Parser;
using StaticKpi.Cli;
using StaticKpi.Content;
using StaticKpi.Diagnostics;
using StaticKpi.Model;
using StaticKpi.Scoring;

namespace StaticKpi.Tests.EndToEnd.RealReports;

/// <summary>
/// Issue 13's fixture: a site written from a real quarterly report, with a baseline, provisional values, a target
/// change, a year-to-date count crossing a year boundary, annual indicators and a gap. It must be clean, and score
/// as the report's own key would.
/// </summary>
public sealed class RealReportFixtureTests(RealReportFixtureTests.BuiltFixture built) : IClassFixture<RealReportFixtureTests.BuiltFixture>
{
    /// <summary>The fixture built once for the tests that read its pages and charts (the build is the slow part).</summary>
    public sealed class BuiltFixture : IDisposable
    {
        private readonly TempSite _site = TempSite.CopyOf(Fixture);

        public BuiltFixture() => BuildCode = Run(["build", "--source", _site.Source, "--output", _site.Output]).Code;

        public int BuildCode { get; }

        public string Source => _site.Source;

        public string Output => _site.Output;

        public void Dispose() => _site.Dispose();
    }

    public static readonly string Fixture = RepoPaths.Fixture("real-report");

    private static readonly Lazy<IReadOnlyList<ScoredReport>> Scored = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        var site = ContentLoader.Load(Fixture, diagnostics) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.ToSortedList()));
        return ReportScorer.ScoreAll(site);
    });

    private static ScoredIndicator Scores(string report, int id) =>
        Scored.Value.Single(r => r.Report.Period.Key == report).Find(id)!;

    [Fact]
    public void The_fixture_validates_strictly_and_builds_with_no_findings()
    {
        using var site = TempSite.CopyOf(Fixture);
        var (validateCode, validateOut, validateErr) = Run(["validate", "--strict", "--source", site.Source]);
        var (buildCode, buildOut, buildErr) = Run(["build", "--strict", "--source", site.Source, "--output", site.Output]);
        var (checkCode, checkOut, _) = Run(["check", "--source", site.Source, "--output", site.Output]);

        Assert.Equal((0, "The site is valid: no errors, 0 warnings.", ""), (validateCode, validateOut.Trim(), validateErr));
        Assert.Equal((0, ""), (buildCode, buildErr));
        Assert.EndsWith("; 0 warnings.", buildOut.Trim(), StringComparison.Ordinal);
        Assert.Equal((0, "29 pages checked, 0 findings"), (checkCode, checkOut.Trim().Split('\n')[^1]));
    }

    [Theory]
    [InlineData("2023/24 Q4", 182, Rating.Amber, Change.Declining)]
    [InlineData("2024/25 Q1", 182, Rating.Amber, Change.Improving)]
    [InlineData("2023/24 Q4", 183, Rating.Red, Change.Declining)]
    [InlineData("2024/25 Q1", 183, Rating.Withheld, Change.Improving)]
    [InlineData("2023/24 Q4", 190, Rating.Blue, Change.Improving)]
    [InlineData("2024/25 Q1", 190, Rating.Green, Change.Improving)]
    [InlineData("2023/24 Q4", 201, Rating.Green, Change.Improving)]
    [InlineData("2024/25 Q1", 201, Rating.Amber, Change.Improving)]
    [InlineData("2023/24 Q4", 212, Rating.Green, Change.Improving)]
    [InlineData("2024/25 Q1", 212, Rating.Green, Change.Improving)]
    [InlineData("2023/24 Q4", 220, Rating.Baseline, Change.NotApplicable)]
    [InlineData("2024/25 Q1", 220, Rating.Baseline, Change.NotApplicable)]
    public void Each_indicator_is_rated_and_compared_as_the_report_would(string report, int id, Rating rating, Change change)
    {
        var scored = Scores(report, id);

        Assert.Equal((rating, change), (scored.Rating, scored.Change));
    }

    [Fact]
    public void The_report_table_shows_provisional_figures_a_withheld_rating_a_baseline_and_a_like_for_like_comparison()
    {
        var site = built;
        Assert.Equal(0, site.BuildCode);
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "2024-25-q1", "strategy-resources-performance",
            "index.html")));

        var rows = page.QuerySelectorAll("#indicator-table tbody tr")
            .Select(row => string.Join(" | ",
                row.Children.Select(cell => string.Join(' ', cell.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))));

        Assert.Equal(
            [
                "182: Freedom of Information requests answered on time | 90.0% | 89.5% provisional (2024/25 Q1) | 87.0% (2023/24 Q4) | " +
                "↑ Higher is better | Improving | ▲ Amber",
                "183: Subject access requests answered on time | 90.0% | 71.0% provisional (2024/25 Q1) | 68.0% (2023/24 Q4) | " +
                "↑ Higher is better | Improving | ◌ Not rated yet",
                "190: Rent per acre of the council's agricultural land | £107 | £146 (2023/24) | £144 (2022/23) | ↑ Higher is better | Improving | " +
                "● Green",
                "201: Contract value awarded to local businesses | 50.0% | 49.0% (2024/25 Q1) | 48.5% (2023/24 Q4) | ↑ Higher is better | " +
                "Improving | ▲ Amber",
                "212: Staff who have completed first aid training | 750 | 820 (2024/25 Q1) | 655 (2023/24 Q1, same quarter last year) | " +
                "↑ Higher is better | Improving | ● Green",
                "220: Employee engagement score | Baseline 55% (2023/24) | 55% (2023/24) | No data | ↑ Higher is better | Not applicable | " +
                "◆ Baseline",
            ],
            rows);
    }

    [Fact]
    public void Every_chart_of_the_fixture_projects_honestly_and_explains_its_gaps()
    {
        var site = built;
        Assert.Equal(0, site.BuildCode);

        var problems = Charts.ChartWalker.Problems(site.Source, site.Output, out var trendCharts, out var projections);

        Assert.Empty(problems);
        // 12 indicator pages and 2 printable reports of 6 charts each.
        Assert.Equal(24, trendCharts);
        // On each indicator page and in each printable report: 182, 183 and 201 in 2023/24 Q4, and 182 and 201 in
        // 2024/25 Q1, where 183's rating is withheld. 212 is year to date, and Q4 ends its year while Q1 has one value;
        // 190 is annual with a gap before its last two years, and 220 has one value.
        Assert.Equal(10, projections);
    }

    [Fact]
    public void Each_trend_chart_draws_what_its_indicator_has()
    {
        var site = built;
        Assert.Equal(0, site.BuildCode);
        var charts = Charts.ChartWalker.Charts(site.Output)
            .Where(c => c.Page.Contains("2024-25-q1", StringComparison.Ordinal) && !c.Page.Contains("/print/", StringComparison.Ordinal))
            .ToDictionary(c => c.Id, c => c.Figure.GetProperty("data").EnumerateArray().ToList());
        static IEnumerable<string> Names(List<System.Text.Json.JsonElement> traces) => traces.Select(t => t.GetProperty("name").GetString()!);

        Assert.Equal(["Actual", "Provisional (not yet validated)", "Target", "Projection (not data)"], Names(charts["chart-182-2024-25-q1-trend"]));
        Assert.Equal(["Actual", "Provisional (not yet validated)", "Target"], Names(charts["chart-183-2024-25-q1-trend"]));
        Assert.Equal(["Actual", "No data for 2021/22", "Target", "East of England market rent (2022/23)"],
            Names(charts["chart-190-2024-25-q1-trend"]));
        Assert.Equal(["Actual", "Target", "Baseline: 44.0% (2022/23)", "Projection (not data)"], Names(charts["chart-201-2024-25-q1-trend"]));
        Assert.Equal(["2023/24 (year to date)", "2024/25 (year to date)", "Target"], Names(charts["chart-212-2024-25-q1-trend"]));
        Assert.Equal(["Actual", "Baseline: 55% (2023/24)"], Names(charts["chart-220-2024-25-q1-trend"]));

        // 201: no target line before its first target, and each later year's own target.
        var target = charts["chart-201-2024-25-q1-trend"][1].GetProperty("y").EnumerateArray()
            .Select(y => y.ValueKind == System.Text.Json.JsonValueKind.Null ? (decimal?)null : y.GetDecimal());
        Assert.Equal([null, null, 48m, 48m, 48m, 48m, 50m, 50m, 50m], target);
        Assert.Equal("2022/23 Q3: 43.0%<br>Rating: No target<br>Target: No target",
            charts["chart-201-2024-25-q1-trend"][0].GetProperty("hovertext")[0].GetString());
        // 182: the provisional figure is a hollow marker.
        Assert.Equal("triangle-up-open", charts["chart-182-2024-25-q1-trend"][0].GetProperty("marker").GetProperty("symbol")[4].GetString());
    }

    [Fact]
    public void The_year_to_date_count_is_compared_with_the_same_quarter_last_year_not_the_last_quarter()
    {
        var scored = Scores("2024/25 Q1", 212);

        Assert.Equal((Period.Quarter(2023, 1), 655m), (scored.Previous!.Period, scored.Previous.Value!.Value));
    }

    [Fact]
    public void Each_value_is_rated_against_the_target_of_its_own_year()
    {
        Assert.Equal(new Target.Value(48m), Scores("2023/24 Q4", 201).Target);
        Assert.Equal(new Target.Value(50m), Scores("2024/25 Q1", 201).Target);
    }

    [Fact]
    public void The_annual_indicators_show_their_latest_year_in_a_quarterly_report()
    {
        Assert.Equal(Period.FinancialYear(2023), Scores("2024/25 Q1", 190).Current!.Period);
        Assert.Equal(Period.FinancialYear(2022), Scores("2024/25 Q1", 190).Previous!.Period);
        Assert.Equal(Period.FinancialYear(2023), Scores("2024/25 Q1", 220).Current!.Period);
    }

    private static (int Code, string Out, string Err) Run(string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = StatickpiCli.Run(args, stdout, stderr, _ => null);
        return (code, stdout.ToString(), stderr.ToString());
    }
}

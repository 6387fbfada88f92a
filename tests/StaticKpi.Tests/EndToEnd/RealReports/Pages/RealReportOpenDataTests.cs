using System.Text.Json;

namespace StaticKpi.Tests.EndToEnd.RealReports.Pages;

/// <summary>
/// Issue 13, points 1 to 3, in the open data: baselines, provisional figures and withheld ratings, cumulative
/// benchmarks and each value's own period's target, in the CSV and JSON downloads and described in the data package.
/// </summary>
public sealed class RealReportOpenDataTests(RealReportSite site) : IClassFixture<RealReportSite>
{
    private static readonly string[] NewColumns =
        ["provisional", "benchmark_cumulative", "baseline_value", "baseline_from", "baseline_to", "baseline_cumulative"];

    private static string[] Pick(IReadOnlyDictionary<string, string> row, params string[] columns) => [.. columns.Select(c => row[c])];

    [Fact]
    public void An_indicators_csv_marks_a_provisional_value_and_its_withheld_rating()
    {
        var rows = site.Csv("data/indicators/102-average-sickness-days-per-employee.csv");

        Assert.Equal(
            [["2024/25 Q2", "10.6", "amber", "amber", "false", ""],
                ["2024/25 Q3", "9.4", "withheld", "withheld", "true", "Not yet validated by HR."]],
            rows.Select(r => Pick(r, "period", "value", "rating", "computed_rating", "provisional", "note")));
    }

    [Fact]
    public void An_indicators_csv_gives_each_value_the_target_of_its_own_period()
    {
        var rows = site.Csv("data/indicators/101-invoices-paid-within-30-days.csv");

        Assert.Equal(
            [["value", "2024/25 Q1", "", "", "no_target"], ["value", "2024/25 Q2", "value", "90", "amber"],
                ["value", "2024/25 Q3", "value", "92", "amber"],
             ["benchmark", "2023/24", "", "", ""]],
            rows.Select(r => Pick(r, "row_type", "period", "target_type", "target", "rating")));
    }

    [Fact]
    public void An_indicators_csv_repeats_its_baseline_on_each_row_and_says_which_figures_are_cumulative()
    {
        Assert.Equal(
            [["value", "false", "", "872", "2022/23", "2022/23", "false"], ["value", "false", "", "872", "2022/23", "2022/23", "false"]],
            site.Csv("data/indicators/103-complaints-received.csv").Select(r => Pick(r, ["row_type", .. NewColumns])));
        Assert.Equal(
            ["benchmark", "", "true", "1200", "2019/20", "2021/22", "true"],
            Pick(site.Csv("data/indicators/104-first-aid.csv")[^1], ["row_type", .. NewColumns]));
    }

    [Fact]
    public void A_reports_csv_has_the_provisional_flag_the_withheld_rating_and_the_baseline()
    {
        var rows = site.Csv("data/reports/finance-2024-25-q3.csv");

        Assert.Equal(
            [["indicator", "101", "amber", "false", "", "", "", "", ""],
             ["benchmark", "101", "", "", "false", "", "", "", ""],
             ["indicator", "102", "withheld", "true", "", "", "", "", ""],
             ["indicator", "103", "contextual", "false", "", "872", "2022/23", "2022/23", "false"],
             ["indicator", "104", "red", "false", "", "1200", "2019/20", "2021/22", "true"],
             ["benchmark", "104", "", "", "true", "", "", "", ""]],
            rows.Select(r => Pick(r, ["row_type", "indicator_id", "rating", .. NewColumns])));
    }

    [Fact]
    public void The_all_data_json_has_targets_by_period_baselines_provisional_values_and_cumulative_benchmarks()
    {
        using var json = site.Json("data/statickpi-all.json");
        var indicators = json.RootElement.GetProperty("indicators").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetInt32());

        Assert.Equal(
            """[{"from":"2024/25 Q2","target":{"type":"value","value":90}},{"from":"2024/25 Q3","target":{"type":"value","value":92}}]""",
            Compact(indicators[101].GetProperty("targets")));
        Assert.Equal("""{"type":"value","value":90}""", Compact(indicators[101].GetProperty("values")[1].GetProperty("target")));
        Assert.Equal(JsonValueKind.Null, indicators[101].GetProperty("values")[0].GetProperty("target").ValueKind);
        Assert.Equal("no_target", indicators[101].GetProperty("values")[0].GetProperty("rating").GetString());
        Assert.Equal("""{"value":872,"from":"2022/23","to":"2022/23","cumulative":false,"note":"The average of the year\u0027s four quarters."}""",
            Compact(indicators[103].GetProperty("baseline")));
        Assert.Equal("""{"value":1200,"from":"2019/20","to":"2021/22","cumulative":true,"note":null}""",
            Compact(indicators[104].GetProperty("baseline")));
        Assert.True(indicators[104].GetProperty("benchmarks")[0].GetProperty("cumulative").GetBoolean());
        Assert.Equal([false, true], indicators[102].GetProperty("values").EnumerateArray().Select(v => v.GetProperty("provisional").GetBoolean()));
        Assert.Equal(["amber", "withheld"], indicators[102].GetProperty("values").EnumerateArray().Select(v => v.GetProperty("rating").GetString()));
    }

    [Fact]
    public void A_reports_json_marks_the_current_figure_provisional_and_gives_the_baseline()
    {
        using var json = site.Json("data/reports/finance-2024-25-q3.json");
        var indicators = json.RootElement.GetProperty("indicators").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetInt32());

        Assert.True(indicators[102].GetProperty("current").GetProperty("provisional").GetBoolean());
        Assert.False(indicators[102].GetProperty("previous").GetProperty("provisional").GetBoolean());
        Assert.Equal("withheld", indicators[102].GetProperty("rating").GetString());
        Assert.Equal(JsonValueKind.Null, indicators[102].GetProperty("baseline").ValueKind);
        Assert.Equal(872m, indicators[103].GetProperty("baseline").GetProperty("value").GetDecimal());
        Assert.Equal(["withheld"], json.RootElement.GetProperty("summary").EnumerateArray()
            .Select(r => r.GetProperty("rating").GetString()).Where(r => r == "withheld"));
    }

    [Fact]
    public void The_data_package_describes_the_new_columns_of_every_csv()
    {
        using var json = site.Json("data/datapackage.json");
        var schemas = json.RootElement.GetProperty("resources").EnumerateArray()
            .Where(r => r.GetProperty("format").GetString() == "csv")
            .Select(r => r.GetProperty("schema").GetProperty("fields").EnumerateArray()
                .ToDictionary(f => f.GetProperty("name").GetString()!,
                    f => (f.GetProperty("type").GetString(), f.GetProperty("description").GetString())))
            .ToList();

        Assert.NotEmpty(schemas);
        Assert.All(schemas, fields =>
        {
            Assert.Equal(["boolean", "boolean", "number", "string", "string", "boolean"], NewColumns.Select(c => fields[c].Item1));
            Assert.Equal("true when the baseline is a running total (year to date or cumulative), false when it is one period's figure.",
                fields["baseline_cumulative"].Item2);
            Assert.StartsWith("The rating shown: red, amber, green or blue; the status for an untargeted ", fields["rating"].Item2,
                StringComparison.Ordinal);
            Assert.EndsWith("withheld when the rating is not given yet (usually until a provisional figure is validated); " +
                "no_target for a period before any target was set; or no_data.",
                fields["rating"].Item2, StringComparison.Ordinal);
        });
    }

    private static string Compact(JsonElement element) => JsonSerializer.Serialize(element);
}

using System.Globalization;
using System.Text.Json;
using StaticKpi.Model;
using StaticKpi.Shared;
using StaticKpi.Tests.Support;

namespace StaticKpi.Tests.OpenData;

/// <summary>The CSV and JSON downloads hold exactly the figures of the content files, and parse with ordinary tools.</summary>
[Collection(PublishedSiteCollection.Name)]
public sealed class OpenDataTests(PublishedSiteFixture fixture)
{
    private const string Q3 = "data/reports/strategy-resources-performance-2024-25-q3";

    public static TheoryData<int> Indicators => [182, 184, 187, 160, 211, 214];

    [Theory]
    [MemberData(nameof(Indicators))]
    public void Indicator_csv_holds_every_value_target_and_benchmark_of_the_yaml(int id)
    {
        var indicator = fixture.Indicator(id);
        var (header, rows) = fixture.Csv($"data/indicators/{id}-{indicator.Slug}.csv");

        Assert.Equal("indicator_id", header[0]);
        Assert.All(rows, r => Assert.Equal(id.ToString(CultureInfo.InvariantCulture), r["indicator_id"]));
        Assert.All(rows, r => Assert.Equal(indicator.Title, r["indicator_title"]));

        var values = rows.Where(r => r["row_type"] == "value").ToList();
        Assert.Equal(indicator.Series.Select(p => p.Period.Key), values.Select(r => r["period"]));
        Assert.Equal(indicator.Series.Select(p => p.Value?.ToString(CultureInfo.InvariantCulture) ?? ""), values.Select(r => r["value"]));
        Assert.Equal(indicator.Series.Select(p => p.Period.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            values.Select(r => r["period_start"]));
        Assert.Equal(indicator.Series.Select(p => Number((indicator.TargetFor(p) as Target.Value)?.Amount)), values.Select(r => r["target"]));
        Assert.Equal(indicator.Series.Select(p => Number((indicator.TargetFor(p) as Target.Range)?.Min)), values.Select(r => r["target_min"]));
        Assert.Equal(indicator.Series.Select(p => Number((indicator.TargetFor(p) as Target.Range)?.Max)), values.Select(r => r["target_max"]));
        Assert.Equal(indicator.Series.Select(p => p.Note ?? ""), values.Select(r => r["note"]));
        Assert.Equal(indicator.Series.Select(p => p.Label ?? ""), values.Select(r => r["label"]));
        Assert.Equal(indicator.Series.Select(p => p.Override?.Reason ?? ""), values.Select(r => r["rating_override_reason"]));

        var benchmarks = rows.Where(r => r["row_type"] == "benchmark").ToList();
        Assert.Equal(indicator.Benchmarks.Select(b => b.Value.ToString(CultureInfo.InvariantCulture)), benchmarks.Select(r => r["value"]));
        Assert.Equal(indicator.Benchmarks.Select(b => b.Period?.Key ?? ""), benchmarks.Select(r => r["period"]));
        Assert.Equal(indicator.Benchmarks.Select(b => EnumNames.Of(b.Kind)), benchmarks.Select(r => r["benchmark_kind"]));
        Assert.Equal(values.Count + benchmarks.Count, rows.Count);
    }

    [Theory]
    [MemberData(nameof(Indicators))]
    public void Indicator_csv_ratings_are_the_ratings_in_the_history_table_of_its_newest_page(int id)
    {
        var indicator = fixture.Indicator(id);
        var newest = fixture.Reports.Where(r => r.Find(id) is not null).MaxBy(r => r.Report.Period)!;
        var page = fixture.Site.Page($"{newest.Report.Period.Slug}/{newest.Report.CommitteeKey}/{id}-{indicator.Slug}/index.html");
        var shown = page.QuerySelectorAll("table.history tbody tr")
            .Reverse()
            .Select(r => r.QuerySelectorAll("td")[2].QuerySelector(".rag") is { } badge
                ? badge.TextContent.Replace(badge.QuerySelector(".rag-symbol")!.TextContent, "", StringComparison.Ordinal).Trim(' ', '*')
                    .ToLowerInvariant().Replace(' ', '_')
                : "")
            .ToList();

        var (_, rows) = fixture.Csv($"data/indicators/{id}-{indicator.Slug}.csv");
        Assert.Equal(shown, rows.Where(r => r["row_type"] == "value").Select(r => r["rating"]).ToList());
    }

    [Fact]
    public void Indicator_csv_row_is_exactly_the_published_figure_with_its_decimal_places()
    {
        var (_, rows) = fixture.Csv("data/indicators/182-foi-timeliness.csv");
        var q3 = rows.Single(r => r["period"] == "2024/25 Q3");
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["indicator_id"] = "182",
                ["indicator_title"] = "Freedom of Information requests answered within the statutory timescale",
                ["committee"] = "strategy-resources-performance",
                ["service"] = "Information Governance",
                ["unit"] = "percent",
                ["precision"] = "1",
                ["direction"] = "up",
                ["row_type"] = "value",
                ["period"] = "2024/25 Q3",
                ["period_start"] = "2024-10-01",
                ["period_end"] = "2024-12-31",
                ["label"] = "",
                ["value"] = "85.0",
                ["target_type"] = "value",
                ["target"] = "90",
                ["target_min"] = "",
                ["target_max"] = "",
                ["status"] = "",
                ["rating"] = "amber",
                ["computed_rating"] = "amber",
                ["rating_override_reason"] = "",
                ["rag_policy"] = "No Blue rating",
                ["benchmark_kind"] = "",
                ["note"] = "",
                ["provisional"] = "false",
                ["benchmark_cumulative"] = "",
                ["baseline_value"] = "",
                ["baseline_from"] = "",
                ["baseline_to"] = "",
                ["baseline_cumulative"] = "",
            },
            q3);
        Assert.Equal("", rows.Single(r => r["period"] == "2024/25 Q1")["value"]);
    }

    [Fact]
    public void Overridden_rating_is_published_with_the_computed_one_and_the_reason()
    {
        var indicator = fixture.Indicator(187);
        var point = indicator.Series.Single(p => p.Override is not null);
        var (_, rows) = fixture.Csv("data/indicators/187-staff-engagement.csv");
        var row = rows.Single(r => r["period"] == point.Period.Key);
        Assert.Equal(("amber", "green", point.Override!.Reason), (row["rating"], row["computed_rating"], row["rating_override_reason"]));
    }

    [Fact]
    public void Report_csv_lists_every_indicator_in_report_order_with_the_reports_figures_and_their_benchmarks()
    {
        var report = fixture.Reports.Single(r => r.Report.Period.Slug == "2024-25-q3");
        var (_, rows) = fixture.Csv(Q3 + ".csv");

        var indicators = rows.Where(r => r["row_type"] == "indicator").ToList();
        Assert.Equal(report.Indicators.Select(i => i.Indicator.Id.ToString(CultureInfo.InvariantCulture)), indicators.Select(r => r["indicator_id"]));
        Assert.Equal(report.Indicators.Select(i => Number(i.Current?.Value)), indicators.Select(r => r["current_value"]));
        Assert.Equal(report.Indicators.Select(i => Number(i.Previous?.Value)), indicators.Select(r => r["previous_value"]));
        Assert.Equal(report.Indicators.Select(i => EnumNames.Of(i.Rating)), indicators.Select(r => r["rating"]));
        Assert.Equal(report.Indicators.Select(i => EnumNames.Of(i.Change)), indicators.Select(r => r["change"]));
        Assert.Equal(report.Indicators.Sum(i => i.Indicator.Benchmarks.Count), rows.Count(r => r["row_type"] == "benchmark"));

        var foi = indicators.Single(r => r["indicator_id"] == "182");
        Assert.Equal(
            ("2024/25 Q3", "2025-03-03", "2024/25 Q3", "85.0", "2024/25 Q2", "80.2", "90", "amber", "improving"),
            (foi["report_period"], foi["produced_on"], foi["current_period"], foi["current_value"], foi["previous_period"], foi["previous_value"],
                foi["target"], foi["rating"], foi["change"]));

        // 214's benchmarks follow its own row.
        var index = rows.ToList().FindIndex(r => r["row_type"] == "indicator" && r["indicator_id"] == "214");
        Assert.Equal(
            [("england", "13.7", "2022/23", "English single-tier and county councils (LG Inform)"),
                ("statistical_neighbours", "12.4", "2022/23", "CIPFA nearest neighbours (LG Inform)")],
            rows.Skip(index + 1).Take(2).Select(r => (r["benchmark_kind"], r["benchmark_value"], r["benchmark_period"], r["benchmark_label"])));
    }

    [Fact]
    public void Whole_site_csv_is_every_indicator_csv_in_id_order()
    {
        var (header, rows) = fixture.Csv("data/statickpi-all.csv");
        var published = fixture.Reports.SelectMany(r => r.Indicators.Select(i => i.Indicator)).DistinctBy(i => i.Id).OrderBy(i => i.Id).ToList();

        var expected = published.SelectMany(i => fixture.Csv($"data/indicators/{i.Id}-{i.Slug}.csv").Rows).ToList();
        Assert.Equal(expected.Count, rows.Count);
        Assert.Equal(expected, rows);
        Assert.Equal(fixture.Csv("data/indicators/182-foi-timeliness.csv").Header, header);
    }

    [Fact]
    public void Csv_files_are_utf8_without_a_byte_order_mark_with_unix_line_endings()
    {
        var bytes = fixture.Bytes("data/indicators/182-foi-timeliness.csv");
        Assert.Equal((byte)'i', bytes[0]);
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.Equal((byte)'\n', bytes[^1]);
    }

    [Theory]
    [MemberData(nameof(Indicators))]
    public void Indicator_json_holds_the_same_values_as_the_yaml(int id)
    {
        var indicator = fixture.Indicator(id);
        using var json = fixture.Json($"data/indicators/{id}-{indicator.Slug}.json");
        var root = json.RootElement;

        Assert.Equal(id, root.GetProperty("id").GetInt32());
        Assert.Equal(indicator.Title, root.GetProperty("title").GetString());
        Assert.Equal($"https://example.org/performance/indicators/{id}-{indicator.Slug}/", root.GetProperty("url").GetString());
        var values = root.GetProperty("values").EnumerateArray().ToList();
        Assert.Equal(indicator.Series.Select(p => p.Period.Key), values.Select(v => v.GetProperty("period").GetString()));
        Assert.Equal(indicator.Series.Select(p => p.Value),
            values.Select(v => v.GetProperty("value") is { ValueKind: JsonValueKind.Number } n ? n.GetDecimal() : (decimal?)null));
        Assert.Equal(indicator.Series.Select(p => p.Value?.ToString(CultureInfo.InvariantCulture) ?? "null"),
            values.Select(v => v.GetProperty("value").GetRawText()));
        Assert.Equal(indicator.Benchmarks.Select(b => (EnumNames.Of(b.Kind), b.Value, b.Period?.Key, b.Label, b.Note)),
            root.GetProperty("benchmarks").EnumerateArray().Select(b => (b.GetProperty("kind").GetString()!, b.GetProperty("value").GetDecimal(),
                b.GetProperty("period").GetString(), b.GetProperty("label").GetString(), b.GetProperty("note").GetString())));

        var (_, rows) = fixture.Csv($"data/indicators/{id}-{indicator.Slug}.csv");
        Assert.Equal(rows.Where(r => r["row_type"] == "value").Select(r => r["rating"]),
            values.Select(v => v.GetProperty("rating").GetString() ?? ""));
    }

    [Fact]
    public void Report_json_has_the_summary_and_each_indicators_current_and_previous_figures()
    {
        using var json = fixture.Json(Q3 + ".json");
        var root = json.RootElement;
        Assert.Equal("https://example.org/performance/2024-25-q3/strategy-resources-performance/", root.GetProperty("url").GetString());
        Assert.Equal("2025-03-03", root.GetProperty("produced_on").GetString());
        Assert.Equal(
            [("amber", 1, 8), ("green", 11, 84), ("baseline", 1, 8)],
            root.GetProperty("summary").EnumerateArray()
                .Select(s => (s.GetProperty("rating").GetString()!, s.GetProperty("count").GetInt32(), s.GetProperty("percent").GetInt32()))
                .Where(s => s.Item2 > 0));
        var foi = root.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetInt32() == 182);
        Assert.Equal("85.0", foi.GetProperty("current").GetProperty("value").GetRawText());
        Assert.Equal("2024/25 Q2", foi.GetProperty("previous").GetProperty("period").GetString());
        Assert.Equal("90", foi.GetProperty("target").GetProperty("value").GetRawText());
        Assert.Equal(("amber", "improving"), (foi.GetProperty("rating").GetString(), foi.GetProperty("change").GetString()));
        Assert.Equal("https://example.org/performance/2024-25-q3/strategy-resources-performance/182-foi-timeliness/",
            foi.GetProperty("url").GetString());
    }

    [Fact]
    public void Whole_site_json_has_the_licence_every_report_and_every_published_indicator()
    {
        using var json = fixture.Json("data/statickpi-all.json");
        var root = json.RootElement;
        Assert.Equal("OGL-UK-3.0", root.GetProperty("licence").GetProperty("name").GetString());
        Assert.Equal(fixture.Reports.Count, root.GetProperty("reports").GetArrayLength());
        Assert.Equal(
            fixture.Reports.SelectMany(r => r.Indicators).Select(i => i.Indicator.Id).Distinct().Order(),
            root.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()));
    }

    [Fact]
    public void Json_properties_come_in_a_fixed_order()
    {
        using var json = fixture.Json("data/indicators/182-foi-timeliness.json");
        Assert.Equal(
            ["id", "title", "slug", "url", "committee", "service", "unit", "precision", "direction", "frequency", "compare_with", "target", "targets",
                "status", "baseline", "data_source", "benchmarks", "values"],
            json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            ["period", "period_start", "period_end", "label", "value", "target", "status", "rating", "computed_rating", "rating_override_reason",
                "rag_policy", "note", "provisional"],
            json.RootElement.GetProperty("values")[0].EnumerateObject().Select(p => p.Name));
    }

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}

using System.Text.Json;
using StaticKpi.Charts;
using StaticKpi.Content;
using StaticKpi.Diagnostics;
using StaticKpi.Model;
using StaticKpi.Shared;

namespace StaticKpi.Tests.Charts;

/// <summary>Small indicators, a site configuration and JSON helpers for the chart tests.</summary>
internal static class ChartFixtures
{
    public const string CommitteeKey = "strategy-resources-performance";

    public static readonly SourceLocation Location = new("content/indicators/182-x.yaml", 1, 1);

    /// <summary>The example site's two RAG policies: Blue in use until 2023/24, then "10% or more" Red and no Blue.</summary>
    public const string ConfigYaml = """
        format: 1
        title: Performance scorecards
        organisation: Example County Council
        base_url: https://example.org/performance/
        language: en-GB
        financial_year_start_month: 4
        currency_symbol: "£"
        theme: default
        committees:
          - key: strategy-resources-performance
            name: Strategy, Resources and Performance Committee
        rag_policies:
          - name: Blue rating in use
            effective_from: 2020/21 Q1
            red_threshold: 10
            red_includes_threshold: false
            blue_threshold: 5
            blue_includes_threshold: false
          - name: No Blue rating
            effective_from: 2024/25 Q1
            red_threshold: 10
            red_includes_threshold: true
        """;

    public static SiteConfig Config { get; } = LoadConfig();

    public static readonly Period Q1 = Period.Quarter(2024, 1);
    public static readonly Period Q2 = Period.Quarter(2024, 2);
    public static readonly Period Q3 = Period.Quarter(2024, 3);
    public static readonly Period Q4 = Period.Quarter(2024, 4);

    public static DataPoint Point(Period period, decimal? value, Target? target = null, IndicatorStatus? status = null,
        RatingOverride? ratingOverride = null, string? label = null) =>
        new(period, value, target, status, label, null, ratingOverride, Location);

    public static Indicator Indicator(
        IEnumerable<DataPoint> series,
        Target? target = null,
        Direction direction = Direction.Up,
        Unit unit = Unit.Percent,
        int precision = 1,
        IndicatorStatus? status = null,
        IEnumerable<Benchmark>? benchmarks = null,
        IEnumerable<ChartSpec>? charts = null,
        string title = "Freedom of Information requests answered on time",
        int id = 182) =>
        new(
            id,
            Slugs.From(title),
            title,
            CommitteeKey,
            "Information Governance",
            unit,
            precision,
            direction,
            Frequency.Quarterly,
            target,
            status,
            ComparisonBasis.PreviousPeriod,
            null,
            null,
            [.. benchmarks ?? []],
            [],
            [.. series.OrderBy(p => p.Period)],
            Location,
            [.. charts ?? []]);

    /// <summary>The example from the issue: 80.2% then 85.0% against a target of 90%.</summary>
    public static Indicator Rising(IEnumerable<Benchmark>? benchmarks = null) =>
        Indicator([Point(Q2, 80.2m), Point(Q3, 85.0m)], new Target.Value(90m), benchmarks: benchmarks);

    /// <summary>
    /// Three consecutive quarters on a straight line (75.4%, 80.2%, 85.0%) against a target of 90%: the fewest
    /// values a projection is drawn from.
    /// </summary>
    public static Indicator RisingThree(IEnumerable<Benchmark>? benchmarks = null) =>
        Indicator([Point(Q1, 75.4m), Point(Q2, 80.2m), Point(Q3, 85.0m)], new Target.Value(90m), benchmarks: benchmarks);

    public static ChartBuilder Builder() => new(Config);

    public static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();

    public static JsonElement Trace(JsonElement figure, string name) =>
        figure.GetProperty("data").EnumerateArray().Single(t => t.GetProperty("name").GetString() == name);

    /// <summary>The strings of a JSON array; a JSON null becomes "(null)".</summary>
    public static string[] Strings(JsonElement array) =>
        [.. array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Null ? "(null)" : e.GetString()!)];

    public static double?[] Numbers(JsonElement array) =>
        [.. array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Null ? (double?)null : e.GetDouble())];

    private static SiteConfig LoadConfig()
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(ConfigYaml, SiteConfigLoader.FileName, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedList()));
        return config!;
    }
}

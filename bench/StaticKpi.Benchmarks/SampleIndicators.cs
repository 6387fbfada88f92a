using StaticKpi.Content;
using StaticKpi.Diagnostics;
using StaticKpi.Model;

namespace StaticKpi.Benchmarks;

/// <summary>Deterministic sample data: indicators with 20 quarters of values and a mix of targets and benchmarks.</summary>
public static class SampleIndicators
{
    public const int Periods = 20;

    private const string ConfigYaml = """
        title: Performance scorecards
        organisation: Example County Council
        base_url: https://example.org/performance/
        committees:
          - key: strategy-resources-performance
            name: Strategy, Resources and Performance Committee
        rag_policies:
          - name: Blue rating in use
            effective_from: 2019/20 Q1
            red_threshold: 10
            blue_threshold: 5
          - name: No Blue rating
            effective_from: 2024/25 Q1
            red_threshold: 10
            red_includes_threshold: true
        """;

    public static SiteConfig Config { get; } =
        SiteConfigLoader.Load(ConfigYaml, SiteConfigLoader.FileName, new DiagnosticBag())
        ?? throw new InvalidOperationException("The benchmark's site configuration did not load.");

    /// <summary>The quarter of the last value: 20 quarters from 2020/21 Q1 end at 2024/25 Q4.</summary>
    public static Period ReportPeriod { get; } = Period.Quarter(2024, 4);

    public static IReadOnlyList<Indicator> Many(int count) => [.. Enumerable.Range(0, count).Select(Create)];

    public static Indicator Create(int id)
    {
        var location = new SourceLocation($"content/indicators/{id}.yaml", 1, 1);
        var series = new List<DataPoint>(Periods);
        for (var i = 0; i < Periods; i++)
        {
            var period = Period.Quarter(2020 + (i / 4), (i % 4) + 1);
            decimal? value = (id + i) % 17 == 0 ? null : 70m + ((id * 7 + i * 13) % 300) / 10m;
            var periodTarget = i == 10 ? new Target.Value(85m) : null;
            series.Add(new DataPoint(period, value, periodTarget, null, null, null, null, location));
        }

        Target target = (id % 3) switch
        {
            0 => new Target.Range(80m, 90m),
            _ => new Target.Value(90m),
        };
        IReadOnlyList<Benchmark> benchmarks = id % 2 == 0
            ?
            [
                new Benchmark(BenchmarkKind.StatisticalNeighbours, 84.5m, Period.FinancialYear(2022), null, null),
                new Benchmark(BenchmarkKind.England, 86.1m, Period.FinancialYear(2022), null, null),
            ]
            : [];

        return new Indicator(
            id, $"indicator-{id}", $"Indicator {id}", "strategy-resources-performance", null, Unit.Percent, 1,
            id % 4 == 1 ? Direction.Down : Direction.Up, Frequency.Quarterly, target, null, ComparisonBasis.PreviousPeriod,
            null, null, benchmarks, [], series, location, []);
    }
}

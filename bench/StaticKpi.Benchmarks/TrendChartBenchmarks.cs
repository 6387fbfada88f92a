using BenchmarkDotNet.Attributes;
using StaticKpi.Charts;
using StaticKpi.Model;

namespace StaticKpi.Benchmarks;

/// <summary>The cost of one indicator page's trend chart: building the figure and serialising its JSON.</summary>
[MemoryDiagnoser]
public class TrendChartBenchmarks
{
    private ChartBuilder _builder = null!;
    private Indicator _indicator = null!;

    [GlobalSetup]
    public void Setup()
    {
        _builder = new ChartBuilder(SampleIndicators.Config);
        _indicator = SampleIndicators.Create(2);
    }

    [Benchmark]
    public string TrendJson() => _builder.Trend(_indicator, SampleIndicators.ReportPeriod).Json;
}

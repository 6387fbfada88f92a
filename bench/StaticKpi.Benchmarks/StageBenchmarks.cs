using BenchmarkDotNet.Attributes;
using StaticKpi.Model;
using StaticKpi.Output;
using StaticKpi.Pages;
using StaticKpi.Render;
using StaticKpi.Scoring;
using StaticKpi.SiteGenerator;

namespace StaticKpi.Benchmarks;

/// <summary>
/// Each build stage on its own, on a synthetic site of 60 indicators over 8 quarters and 3 committees (480 indicator
/// pages): loading the content, scoring it, building one report's page models (charts included), rendering one
/// indicator page, and writing one report's pages into a staged folder.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private string _folder = null!;
    private Site _site = null!;
    private PageFactory _pages = null!;
    private PageGroup _group = null!;
    private PageRenderer _renderer = null!;
    private PageModel _indicatorPage = null!;
    private List<(string Path, byte[] Bytes)> _files = null!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "statickpi-stage-benchmarks-" + Environment.ProcessId);
        SyntheticSite.Write(new SiteSpec(Indicators: 60, Periods: 8, Committees: 3, Seed: 7), _folder);
        var prepared = new PreparedSite(_folder);
        _site = prepared.Site;
        _pages = prepared.Pages;
        _group = prepared.LastReport;
        _renderer = prepared.Renderer;
        var models = _pages.Build(_group).ToList();
        _indicatorPage = models.First(m => m is IndicatorPage);
        _files = [.. models.Select(m => (m.OutputPath, _renderer.RenderUtf8(m).ToArray()))];
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark]
    public Site Load() => PreparedSite.Load(_folder);

    [Benchmark]
    public IReadOnlyList<ScoredReport> Score() => ReportScorer.ScoreAll(_site);

    [Benchmark]
    public int BuildReportPageModels() => _pages.Build(_group).Count();

    [Benchmark]
    public int RenderIndicatorPage() => _renderer.RenderUtf8(_indicatorPage).Length;

    [Benchmark]
    public int WriteReportPages()
    {
        using var output = new StagedOutput(Path.Combine(_folder, "_site"));
        foreach (var (path, bytes) in _files)
        {
            output.WriteBytes(path, bytes);
        }

        output.Commit();
        return output.FilesWritten;
    }
}

using System.Security.Cryptography;
using StaticKpi.Content;
using StaticKpi.Diagnostics;
using StaticKpi.OpenData;
using StaticKpi.Scoring;

namespace StaticKpi.Tests.OpenData;

/// <summary>
/// Once the open data is written its bytes are let go, but the pages that render afterwards still state each file's
/// size, and the data package its hash: those must be the written files' own.
/// </summary>
public sealed class WrittenDataFilesTests
{
    [Fact]
    public void Written_data_keeps_every_files_path_size_and_hash_in_order_but_not_its_bytes()
    {
        var site = ContentLoader.Load(RepoPaths.Root, new DiagnosticBag())!;
        var data = OpenDataFiles.Build(site, ReportScorer.ScoreAll(site));

        var written = data.Written();

        var before = data.Files.ToList();
        var after = written.Files.ToList();
        Assert.Equal(before.Select(f => f.Path), after.Select(f => f.Path));
        Assert.Equal(before.Select(f => f.Bytes.Length), after.Select(f => f.Length));
        Assert.Equal(before.Select(f => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(f.Bytes))), after.Select(f => f.Hash));
        Assert.All(after, f => Assert.Empty(f.Bytes));
        Assert.True(before.All(f => f.Length > 0));
        var report = site.Reports[0];
        Assert.Equal(data.ForReport(report)!.Value.Csv.Length, written.ForReport(report)!.Value.Csv.Length);
        var indicator = site.Indicators[0].Id;
        Assert.Equal(data.ForIndicator(indicator)!.Value.Json.Hash, written.ForIndicator(indicator)!.Value.Json.Hash);
        Assert.Empty(written.ForIndicator(indicator)!.Value.Json.Bytes);
    }
}

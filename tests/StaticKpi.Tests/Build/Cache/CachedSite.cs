using System.Globalization;
using System.Text.RegularExpressions;
using StaticKpi.Build;
using StaticKpi.SiteGenerator;

namespace StaticKpi.Tests.Build.Cache;

/// <summary>
/// A small synthetic site (20 indicators over 6 quarters, 2 committees, commentary, charts, benchmarks) built with a
/// build cache, and the means to prove that whatever a cached build wrote is byte for byte what a build from scratch
/// writes.
/// </summary>
internal sealed partial class CachedSite : IDisposable
{
    public const int Periods = 6;

    private readonly TempFolder _folder = new();

    /// <summary>The synthetic site.</summary>
    public CachedSite()
    {
        Source = SyntheticSite.Write(new SiteSpec(Indicators: 20, Periods: Periods, Committees: 2, Seed: 7), _folder.Combine("site")).Directory;
    }

    /// <summary>A copy of a fixture site (<c>tests/fixtures/bilingual</c>) instead of the synthetic one.</summary>
    public CachedSite(string fixture) => Source = _folder.CopyFrom(fixture, "site");

    public string Source { get; }

    public string Output => _folder.Combine("out", "_site");

    public string CacheDirectory => _folder.Combine("cache");

    public string PathOf(string relativePath) => Path.Combine(Source, relativePath);

    public BuildResult Build(string tool = "tool 1") =>
        SiteBuild.Run(new BuildOptions(Source, Output) { CacheDirectory = CacheDirectory, ToolVersion = tool });

    /// <summary>Builds the site from scratch, without a cache, into a fresh folder, and asserts the output holds exactly its files.</summary>
    public void AssertOutputIsAColdBuilds()
    {
        var cold = _folder.Combine("cold-" + Guid.NewGuid().ToString("N"));
        var result = SiteBuild.Run(new BuildOptions(Source, cold));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var expected = FilesOf(cold);
        var actual = FilesOf(Output);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        Assert.All(expected, e => Assert.True(e.Value.AsSpan().SequenceEqual(actual[e.Key]), $"{e.Key} differs from a cold build's"));
        Directory.Delete(cold, recursive: true);
    }

    /// <summary>Every file of a folder by relative path with '/', with its bytes.</summary>
    public static Dictionary<string, byte[]> FilesOf(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(directory, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);

    /// <summary>Every file's last write time, to show which a build left alone.</summary>
    public Dictionary<string, DateTime> TimesOfOutput() =>
        Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Output, f).Replace('\\', '/'), File.GetLastWriteTimeUtc, StringComparer.Ordinal);

    /// <summary>The committee keys and quarters of the synthetic site's report files.</summary>
    public IReadOnlyList<string> ReportFiles(string committee) =>
        [.. Directory.EnumerateFiles(PathOf($"content/reports/{committee}")).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    public IReadOnlyList<string> Committees =>
        [.. Directory.EnumerateDirectories(PathOf("content/reports")).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal)];

    /// <summary>The quarter after the site's last, as an editor types it ("2021/22 Q3").</summary>
    public static string NextQuarter()
    {
        var year = SyntheticSite.FirstYear + (Periods / 4);
        return string.Create(CultureInfo.InvariantCulture, $"{year}/{(year + 1) % 100:D2} Q{(Periods % 4) + 1}");
    }

    /// <summary>Gives every empty <c>value:</c> (as <c>statickpi new period</c> leaves them) a number.</summary>
    public void FillEmptyValues()
    {
        foreach (var file in Directory.EnumerateFiles(PathOf("content/indicators"), "*.yaml"))
        {
            var text = File.ReadAllText(file);
            var filled = EmptyValue().Replace(text, "${indent}value: 42");
            if (filled != text)
            {
                File.WriteAllText(file, filled);
            }
        }
    }

    public void Dispose() => _folder.Dispose();

    [GeneratedRegex(@"^(?<indent>\s+)value:[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex EmptyValue();
}

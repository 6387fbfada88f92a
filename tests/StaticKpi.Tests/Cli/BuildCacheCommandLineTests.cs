using System.Text.RegularExpressions;
using StaticKpi.Cli;

namespace StaticKpi.Tests.Cli;

/// <summary><c>statickpi build</c> keeps a build cache beside its output unless told <c>--no-cache</c>.</summary>
public sealed partial class BuildCacheCommandLineTests
{
    private readonly StringWriter _stdout = new() { NewLine = "\n" };
    private readonly StringWriter _stderr = new() { NewLine = "\n" };

    [Fact]
    public void A_build_keeps_its_cache_beside_the_output_and_the_next_finds_nothing_changed()
    {
        using var site = TempSite.FromMinimal();

        var first = Run("build", "--source", site.Source, "--output", site.Output);
        var firstSummary = TakeOutput();
        var second = Run("build", "--source", site.Source, "--output", site.Output, "--timings");
        var secondLines = TakeOutput().Split('\n');

        Assert.Equal((0, 0), (first, second));
        Assert.Equal(["._site.statickpi-cache", "_site"],
            Directory.EnumerateFileSystemEntries(site.OutputParent).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(WithoutSeconds(firstSummary.TrimEnd('\n')), WithoutSeconds(secondLines[0]));
        Assert.Equal("  build cache: nothing changed since the last build", secondLines[^2]);
        Assert.Equal("", _stderr.ToString());
    }

    [Fact]
    public void A_build_with_no_cache_neither_reads_nor_writes_one()
    {
        using var site = TempSite.FromMinimal();

        var exit = Run("build", "--source", site.Source, "--output", site.Output, "--no-cache", "--timings");

        Assert.Equal(0, exit);
        Assert.Equal(["_site"], Directory.EnumerateFileSystemEntries(site.OutputParent).Select(Path.GetFileName));
        Assert.DoesNotContain(TakeOutput().Split('\n'), line => line.StartsWith("  build cache:", StringComparison.Ordinal));
    }

    private int Run(params string[] args) => StatickpiCli.Run(args, _stdout, _stderr);

    private string TakeOutput()
    {
        var text = _stdout.ToString();
        _stdout.GetStringBuilder().Clear();
        return text;
    }

    private static string WithoutSeconds(string summary) => Seconds().Replace(summary, "in N s");

    [GeneratedRegex(@"in [0-9]+\.[0-9]{2} s")]
    private static partial Regex Seconds();
}

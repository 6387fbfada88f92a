namespace StaticKpi.Tests.Build;

/// <summary>The C# keeps to the <c>max_line_length</c> of <c>.editorconfig</c>, which no formatter enforces for C#.</summary>
public sealed class LineLengthTests
{
    private const int MaxLineLength = 150;

    /// <summary>The folders of C# the limit applies to: the product, its tests and its benchmarks.</summary>
    private static readonly string[] Folders = ["src", "tests", "bench"];

    [Fact]
    public void No_line_of_csharp_in_src_tests_or_bench_is_longer_than_150_characters()
    {
        var tooLong = Folders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, folder), "*.cs", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(part => part is "bin" or "obj"))
            .Select(f => (File: f, Count: File.ReadLines(Path.Combine(RepoPaths.Root, f)).Count(l => l.Length > MaxLineLength)))
            .Where(f => f.Count > 0)
            .Select(f => $"{f.File}: {f.Count} lines over {MaxLineLength} characters")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Empty(tooLong);
    }

    [Fact]
    public void The_editorconfig_limit_is_the_one_this_test_checks()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, ".editorconfig"));
        Assert.Equal(["max_line_length = 150"], lines.Where(l => l.StartsWith("max_line_length", StringComparison.Ordinal)));
    }
}

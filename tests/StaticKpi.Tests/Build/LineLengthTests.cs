namespace StaticKpi.Tests.Build;

/// <summary>The source keeps to the <c>max_line_length</c> of <c>.editorconfig</c>, which no formatter enforces for C#.</summary>
public sealed class LineLengthTests
{
    private const int MaxLineLength = 150;

    [Fact]
    public void No_source_line_is_longer_than_150_characters()
    {
        var src = Path.Combine(RepoPaths.Root, "src");
        var grown = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (File: Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/'), Count: File.ReadLines(f).Count(l => l.Length > MaxLineLength)))
            .Where(f => f.Count > 0)
            .Select(f => $"{f.File}: {f.Count} lines over {MaxLineLength} characters")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Empty(grown);
    }

    [Fact]
    public void The_editorconfig_limit_is_the_one_this_test_checks()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, ".editorconfig"));
        Assert.Equal(["max_line_length = 150"], lines.Where(l => l.StartsWith("max_line_length", StringComparison.Ordinal)));
    }
}

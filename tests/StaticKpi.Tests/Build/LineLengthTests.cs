using StaticKpi.Tests.Support;

namespace StaticKpi.Tests.Build;

/// <summary>The source keeps to the <c>max_line_length</c> of <c>.editorconfig</c>, which no formatter enforces for C#.</summary>
public sealed class LineLengthTests
{
    private const int MaxLineLength = 150;

    [Fact(Skip = "Issue 14: 204 lines in src/ are still over 150 characters (up to 281); wrap them, then remove Skip.")]
    public void No_line_of_the_library_or_command_line_source_is_over_150_characters()
    {
        var src = Path.Combine(RepoPaths.Root, "src");
        var tooLong = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(RepoPaths.Root, f), Line: i + 1, line.Length)))
            .Where(l => l.Length > MaxLineLength)
            .Select(l => $"{l.File.Replace('\\', '/')}:{l.Line} ({l.Length} characters)")
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

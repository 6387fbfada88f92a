
namespace StaticKpi.Tests.Build;

/// <summary>The source keeps to the <c>max_line_length</c> of <c>.editorconfig</c>, which no formatter enforces for C#.</summary>
public sealed class LineLengthTests
{
    private const int MaxLineLength = 150;

    /// <summary>
    /// The lines over the limit when it was set (191 in 69 files, up to 281 characters), which are being wrapped file
    /// by file. A file may only lose entries; a file not listed may have none.
    /// </summary>
    private static readonly Dictionary<string, int> StillToWrap = new(StringComparer.Ordinal)
    {
        ["src/StaticKpi.Cli/Serve/PreviewPages.cs"] = 1,
        ["src/StaticKpi/Content/BoundedYamlParser.cs"] = 1,
        ["src/StaticKpi/Content/CommentaryLoader.cs"] = 2,
        ["src/StaticKpi/Content/ContentSchema.cs"] = 1,
        ["src/StaticKpi/Content/MarkdownLimits.cs"] = 1,
        ["src/StaticKpi/Content/SiteConfigLoader.Licence.cs"] = 2,
        ["src/StaticKpi/Content/SiteConfigLoader.Projection.cs"] = 2,
        ["src/StaticKpi/Content/SiteFolder.cs"] = 1,
        ["src/StaticKpi/Content/YamlErrorWording.cs"] = 4,
        ["src/StaticKpi/Content/YamlIndentationWording.cs"] = 3,
        ["src/StaticKpi/Editing/NewIndicator.cs"] = 1,
        ["src/StaticKpi/Import/CsvTableReader.cs"] = 1,
        ["src/StaticKpi/Import/FigureImport.cs"] = 2,
        ["src/StaticKpi/Import/SeriesFileEditor.cs"] = 1,
        ["src/StaticKpi/Import/TableFile.cs"] = 1,
        ["src/StaticKpi/Model/Period.cs"] = 2,
    };

    [Fact]
    public void No_source_file_has_more_lines_over_150_characters_than_it_had_when_the_limit_was_set()
    {
        var src = Path.Combine(RepoPaths.Root, "src");
        var grown = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (File: Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/'), Count: File.ReadLines(f).Count(l => l.Length > MaxLineLength)))
            .Where(f => f.Count > StillToWrap.GetValueOrDefault(f.File))
            .Select(f => $"{f.File}: {f.Count} lines over {MaxLineLength} characters (allowed {StillToWrap.GetValueOrDefault(f.File)})")
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

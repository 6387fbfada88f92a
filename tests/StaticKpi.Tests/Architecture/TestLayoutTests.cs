namespace StaticKpi.Tests.Architecture;

/// <summary>
/// The unit tests mirror the library's folders (<see cref="TestLayoutRule"/>), checked on the real test project; and
/// the rule, given a folder or a namespace that breaks it, reports exactly that.
/// </summary>
public sealed class TestLayoutTests
{
    private static readonly string TestProject = Path.Combine(RepoPaths.Root, "tests", "StaticKpi.Tests");

    private static readonly TestLayoutRule Rule = TestLayoutRule.StaticKpiTests(Path.Combine(RepoPaths.Root, "src", "StaticKpi"));

    [Fact]
    public void Every_test_folder_mirrors_a_source_folder_and_every_file_declares_its_folder_s_namespace()
    {
        Assert.Empty(Rule.Violations(TestLayoutRule.FoldersOf(TestProject), TestLayoutRule.FilesOf(TestProject)));
    }

    [Fact]
    public void The_real_test_project_is_read_with_its_folders_and_each_file_s_namespace()
    {
        // An empty list of violations proves nothing unless the folders and namespaces were really read.
        Assert.Contains("EndToEnd", TestLayoutRule.FoldersOf(TestProject));
        Assert.Contains("Scoring", Rule.SourceFolders);
        Assert.Contains(
            TestLayoutRule.FilesOf(TestProject),
            file => file.RelativePath == "Architecture/TestLayoutTests.cs" && file.Namespaces.SequenceEqual(["StaticKpi.Tests.Architecture"]));
        Assert.Contains(
            TestLayoutRule.FilesOf(TestProject),
            file => file.RelativePath == "Architecture/BadSample/BadSample.cs"
                && file.Namespaces.SequenceEqual(["StaticKpi.Tests.Architecture.BadSample.Model", "StaticKpi.Tests.Architecture.BadSample.Pages"]));
    }

    [Fact]
    public void A_top_level_folder_that_mirrors_no_source_folder_is_reported()
    {
        Assert.Equal(
        [
            "HalfWritten/ mirrors no folder of src/StaticKpi: move its tests to the folder of the code they test "
                + "(Cli/ for the command line, EndToEnd/ for a suite over the whole pipeline).",
            "Serve/ mirrors no folder of src/StaticKpi: move its tests to the folder of the code they test "
                + "(Cli/ for the command line, EndToEnd/ for a suite over the whole pipeline).",
        ], Rule.Violations(["Architecture", "Serve", "Charts", "Cli", "EndToEnd", "HalfWritten", "Fixtures", "Support"], []));
    }

    [Fact]
    public void A_file_whose_namespace_is_not_its_folder_s_is_reported()
    {
        TestFile[] files =
        [
            new("Cli/Serve/PreviewServerTests.cs", ["StaticKpi.Tests.Serve"]),
            new("Content/CliTests.cs", ["StaticKpi.Tests.Content"]),
            new("EndToEnd/Security/Fuzz/FuzzSite.cs", ["StaticKpi.Tests.EndToEnd.Security.Fuzz"]),
            new("Scoring/Helper.cs", []),
            new("EndToEnd/Security/ImportPeakMemoryHook.cs", []),
            new("Charts/Two.cs", ["StaticKpi.Tests.Charts", "StaticKpi.Tests.Charts.Inner"]),
        ];

        Assert.Equal(
        [
            "Charts/Two.cs declares namespaces StaticKpi.Tests.Charts, StaticKpi.Tests.Charts.Inner; "
                + "its folder needs namespace StaticKpi.Tests.Charts.",
            "Cli/Serve/PreviewServerTests.cs declares namespace StaticKpi.Tests.Serve; its folder needs namespace StaticKpi.Tests.Cli.Serve.",
            "Scoring/Helper.cs declares no namespace; its folder needs namespace StaticKpi.Tests.Scoring.",
        ], Rule.Violations([], files));
    }
}

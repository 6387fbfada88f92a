using StaticKpi.Build;

namespace StaticKpi.Tests.Architecture;

/// <summary>
/// The library's stages depend one way only (<see cref="DependencyRule.StaticKpi"/>, docs/architecture.md), judged
/// from the compiled assembly and from the source files' <c>using</c> lines; and the checker, given a forbidden edge,
/// reports exactly that edge.
/// </summary>
public sealed class DependencyRuleTests
{
    private static readonly string LibrarySource = Path.Combine(RepoPaths.Root, "src", "StaticKpi");

    private static IReadOnlySet<NamespaceEdge> LibraryEdges() =>
        AssemblyDependencies.Edges(typeof(SiteBuild).Assembly.Location).Union(SourceDependencies.Edges(LibrarySource)).ToHashSet();

    [Fact]
    public void Each_stage_of_the_library_uses_only_the_stages_below_it()
    {
        Assert.Empty(DependencyRule.StaticKpi.Violations(LibraryEdges()));
    }

    [Fact]
    public void Every_folder_of_the_library_is_a_declared_stage()
    {
        var folders = Directory.GetDirectories(LibrarySource)
            .Select(Path.GetFileName)
            .Where(name => name is not ("bin" or "obj"))
            .Order(StringComparer.Ordinal);
        Assert.Equal(DependencyRule.StaticKpi.StagesBottomUp.Order(StringComparer.Ordinal), folders);
    }

    [Fact]
    public void Edges_read_from_the_library_include_its_known_downward_uses()
    {
        // The reader must see uses in signatures and in method bodies alike, or an empty list of violations proves nothing.
        var edges = LibraryEdges();
        Assert.Contains(new NamespaceEdge("StaticKpi.Pages", "StaticKpi.Content"), edges); // PageLinkChecks calls Suggestions.Closest
        Assert.Contains(new NamespaceEdge("StaticKpi.Build", "StaticKpi.Pages"), edges); // CheckedContent runs PageLinkChecks
        Assert.Contains(new NamespaceEdge("StaticKpi.Checks", "StaticKpi.Shared"), edges); // the contrast checks call Contrast
    }

    [Fact]
    public void An_upward_edge_added_to_the_library_is_reported_with_the_cycle_it_makes()
    {
        var edges = LibraryEdges().Append(new NamespaceEdge("StaticKpi.Content", "StaticKpi.Pages"));

        Assert.Equal(
        [
            "Cycle between StaticKpi.Content, StaticKpi.Pages: they use each other, directly or through other stages.",
            "StaticKpi.Content -> StaticKpi.Pages: Content may use only the stages below it, and Pages is above it.",
        ], DependencyRule.StaticKpi.Violations(edges));
    }

    [Fact]
    public void A_forbidden_use_compiled_into_an_assembly_is_reported()
    {
        // BadSample/BadSample.cs: its "Model" uses its "Pages" inside a method body, and "Pages" uses "Model".
        var rule = new DependencyRule("StaticKpi.Tests.Architecture.BadSample", ["Model", "Pages"]);

        var violations = rule.Violations(AssemblyDependencies.Edges(typeof(DependencyRuleTests).Assembly.Location));

        Assert.Equal(
        [
            "Cycle between StaticKpi.Tests.Architecture.BadSample.Model, StaticKpi.Tests.Architecture.BadSample.Pages: they use each other, " +
            "directly or through other stages.",
            "StaticKpi.Tests.Architecture.BadSample.Model -> StaticKpi.Tests.Architecture.BadSample.Pages: Model may use only the stages below it, " +
            "and Pages is above it.",
        ], violations);
    }

    [Fact]
    public void A_forbidden_using_line_in_a_source_file_is_reported()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.Combine("Slugs.cs"),
            "using StaticKpi.Model;\nusing StaticKpi.Pages;\n\nnamespace StaticKpi.Shared;\n\n// using StaticKpi.Build;\n" +
            "public static class Slugs\n{\n    public const string Key = \"StaticKpi.Render\";\n}\n");

        Assert.Equal(
            ["StaticKpi.Shared -> StaticKpi.Pages: Shared may use only the stages below it, and Pages is above it."],
            DependencyRule.StaticKpi.Violations(SourceDependencies.Edges(folder.Path)));
    }

    [Fact]
    public void A_namespace_of_no_declared_stage_is_reported()
    {
        Assert.Equal(
            ["StaticKpi.Preview is in no declared stage: add it to the stage order."],
            DependencyRule.StaticKpi.Violations([new NamespaceEdge("StaticKpi.Preview", "StaticKpi.Model")]));
    }
}

using System.Text.RegularExpressions;

namespace StaticKpi.Tests.Architecture;

/// <summary>
/// One C# file of a test project: its path from the project folder ("Cli/Serve/PreviewServerTests.cs") and the
/// namespaces it declares.
/// </summary>
public sealed record TestFile(string RelativePath, IReadOnlyList<string> Namespaces);

/// <summary>
/// Tests mirror the source tree (docs/architecture.md, "Tests"): each top-level folder of the test project is a
/// folder of the library, or one of <see cref="OtherFolders"/>; and each file declares the namespace its folder
/// names, so a test is found where the code it tests is. Files in <see cref="Exempt"/> cannot follow the rule, and
/// say why.
/// </summary>
/// <param name="Root">The namespace of the test project's folder, such as <c>StaticKpi.Tests</c>.</param>
/// <param name="SourceFolders">The top-level folders of the library (src/StaticKpi).</param>
/// <param name="OtherFolders">The folders that mirror no library folder: the command line, whole-pipeline suites, helpers, data.</param>
/// <param name="Exempt">Files (relative paths) that may declare another namespace, each with the reason.</param>
public sealed partial record TestLayoutRule(
    string Root,
    IReadOnlyList<string> SourceFolders,
    IReadOnlyList<string> OtherFolders,
    IReadOnlyDictionary<string, string> Exempt)
{
    /// <summary>The rule for tests/StaticKpi.Tests, with the library's folders read from <paramref name="librarySource"/>.</summary>
    public static TestLayoutRule StaticKpiTests(string librarySource) => new(
        "StaticKpi.Tests",
        [.. FoldersOf(librarySource)],
        // Cli: src/StaticKpi.Cli; EndToEnd: suites over the whole pipeline; Architecture: these rules;
        // Support: helpers only this project uses; Fixtures: data files the tests read.
        ["Cli", "EndToEnd", "Architecture", "Support", "Fixtures"],
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["EndToEnd/Security/ImportPeakMemoryHook.cs"] = "the runtime loads a startup hook only from the global namespace",
            ["Architecture/BadSample/BadSample.cs"] = "its two namespaces are the deliberately bad stages of DependencyRuleTests",
        });

    /// <summary>The folders directly under a project folder, build output left out, in ordinal order.</summary>
    public static IEnumerable<string> FoldersOf(string projectFolder) =>
        Directory.GetDirectories(projectFolder)
            .Select(folder => Path.GetFileName(folder))
            .Where(name => name is not ("bin" or "obj"))
            .Order(StringComparer.Ordinal);

    /// <summary>Every C# file under a project folder (build output left out), with the namespaces it declares.</summary>
    public static IEnumerable<TestFile> FilesOf(string projectFolder) =>
        Directory.EnumerateFiles(projectFolder, "*.cs", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(projectFolder, file).Replace('\\', '/'))
            .Where(path => !path.StartsWith("bin/", StringComparison.Ordinal) && !path.StartsWith("obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => new TestFile(path, [.. File.ReadAllLines(Path.Combine(projectFolder, path))
                .Select(line => Namespace().Match(line))
                .Where(match => match.Success)
                .Select(match => match.Groups[1].Value)]));

    /// <summary>The namespace a file in this folder must declare ("Cli/Serve" gives StaticKpi.Tests.Cli.Serve).</summary>
    public string NamespaceOf(string relativePath)
    {
        var folder = Path.GetDirectoryName(relativePath)!.Replace('\\', '/');
        return folder.Length == 0 ? Root : Root + "." + folder.Replace('/', '.');
    }

    /// <summary>Every breach of the rule, one line each: folders first, then files, each in ordinal order.</summary>
    public IReadOnlyList<string> Violations(IEnumerable<string> topFolders, IEnumerable<TestFile> files)
    {
        var allowed = SourceFolders.Concat(OtherFolders).ToHashSet(StringComparer.Ordinal);
        var folderViolations = topFolders
            .Where(folder => !allowed.Contains(folder))
            .Order(StringComparer.Ordinal)
            .Select(folder => $"{folder}/ mirrors no folder of src/StaticKpi: move its tests to the folder of the code they "
                + "test (Cli/ for the command line, EndToEnd/ for a suite over the whole pipeline).");
        var fileViolations = files
            .Where(file => !Exempt.ContainsKey(file.RelativePath))
            .Where(file => file.Namespaces is not [var declared] || declared != NamespaceOf(file.RelativePath))
            .OrderBy(file => file.RelativePath, StringComparer.Ordinal)
            .Select(file => $"{file.RelativePath} declares {Declared(file)}; its folder needs namespace {NamespaceOf(file.RelativePath)}.");
        return [.. folderViolations, .. fileViolations];
    }

    private static string Declared(TestFile file) => file.Namespaces switch
    {
        [] => "no namespace",
        [var one] => "namespace " + one,
        var several => "namespaces " + string.Join(", ", several),
    };

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*(?:;|\{|$)")]
    private static partial Regex Namespace();
}

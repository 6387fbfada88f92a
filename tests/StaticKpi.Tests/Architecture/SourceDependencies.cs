using System.Text.RegularExpressions;

namespace StaticKpi.Tests.Architecture;

/// <summary>
/// Which namespace names which in the source files: <c>using</c> lines and names qualified from the root
/// (<c>StaticKpi.Pages.SitePaths</c>), comments and string literals left out. It sees what the compiled assembly cannot (a <c>const</c>
/// the compiler copies into the caller); only the stage a name leads to is kept (<c>StaticKpi.Pages</c>).
/// </summary>
public static partial class SourceDependencies
{
    /// <summary>Every (file's namespace, named stage's namespace) pair in the C# files under a folder.</summary>
    public static IReadOnlySet<NamespaceEdge> Edges(string folder)
    {
        var edges = new HashSet<NamespaceEdge>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
        {
            var lines = File.ReadAllLines(file);
            var from = lines.Select(l => FileNamespace().Match(l)).FirstOrDefault(m => m.Success)?.Groups[1].Value;
            if (from is null)
            {
                continue;
            }

            foreach (var line in lines.Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)))
            {
                foreach (Match named in StageName().Matches(StringLiteral().Replace(line, "\"\"")))
                {
                    var to = "StaticKpi." + named.Groups[1].Value;
                    if (to != from)
                    {
                        edges.Add(new NamespaceEdge(from, to));
                    }
                }
            }
        }

        return edges;
    }

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;")]
    private static partial Regex FileNamespace();

    [GeneratedRegex(@"(?<![\w.])StaticKpi\.([A-Z]\w*)")]
    private static partial Regex StageName();

    [GeneratedRegex(@"""(?:[^""\\]|\\.)*""")]
    private static partial Regex StringLiteral();
}

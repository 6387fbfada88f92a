using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace StaticKpi.Tests.EndToEnd.Security.Fuzz;

/// <summary>
/// Mutated content that must not build, read from the final files (so a later mutation that undoes an earlier one is
/// judged by what is left): a second YAML document, an indicator whose id is not its file's number, a figure past the
/// 1e15 limit, a link out of the site. Each names the finding of issue 12 that requires the error.
/// </summary>
internal static partial class ExpectedFailures
{
    /// <summary>The keys whose value is a figure (<c>Model/ValueLimits</c>: nothing past 1e15).</summary>
    private static readonly HashSet<string> FigureKeys = ["value", "target", "min", "max", "baseline"];

    /// <summary>Deeper flow nesting than this is not loaded here (YamlDotNet recurses; the product must cope, the oracle need not).</summary>
    private const int DeepestLoaded = 1_500;

    /// <summary>Why the site must not build, or nothing when it may.</summary>
    public static IEnumerable<string> Of(FuzzSite site)
    {
        foreach (var (path, target) in site.Symlinks)
        {
            if (target.EndsWith("../" + Symlink.OutsideFile, StringComparison.Ordinal))
            {
                yield return $"{path} is a link out of the site (finding 2)";
            }
        }

        foreach (var path in site.Paths.Where(p => p.EndsWith(".yaml", StringComparison.Ordinal)))
        {
            if (site.Text(path) is not { } bytes || Load(FuzzSite.ToText(bytes)) is not { } stream)
            {
                continue;
            }

            var documents = stream.Documents.Where(d => d.RootNode is not YamlScalarNode { Value: "" or null }).ToList();
            if (documents.Count > 1)
            {
                yield return $"{path} holds {documents.Count} YAML documents (finding 13)";
            }

            if (documents.Count == 0 || documents[0].RootNode is not YamlMappingNode root)
            {
                continue;
            }

            if (path.StartsWith("content/indicators/", StringComparison.Ordinal)
                && FileNumber().Match(Path.GetFileName(path)) is { Success: true } number
                && root.Children.TryGetValue(new YamlScalarNode("id"), out var id) && id is YamlScalarNode { Value: { } idText }
                && int.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var idValue)
                && idValue != int.Parse(number.Groups[1].Value, CultureInfo.InvariantCulture))
            {
                yield return $"{path} has id {idValue}, not its file's number {number.Groups[1].Value} (finding 4)";
            }

            foreach (var figure in Figures(root, depth: 0, new HashSet<YamlNode>(ReferenceEqualityComparer.Instance)))
            {
                yield return $"{path}:{figure.Start.Line}: the figure {figure.Value} is past the 1e15 limit (finding 7)";
            }
        }
    }

    private static YamlStream? Load(string text)
    {
        if (FlowDepth(text) > DeepestLoaded)
        {
            return null;
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream;
        }
        catch (YamlDotNet.Core.YamlException)
        {
            return null;
        }
    }

    private static int FlowDepth(string text)
    {
        int depth = 0, deepest = 0;
        foreach (var c in text)
        {
            depth += c is '[' or '{' ? 1 : c is ']' or '}' ? -1 : 0;
            deepest = Math.Max(deepest, depth);
        }

        return deepest;
    }

    /// <summary>
    /// Scalars under a figure key whose number is beyond 1e15 (infinite included). Each node is visited once, so an
    /// alias bomb (the same node reached ten billion ways) costs no more than its text.
    /// </summary>
    private static IEnumerable<YamlScalarNode> Figures(YamlNode node, int depth, HashSet<YamlNode> seen)
    {
        if (depth > 20 || !seen.Add(node))
        {
            yield break;
        }

        switch (node)
        {
            case YamlMappingNode map:
                foreach (var (key, value) in map.Children)
                {
                    if (key is YamlScalarNode { Value: { } name } && FigureKeys.Contains(name) && value is YamlScalarNode { Value: { } text } scalar
                        && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && Math.Abs(number) > 1e15)
                    {
                        yield return scalar;
                    }

                    foreach (var inner in Figures(value, depth + 1, seen))
                    {
                        yield return inner;
                    }
                }

                break;
            case YamlSequenceNode list:
                foreach (var inner in list.Children.SelectMany(c => Figures(c, depth + 1, seen)))
                {
                    yield return inner;
                }

                break;
        }
    }

    [GeneratedRegex(@"^(\d+)-")]
    private static partial Regex FileNumber();
}

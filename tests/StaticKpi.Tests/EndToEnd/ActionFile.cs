using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace StaticKpi.Tests.EndToEnd;

/// <summary>The repository's action.yml (the reusable GitHub Action), read with YamlDotNet.</summary>
public static partial class ActionFile
{
    public static string FilePath => Path.Combine(RepoPaths.Root, "action.yml");

    public static YamlMappingNode Root { get; } = Load();

    public static YamlMappingNode Runs => (YamlMappingNode)Root.Children["runs"];

    public static IReadOnlyList<YamlMappingNode> Steps => [.. ((YamlSequenceNode)Runs.Children["steps"]).Children.Cast<YamlMappingNode>()];

    /// <summary>Each input's name and default, in the file's order.</summary>
    public static IReadOnlyList<(string Name, string? Default)> Inputs =>
        [.. ((YamlMappingNode)Root.Children["inputs"]).Children.Select(input =>
            (((YamlScalarNode)input.Key).Value!, Scalar((YamlMappingNode)input.Value, "default")))];

    public static YamlMappingNode Step(string name) => Steps.Single(step => Scalar(step, "name") == name);

    public static YamlMappingNode Uses(string action) => Steps.Single(step => Scalar(step, "uses") == action);

    public static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(key, out var value) ? ((YamlScalarNode)value).Value : null;

    /// <summary>A step's env: entries, in order.</summary>
    public static IReadOnlyList<(string Name, string Value)> Env(YamlMappingNode step) =>
        step.Children.TryGetValue("env", out var env)
            ? [.. ((YamlMappingNode)env).Children.Select(e => (((YamlScalarNode)e.Key).Value!, ((YamlScalarNode)e.Value).Value!))]
            : [];

    /// <summary>The input an env value passes on whole ('${{ inputs.source }}' gives "source"), or null for anything else.</summary>
    public static string? InputNamed(string value) => InputExpression().Match(value) is { Success: true } match ? match.Groups["name"].Value : null;

    private static YamlMappingNode Load()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(FilePath)));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    [GeneratedRegex(@"^\$\{\{ inputs\.(?<name>[a-z-]+) \}\}$")]
    private static partial Regex InputExpression();
}

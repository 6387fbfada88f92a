using YamlDotNet.RepresentationModel;

namespace StaticKpi.Content;

/// <summary>Renders a Markdown string held in a YAML field, reporting problems at the field's position.</summary>
internal static class MarkdownField
{
    public static string? Render(YamlMap map, string key)
    {
        var node = map.Node(key);
        var text = map.String(key);
        if (node is not YamlScalarNode scalar || string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var origin = map.LocationOf(node);
        // Block scalars ("|" or ">") start on the line after the indicator.
        if (scalar.Style is YamlDotNet.Core.ScalarStyle.Literal or YamlDotNet.Core.ScalarStyle.Folded)
        {
            origin = origin with { Line = origin.Line + 1 };
        }

        return MarkdownRenderer.Shared.Render(text, origin, map.Diagnostics);
    }
}

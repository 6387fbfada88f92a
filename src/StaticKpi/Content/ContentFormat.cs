using System.Globalization;
using System.Reflection;
using StaticKpi.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace StaticKpi.Content;

/// <summary>
/// Which version of the content format a site is written in: <c>format: 1</c> at the top of
/// <c>site.config.yaml</c>. A site without it was written before formats were numbered (format 0) and reads as the
/// current format; a site written for a newer format than this tool knows is refused, because its files may mean
/// something this version would silently get wrong. <c>statickpi migrate</c> (<c>Migration/</c>) upgrades a site.
/// </summary>
public static class ContentFormat
{
    /// <summary>The format this version of the tool reads and writes.</summary>
    public const int Current = 1;

    /// <summary>The format of a site whose <c>site.config.yaml</c> has no <c>format:</c>.</summary>
    public const int Unversioned = 0;

    public const string Key = "format";

    /// <summary>The tool's version as editors see it (0.1.0), without the build's source revision.</summary>
    public static string ToolVersion { get; } =
        (typeof(ContentFormat).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown")
        .Split('+')[0];

    /// <summary>
    /// The format <paramref name="root"/> (a parsed <c>site.config.yaml</c>) is written in: <see cref="Unversioned"/>
    /// without <c>format:</c>, or its number, which may be newer than <see cref="Current"/> (reported, SKPI041). Null
    /// when the value is not a format number (reported, SKPI012).
    /// </summary>
    public static int? Read(YamlMappingNode root, string file, DiagnosticBag diagnostics)
    {
        var (key, value) = root.Children.FirstOrDefault(pair => pair.Key is YamlScalarNode { Value: Key });
        if (key is null)
        {
            return Unversioned;
        }

        if (value is not YamlScalarNode { Value: { } text } || YamlMap.IsNull(value) ||
            !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var format) || format < 1)
        {
            diagnostics.Error(RuleIds.BadValue, YamlLocations.Of(value, file), $"'{Key}' is {Describe(value)}; it should be the number of the " +
                "content format the site is written in, a whole number from 1.",
                $"Write '{Key}: {Current}' for a site written for this statickpi ({ToolVersion}).");
            return null;
        }

        if (format > Current)
        {
            diagnostics.Error(RuleIds.NewerContentFormat, YamlLocations.Of(key, file), NewerMessage(format), NewerFix);
        }

        return format;
    }

    /// <summary>What SKPI041 says: both versions, and what to do.</summary>
    public static string NewerMessage(int format) =>
        $"This site is written for content format {format}; this statickpi ({ToolVersion}) reads formats up to {Current}: install a newer statickpi.";

    public const string NewerFix = "'dotnet tool update --global StaticKpi.Tool' installs the latest; then run the command again.";

    private static string Describe(YamlNode node) => node switch
    {
        _ when YamlMap.IsNull(node) => "empty",
        YamlScalarNode scalar => $"'{QuotedValue.Cut(scalar.Value)}'",
        YamlSequenceNode => "a list",
        _ => "a set of fields",
    };
}

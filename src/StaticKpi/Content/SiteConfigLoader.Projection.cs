using StaticKpi.Diagnostics;
using StaticKpi.Model;

namespace StaticKpi.Content;

/// <summary>The <c>projection</c> section of <c>site.config.yaml</c>: whether and from how many values charts project.</summary>
public static partial class SiteConfigLoader
{
    public static readonly string[] ProjectionKeys = ["enabled", "minimum_values"];

    private static ProjectionSettings? ReadProjection(YamlMap site)
    {
        var map = site.Map("projection", ProjectionKeys);
        if (map is null)
        {
            return null;
        }

        var minimum = map.Int("minimum_values") ?? ProjectionSettings.FewestValues;
        if (minimum is < ProjectionSettings.FewestValues or > ProjectionSettings.MostValues)
        {
            map.Diagnostics.Error(RuleIds.BadValue, map.LocationOf("minimum_values"),
                $"minimum_values is {minimum}; a projection is drawn from {ProjectionSettings.FewestValues} to {ProjectionSettings.MostValues} " +
                "consecutive values.",
                $"Use a number from {ProjectionSettings.FewestValues} to {ProjectionSettings.MostValues}, or 'enabled: false' to draw no " +
                "projections.");
            minimum = Math.Clamp(minimum, ProjectionSettings.FewestValues, ProjectionSettings.MostValues);
        }

        return new ProjectionSettings(map.Bool("enabled") ?? true, minimum);
    }
}

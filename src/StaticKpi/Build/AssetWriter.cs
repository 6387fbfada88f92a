using StaticKpi.Output;
using StaticKpi.Render;

namespace StaticKpi.Build;

/// <summary>Copies the theme's static assets (CSS, scripts, icons) into the output.</summary>
internal static class AssetWriter
{
    /// <returns>Each asset's theme path mapped to the path it was written at.</returns>
    public static IReadOnlyDictionary<string, string> Write(Theme theme, StagedOutput output)
    {
        var written = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in theme.AssetPaths())
        {
            var bytes = theme.ReadBytes(path)!;
            output.WriteBytes(path, bytes);
            written[path] = path;
        }

        return written;
    }
}

using System.Security.Cryptography;
using StaticKpi.Output;
using StaticKpi.Render;

namespace StaticKpi.Build;

/// <summary>
/// Copies the theme's static assets (CSS, scripts, icons) into the output under fingerprinted names:
/// <c>assets/site.css</c> is written as <c>assets/site.&lt;first 8 hex digits of its SHA-256&gt;.css</c>. A changed
/// file gets a new name, so hosts can let browsers cache everything under <c>assets/</c> for a year.
/// </summary>
internal static class AssetWriter
{
    /// <summary>How many hex digits of the SHA-256 go into a name: 32 bits, plenty to tell a theme's versions apart.</summary>
    public const int FingerprintLength = 8;

    /// <returns>Each asset's theme path mapped to the path it was written at.</returns>
    public static IReadOnlyDictionary<string, string> Write(Theme theme, ISiteOutput output)
    {
        var written = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in theme.AssetPaths())
        {
            var bytes = theme.ReadBytes(path)!;
            var fingerprinted = Fingerprinted(path, bytes);
            output.WriteBytes(fingerprinted, bytes);
            written[path] = fingerprinted;
        }

        return written;
    }

    /// <summary>
    /// The assets as the pages of a language in a folder link to them, written once at the site root: each path is
    /// preceded by the way up from the folder (<paramref name="upToRoot"/>, "../" from <c>cy/</c>).
    /// </summary>
    public static IReadOnlyDictionary<string, string> Under(string upToRoot, IReadOnlyDictionary<string, string> written) =>
        upToRoot.Length == 0 ? written : written.ToDictionary(a => a.Key, a => upToRoot + a.Value, StringComparer.Ordinal);

    /// <summary>
    /// The name an asset is written at: the fingerprint goes before the last extension
    /// (<c>vendor/plotly-basic-2.28.0.min.js</c> becomes <c>vendor/plotly-basic-2.28.0.min.1a2b3c4d.js</c>).
    /// </summary>
    public static string Fingerprinted(string path, byte[] bytes)
    {
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(bytes))[..FingerprintLength];
        var slash = path.LastIndexOf('/');
        var dot = path.LastIndexOf('.');
        return dot > slash + 1
            ? $"{path[..dot]}.{fingerprint}{path[dot..]}"
            : $"{path}.{fingerprint}";
    }
}

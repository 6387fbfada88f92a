using System.Reflection;

namespace StaticKpi.Render;

/// <summary>
/// The files of a theme, looked up Hugo-style: the site's own <c>themes/&lt;name&gt;/</c> folder first, then
/// the default theme built into this library. A site overrides any layout, partial or asset by placing a
/// file with the same relative path in its theme folder.
/// </summary>
public sealed class Theme
{
    private const string ResourcePrefix = "theme/";
    private static readonly Assembly Library = typeof(Theme).Assembly;

    private readonly string? _siteThemeDirectory;

    public Theme(string? siteThemeDirectory)
    {
        _siteThemeDirectory = siteThemeDirectory is not null && Directory.Exists(siteThemeDirectory) ? siteThemeDirectory : null;
    }

    /// <summary>Reads a theme file such as <c>layouts/report.html</c>; null when neither theme has it.</summary>
    public string? ReadText(string relativePath)
    {
        var bytes = ReadBytes(relativePath);
        return bytes is null ? null : System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
    }

    public byte[]? ReadBytes(string relativePath)
    {
        if (_siteThemeDirectory is not null)
        {
            var path = Path.Combine(_siteThemeDirectory, relativePath);
            if (File.Exists(path))
            {
                return File.ReadAllBytes(path);
            }
        }

        using var stream = Library.GetManifestResourceStream(ResourcePrefix + relativePath);
        if (stream is null)
        {
            return null;
        }

        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    /// <summary>Where a theme file comes from, for error messages.</summary>
    public string Describe(string relativePath) =>
        _siteThemeDirectory is not null && File.Exists(Path.Combine(_siteThemeDirectory, relativePath))
            ? Path.Combine(_siteThemeDirectory, relativePath)
            : $"default theme: {relativePath}";

    /// <summary>Relative paths of every file under <c>assets/</c> in either theme, site files winning, in ordinal order.</summary>
    public IReadOnlyList<string> AssetPaths()
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var name in Library.GetManifestResourceNames())
        {
            if (name.StartsWith(ResourcePrefix + "assets/", StringComparison.Ordinal))
            {
                paths.Add(name[ResourcePrefix.Length..]);
            }
        }

        if (_siteThemeDirectory is not null && Directory.Exists(Path.Combine(_siteThemeDirectory, "assets")))
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(_siteThemeDirectory, "assets"), "*", SearchOption.AllDirectories))
            {
                paths.Add(Path.GetRelativePath(_siteThemeDirectory, file).Replace('\\', '/'));
            }
        }

        return [.. paths];
    }
}

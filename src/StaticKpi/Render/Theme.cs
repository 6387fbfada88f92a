using System.Reflection;
using StaticKpi.Content;
using StaticKpi.Localisation;

namespace StaticKpi.Render;

/// <summary>
/// The files of a theme, looked up Hugo-style: the site's own <c>themes/&lt;name&gt;/</c> folder first, then
/// the default theme built into this library. A site overrides any layout, partial or asset by placing a
/// file with the same relative path in its theme folder.
/// </summary>
public sealed class Theme : IThemeStrings
{
    private const string ResourcePrefix = "theme/";
    private static readonly Assembly Library = typeof(Theme).Assembly;

    private readonly string? _siteThemeDirectory;

    /// <summary>
    /// The site theme's readable files by relative path (with '/'), listed once through <see cref="SiteFolder"/>: a
    /// symbolic link that leads outside the site folder (or a file too large) is left out, so it is never read; the
    /// content stage reports it (<see cref="SiteSources"/>), and a build stops before it gets here.
    /// </summary>
    private readonly Dictionary<string, string> _siteFiles = new(StringComparer.Ordinal);

    /// <param name="siteThemeDirectory">The site's <c>themes/&lt;name&gt;</c> folder; null or absent for the default theme alone.</param>
    /// <param name="siteDirectory">The site folder no link may lead out of; by default the folder that holds <c>themes/</c>.</param>
    public Theme(string? siteThemeDirectory, string? siteDirectory = null)
    {
        if (siteThemeDirectory is null || !Directory.Exists(siteThemeDirectory))
        {
            return;
        }

        var themeDirectory = Path.GetFullPath(siteThemeDirectory);
        var site = siteDirectory ?? Path.GetDirectoryName(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(themeDirectory)))!;
        var folder = new SiteFolder(site);
        var relativeTheme = Path.GetRelativePath(site, themeDirectory).Replace('\\', '/');
        _siteThemeDirectory = themeDirectory;
        foreach (var file in folder.FindFiles(relativeTheme, "*"))
        {
            if (file is { Problem: null, PhysicalPath: { } physical })
            {
                _siteFiles[file.RelativePath[(relativeTheme.Length + 1)..]] = physical;
            }
        }
    }

    /// <summary>Reads a theme file such as <c>layouts/report.html</c>; null when neither theme has it.</summary>
    public string? ReadText(string relativePath)
    {
        var bytes = ReadBytes(relativePath);
        return bytes is null ? null : Decoded(bytes);
    }

    public byte[]? ReadBytes(string relativePath) =>
        _siteFiles.TryGetValue(relativePath, out var path) ? File.ReadAllBytes(path) : ReadDefaultBytes(relativePath);

    /// <summary>
    /// The site theme's own copy of a file and the default theme's, each null where absent: for files merged key by
    /// key (the strings files, <c>i18n/&lt;lang&gt;.yaml</c>) rather than replaced whole.
    /// </summary>
    public (string? Site, string? Default) ReadBothTexts(string relativePath) =>
        (_siteFiles.TryGetValue(relativePath, out var path) ? Decoded(File.ReadAllBytes(path)) : null,
            ReadDefaultBytes(relativePath) is { } bytes ? Decoded(bytes) : null);

    private static string Decoded(byte[] bytes) => System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');

    private static byte[]? ReadDefaultBytes(string relativePath)
    {
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
        _siteThemeDirectory is not null && _siteFiles.ContainsKey(relativePath)
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

        foreach (var path in _siteFiles.Keys.Where(p => p.StartsWith("assets/", StringComparison.Ordinal)))
        {
            paths.Add(path);
        }

        return [.. paths];
    }
}

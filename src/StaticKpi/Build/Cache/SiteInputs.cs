using StaticKpi.Content;
using StaticKpi.Output;

namespace StaticKpi.Build.Cache;

/// <summary>
/// The files a build reads, each stamped (<see cref="FileStamp"/>): site.config.yaml, every file in the three content
/// folders (those a load ignores too, since they give warnings), every file of the theme and of the site's assets/
/// folder (its branding). Listed as a load lists
/// them (<see cref="SiteFolder"/>), so a link that leads outside the site is never read here either: it is stamped
/// with its problem instead, and the build that follows reports it.
/// </summary>
internal static class SiteInputs
{
    private static readonly string[] ContentFolders = [ContentLoader.IndicatorsFolder, ContentLoader.ReportsFolder, ContentLoader.CommentaryFolder];

    /// <summary>The configuration and every file of the content folders, listed (not read).</summary>
    public static IReadOnlyList<SiteFile> ListContent(string sourceDirectory)
    {
        var folder = new SiteFolder(sourceDirectory);
        var lists = new IReadOnlyList<SiteFile>[ContentFolders.Length];
        Parallel.For(0, lists.Length, i => lists[i] = folder.FindFiles(ContentFolders[i], "*"));
        return [.. lists.SelectMany(l => l).Prepend(folder.File(SiteConfigLoader.FileName)).OfType<SiteFile>()];
    }

    /// <param name="content">The listing of <see cref="ListContent"/>, when already made.</param>
    /// <param name="known">The stamps of the last build: a file whose length and time have not changed is not read again.</param>
    public static Dictionary<string, FileStamp> Stamp(string sourceDirectory, string theme, IReadOnlyDictionary<string, FileStamp>? known,
        IReadOnlyList<SiteFile>? content = null)
    {
        var folder = new SiteFolder(sourceDirectory);
        var themeFiles = folder.FindFiles(SiteSources.ThemesFolder + "/" + theme, "*");
        // The branding's logo, favicon and stylesheet are in the site's assets/ folder, and on every page.
        var brandFiles = folder.FindFiles(SiteConfigLoader.BrandFolder, "*");
        var files = (content ?? ListContent(sourceDirectory)).Concat(themeFiles).Concat(brandFiles).ToList();
        var stamps = new FileStamp[files.Count];
        Parallel.For(0, files.Count, i => stamps[i] = StampOf(files[i], known?.GetValueOrDefault(files[i].RelativePath)));
        var byPath = new Dictionary<string, FileStamp>(files.Count, StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            byPath[files[i].RelativePath] = stamps[i];
        }

        return byPath;
    }

    /// <summary>
    /// The key of everything but the content: the tool, the build's options, the configuration and the theme's files.
    /// A change to any of them can change every page, so the site is then built whole.
    /// </summary>
    public static string SiteKey(IReadOnlyDictionary<string, FileStamp> stamps, string toolVersion, bool strict, string theme) =>
        ContentHash.OfParts([
            "format " + BuildCacheManifest.CurrentFormat, "tool " + toolVersion, strict ? "strict" : "not strict", "theme " + theme,
            .. stamps.Where(s => !IsContent(s.Key)).OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => s.Key + " " + s.Value.Hash),
        ]);

    /// <summary>The key of every content file's path and bytes: equal keys, equal content.</summary>
    public static string ContentKey(IReadOnlyDictionary<string, FileStamp> stamps) =>
        ContentHash.OfParts(stamps.Where(s => IsContent(s.Key)).OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => s.Key + " " + s.Value.Hash));

    private static bool IsContent(string path) => ContentFolders.Any(f => path.StartsWith(f + "/", StringComparison.Ordinal));

    /// <summary>A readable file's stamp; a file that cannot be read is stamped with its problem, which no real file's hash equals.</summary>
    private static FileStamp StampOf(SiteFile file, FileStamp? known) =>
        file is { Problem: null, PhysicalPath: { } physical } && FileStamp.Of(physical, known) is { } stamp
            ? stamp
            : new FileStamp(-1, 0, "unreadable " + (file.Problem?.Message ?? ""));
}

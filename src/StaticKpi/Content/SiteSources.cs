using System.Collections.Concurrent;
using StaticKpi.Diagnostics;
using StaticKpi.Model;

namespace StaticKpi.Content;

/// <summary>One content file as loaded: what it parsed to (null when it had errors) and the diagnostics loading it gave.</summary>
public sealed record LoadedFile<T>(T? Value, IReadOnlyList<Diagnostic> Diagnostics)
    where T : class
{
    /// <summary>The file's path relative to the site folder.</summary>
    public string File { get; init; } = "";
}

/// <summary>
/// Every content file of a site as loaded, each kept with its own diagnostics, before the checks across files. Kept
/// between builds by the preview, so that after an edit to a commentary file only that file is read and parsed again
/// and <see cref="Assemble"/> repeats the checks across files: the diagnostics are then exactly those of loading the
/// whole site again. <see cref="ContentLoader.Load"/> is <see cref="Load"/> followed by <see cref="Assemble"/>.
/// </summary>
public sealed class SiteSources
{
    /// <summary>The folder holding a site's own themes, each in a folder named as <c>theme</c> in site.config.yaml.</summary>
    public const string ThemesFolder = "themes";

    private readonly SiteFolder _folder;
    private readonly LoadedFile<SiteConfig> _config;
    private readonly List<Diagnostic> _themeProblems;
    private readonly List<LoadedFile<Indicator>> _indicators;
    private readonly List<LoadedFile<Report>> _reports;

    /// <summary>By path relative to the site folder, in the order a whole load reads them (which decides duplicates).</summary>
    private readonly SortedDictionary<string, LoadedFile<Commentary>> _commentaries;

    /// <summary>Files in the commentary folder that are not read because of their names (<see cref="CommentaryFileNames"/>).</summary>
    private readonly SortedSet<string> _ignoredCommentary;

    private readonly HashSet<int> _unloadedIndicatorIds;
    private readonly List<string> _unloadedReportFiles;

    private SiteSources(SiteFolder folder, LoadedFile<SiteConfig> config, List<LoadedFile<Indicator>> indicators,
        SortedDictionary<string, LoadedFile<Commentary>> commentaries, List<LoadedFile<Report>> reports, List<Diagnostic> themeProblems,
        IEnumerable<string>? ignoredCommentary = null)
    {
        ignoredCommentary ??= IgnoredCommentaryAt(folder, ContentLoader.CommentaryFolder);
        _ignoredCommentary = new SortedSet<string>(ignoredCommentary, StringComparer.Ordinal);
        _folder = folder;
        _config = config;
        _indicators = indicators;
        _commentaries = commentaries;
        _reports = reports;
        _themeProblems = themeProblems;
        _unloadedIndicatorIds = IdsOfUnloadedIndicators(indicators);
        _unloadedReportFiles = [.. reports.Where(f => f.Value is null).Select(f => f.File)];
    }

    /// <summary>The site folder the files were loaded from.</summary>
    public string SourceDirectory => _folder.Root;

    /// <summary>The site's configuration, or null when site.config.yaml is missing or has errors (nothing else is then loaded).</summary>
    public SiteConfig? Config => _config.Value;

    /// <summary>Reads and parses every content file of the site, in parallel.</summary>
    /// <param name="cache">
    /// Commentary files as loaded by earlier builds: a file with the same path and bytes is taken from it rather than
    /// parsed, and every file parsed is added to it. The result is the same with or without it.
    /// </param>
    public static SiteSources Load(string sourceDirectory, ParsedCommentaryCache? cache = null)
    {
        var folder = new SiteFolder(sourceDirectory);
        var configFile = folder.File(SiteConfigLoader.FileName);
        if (configFile is null)
        {
            var missing = new Diagnostic(Severity.Error, RuleIds.FileError, SourceLocation.FileOnly(SiteConfigLoader.FileName),
                $"There is no {SiteConfigLoader.FileName} in '{Path.GetFullPath(sourceDirectory)}'.",
                "Run the command from your site's folder or pass --source with the folder that holds site.config.yaml.");
            return new SiteSources(folder, new LoadedFile<SiteConfig>(null, [missing]), [], new(StringComparer.Ordinal), [], []);
        }

        var config = Loaded(diagnostics => configFile.ReadText(diagnostics) is { } text
            ? SiteConfigLoader.Load(text, SiteConfigLoader.FileName, diagnostics)
            : null);
        if (config.Value is not { } loaded)
        {
            return new SiteSources(folder, config, [], new(StringComparer.Ordinal), [], []);
        }

        // The three folders are loaded, and the theme and the commentary folder's other files listed, at the same time
        // rather than one after the other: listing a folder is serial (the commentary folder, thousands of files, is
        // listed twice), and this way one core lists while another parses instead of waiting at the end of each
        // folder. Each fills its own variable, the files keyed and ordered by path, and every file keeps its own
        // diagnostics, so nothing depends on which finishes first.
        SortedDictionary<string, LoadedFile<Indicator>> indicators = [];
        SortedDictionary<string, LoadedFile<Commentary>> commentaries = [];
        SortedDictionary<string, LoadedFile<Report>> reports = [];
        List<Diagnostic> themeProblems = [];
        List<string> ignoredCommentary = [];
        Parallel.Invoke(
            () => ignoredCommentary = [.. IgnoredCommentaryAt(folder, ContentLoader.CommentaryFolder)],
            () => commentaries = LoadAll(folder, ContentLoader.CommentaryFolder, "*.md", file => LoadCommentary(file, loaded, cache)),
            () => indicators = LoadAll(folder, ContentLoader.IndicatorsFolder, "*.yaml",
                file => Parsed(file, (text, diagnostics) => IndicatorLoader.Load(text, file.RelativePath, loaded, diagnostics))),
            () => reports = LoadAll(folder, ContentLoader.ReportsFolder, "*.yaml",
                file => Parsed(file, (text, diagnostics) => ReportLoader.Load(text, file.RelativePath, loaded, diagnostics))),
            () => themeProblems = [.. ThemeProblems(folder, loaded.Theme), .. BrandingFiles.Problems(folder, loaded.Branding)]);
        return new SiteSources(folder, config, [.. indicators.Values], new(commentaries, StringComparer.Ordinal), [.. reports.Values],
            themeProblems, ignoredCommentary);
    }

    /// <summary>
    /// Links in the site's theme folder that lead outside the site: reported with the content's problems, so that
    /// <c>validate</c> finds them too and a build stops before any theme file is read (<see cref="Render.Theme"/> also
    /// never reads one).
    /// </summary>
    private static List<Diagnostic> ThemeProblems(SiteFolder folder, string theme) =>
        [.. folder.FindFiles(ThemesFolder + "/" + theme, "*").Select(f => f.Problem).OfType<Diagnostic>()];

    /// <summary>Every commentary file as loaded, ordered by path.</summary>
    internal IEnumerable<LoadedFile<Commentary>> Commentaries => _commentaries.Values;

    /// <summary>Indicators whose own file had errors: what refers to them is not reported again.</summary>
    public IReadOnlySet<int> UnloadedIndicatorIds => _unloadedIndicatorIds;

    /// <summary>Report files (relative paths) that had errors: the pages they would make are unknown.</summary>
    public IReadOnlyList<string> UnloadedReportFiles => _unloadedReportFiles;

    /// <summary>
    /// Adds every file's diagnostics and those of the checks across files (duplicate ids, unknown indicators, missing
    /// values) to <paramref name="diagnostics"/>, and returns the site, or null when any error was reported. The
    /// checks against the pages a build writes come after this stage (<c>Build/CheckedContent</c>).
    /// </summary>
    public Site? Assemble(DiagnosticBag diagnostics)
    {
        var site = AssembleDespiteErrors(diagnostics);
        return diagnostics.HasErrors ? null : site;
    }

    /// <summary>
    /// As <see cref="Assemble"/>, but returns the site made of the files that loaded even when errors were reported (null
    /// only when the configuration did not load), so that the checks after this stage can still report on it.
    /// </summary>
    public Site? AssembleDespiteErrors(DiagnosticBag diagnostics)
    {
        diagnostics.AddRange(_config.Diagnostics);
        if (_config.Value is not { } config)
        {
            return null;
        }

        diagnostics.AddRange(_themeProblems);
        diagnostics.AddRange(_ignoredCommentary.Select(CommentaryFileNames.Ignored));

        return new SiteAssembler(config, diagnostics, _unloadedIndicatorIds, _unloadedReportFiles)
            .Assemble(Values(_indicators, diagnostics), Values(_commentaries.Values, diagnostics), Values(_reports, diagnostics));
    }

    /// <summary>
    /// The file (relative path) that an indicator, report or commentary of this load was read from; null for anything
    /// else. The build cache keys the pages made from a value by the bytes of its file.
    /// </summary>
    public string? FileOf(object value)
    {
        _filesOfValues ??= FilesOfValues();
        return _filesOfValues.GetValueOrDefault(value);
    }

    private Dictionary<object, string>? _filesOfValues;

    private Dictionary<object, string> FilesOfValues()
    {
        var files = new Dictionary<object, string>(ReferenceEqualityComparer.Instance);
        AddFiles(files, _indicators);
        AddFiles(files, _reports);
        AddFiles(files, _commentaries.Values);
        return files;
    }

    private static void AddFiles<T>(Dictionary<object, string> files, IEnumerable<LoadedFile<T>> loaded)
        where T : class
    {
        foreach (var file in loaded)
        {
            if (file.Value is { } value)
            {
                files.TryAdd(value, file.File);
            }
        }
    }

    /// <summary>Whether a path (relative to the site folder, with '/') is in the commentary folder or is that folder.</summary>
    public static bool IsCommentary(string relativePath) =>
        relativePath == ContentLoader.CommentaryFolder || relativePath.StartsWith(ContentLoader.CommentaryFolder + "/", StringComparison.Ordinal);

    /// <summary>
    /// Reads again what is now at a changed path in the commentary folder: a file that was changed, created or deleted,
    /// or a folder that was created, deleted or renamed (everything below it). Only the files a whole load would read
    /// (<c>*.md</c>) are loaded; anything else there changes no page, but is warned about as a whole load would
    /// (<see cref="CommentaryFileNames"/>; an editor's swap or backup file is not).
    /// </summary>
    /// <returns>The indicator and period of every commentary the path held before and holds now.</returns>
    public IReadOnlyList<(int IndicatorId, Period Period)> ReloadCommentary(string relativePath)
    {
        if (!IsCommentary(relativePath) || _config.Value is not { } config)
        {
            throw new ArgumentException($"'{relativePath}' is not in {ContentLoader.CommentaryFolder}/, or the site has no configuration.",
                nameof(relativePath));
        }

        _filesOfValues = null;
        var keys = new List<(int, Period)>();
        var below = relativePath + "/";
        foreach (var file in _commentaries.Keys.Where(k => k == relativePath || k.StartsWith(below, StringComparison.Ordinal)).ToList())
        {
            if (_commentaries[file].Value is { } old)
            {
                keys.Add((old.IndicatorId, old.Period));
            }

            _commentaries.Remove(file);
        }

        _ignoredCommentary.RemoveWhere(f => f == relativePath || f.StartsWith(below, StringComparison.Ordinal));
        _ignoredCommentary.UnionWith(IgnoredCommentaryAt(_folder, relativePath));
        foreach (var found in CommentaryFilesAt(relativePath))
        {
            var file = found.RelativePath;
            if (found.Problem is null && !File.Exists(found.PhysicalPath))
            {
                continue; // deleted since it was listed: the watcher reports the deletion next
            }

            var loaded = LoadCommentary(found, config, cache: null);
            _commentaries[file] = loaded;
            if (loaded.Value is { } commentary)
            {
                keys.Add((commentary.IndicatorId, commentary.Period));
            }
        }

        return keys;
    }

    /// <summary>The files a whole load would read at this path: the file itself, or every one below the folder.</summary>
    private IReadOnlyList<SiteFile> CommentaryFilesAt(string relativePath)
    {
        if (_folder.IsFolder(relativePath))
        {
            return _folder.FindFiles(relativePath, "*.md");
        }

        // Listed through its folder with the same pattern as a whole load, so that exactly the same names match; a
        // link that leads outside the site is listed whatever its name, as a whole load lists it.
        var slash = relativePath.LastIndexOf('/');
        return slash < 0
            ? []
            : [.. _folder.FindFiles(relativePath[..slash], "*.md", recursive: false).Where(f => f.RelativePath == relativePath)];
    }

    /// <summary>
    /// The files at a path in the commentary folder (the file itself, or every one below the folder) that are not read
    /// because of their names. Links that lead outside the site are left out: they are never read, whatever their name.
    /// </summary>
    private static IEnumerable<string> IgnoredCommentaryAt(SiteFolder folder, string relativePath)
    {
        if (!IsCommentary(relativePath))
        {
            return [];
        }

        var slash = relativePath.LastIndexOf('/');
        var files = folder.IsFolder(relativePath)
            ? folder.FindFiles(relativePath, "*")
            : folder.FindFiles(relativePath[..slash], "*", recursive: false).Where(f => f.RelativePath == relativePath);
        return files.Where(f => f.Problem is null && CommentaryFileNames.IsIgnoredByMistake(f.RelativePath)).Select(f => f.RelativePath);
    }

    /// <summary>
    /// One commentary file: taken from the cache when it holds the file's path and bytes, else parsed (and added to it).
    /// Its path names the indicator (the folder) and the period (the name), unless front matter says otherwise.
    /// </summary>
    private static LoadedFile<Commentary> LoadCommentary(SiteFile file, SiteConfig config, ParsedCommentaryCache? cache)
    {
        // A translation (2024-25-q3.cy.md) is marked with its language after parsing, so the cache keeps one kind of entry.
        var (stem, language) = CommentaryFileNames.StemAndLanguage(Path.GetFileNameWithoutExtension(file.RelativePath), config);
        var loaded = LoadCommentary(file, stem, config, cache);
        return language is null || loaded.Value is null ? loaded : loaded with { Value = loaded.Value with { Language = language } };
    }

    private static LoadedFile<Commentary> LoadCommentary(SiteFile file, string stem, SiteConfig config, ParsedCommentaryCache? cache)
    {
        var path = file.RelativePath;
        Commentary? Parse(string text, DiagnosticBag diagnostics) =>
            CommentaryLoader.Load(text, path, Path.GetFileName(Path.GetDirectoryName(path)!), stem, config, diagnostics);

        if (cache is null)
        {
            return Parsed(file, Parse);
        }

        var unread = new DiagnosticBag();
        if (file.ReadBytes(unread) is not { } bytes)
        {
            return new LoadedFile<Commentary>(null, unread.ToList()) { File = path };
        }

        if (cache.TryGet(path, bytes, out var cached))
        {
            return cached;
        }

        var loaded = Loaded(diagnostics => Parse(SiteFile.Decode(bytes), diagnostics), path);
        cache.Add(path, bytes, loaded);
        return loaded;
    }

    /// <summary>A file read as text and parsed, with the diagnostics of both.</summary>
    private static LoadedFile<T> Parsed<T>(SiteFile file, Func<string, DiagnosticBag, T?> parse)
        where T : class =>
        Loaded(diagnostics => file.ReadText(diagnostics) is { } text ? parse(text, diagnostics) : null, file.RelativePath);

    private static List<T> Values<T>(IEnumerable<LoadedFile<T>> files, DiagnosticBag diagnostics)
        where T : class
    {
        var values = new List<T>();
        foreach (var file in files)
        {
            diagnostics.AddRange(file.Diagnostics);
            if (file.Value is not null)
            {
                values.Add(file.Value);
            }
        }

        return values;
    }

    private static LoadedFile<T> Loaded<T>(Func<DiagnosticBag, T?> parse, string file = SiteConfigLoader.FileName)
        where T : class
    {
        var diagnostics = new DiagnosticBag();
        var value = parse(diagnostics);
        return new LoadedFile<T>(value, diagnostics.ToList()) { File = file };
    }

    /// <summary>
    /// Ids of indicator files that had errors, judged from their names ("182-foi.yaml"), so that one typo is
    /// reported once and not again by every commentary and report that mentions the indicator.
    /// </summary>
    private static HashSet<int> IdsOfUnloadedIndicators(IReadOnlyList<LoadedFile<Indicator>> files)
    {
        var loadedIds = files.Select(f => f.Value?.Id).OfType<int>().ToHashSet();
        return [.. files
            .Where(f => f.Value is null)
            .Select(f => IndicatorLoader.IdInFileName(f.File))
            .OfType<int>()
            .Where(id => !loadedIds.Contains(id))];
    }

    /// <summary>Reads and parses every matching file in parallel; the results are keyed and ordered by relative path.</summary>
    private static SortedDictionary<string, LoadedFile<T>> LoadAll<T>(SiteFolder folder, string path, string pattern,
        Func<SiteFile, LoadedFile<T>> load)
        where T : class
    {
        var results = new SortedDictionary<string, LoadedFile<T>>(StringComparer.Ordinal);
        var files = folder.FindFiles(path, pattern);
        var loaded = new ConcurrentBag<(string File, LoadedFile<T> Loaded)>();
        Parallel.For(0, files.Count, i => loaded.Add((files[i].RelativePath, load(files[i]))));
        foreach (var (file, result) in loaded)
        {
            results[file] = result;
        }

        return results;
    }
}

using System.Diagnostics;
using StaticKpi.Content;
using StaticKpi.Model;
using StaticKpi.OpenData;
using StaticKpi.Output;

namespace StaticKpi.Build.Cache;

/// <summary>
/// The persistent build cache of one output folder, kept in a hidden folder beside it (<see cref="FolderBeside"/>):
/// a manifest of the last successful build (<see cref="BuildCacheManifest"/>), with the output folder itself holding
/// the files. With it a build that finds no input changed and the output as it was left returns at once, and a build
/// after a change to some content renders only the page groups whose inputs changed and updates the output in place
/// (<see cref="IncrementalOutput"/>). A change to the tool, the options, the configuration or the theme builds the
/// whole site, as without a cache. Deleting the folder is always safe: the next build is a whole one. A build holds
/// the cache's lock from start to end, so two builds of the same output run one after the other.
/// </summary>
internal sealed class BuildCache : IDisposable
{
    private const string ManifestName = "manifest.json";
    private const string CommentaryName = "commentary.json";
    private const string LockName = "lock";

    /// <summary>How long a build waits for another build of the same output to finish before it gives up.</summary>
    private static readonly TimeSpan LockWait = TimeSpan.FromMinutes(10);

    private readonly string _directory;
    private readonly FolderLock _lock;
    private readonly string _toolVersion;
    private readonly bool _strict;
    private Dictionary<string, FileStamp>? _inputs;
    private string? _stampedTheme;
    private (string Directory, ExistingOutput? Output)? _existing;

    private BuildCache(string directory, FolderLock held, string toolVersion, bool strict)
    {
        _directory = directory;
        _lock = held;
        _toolVersion = toolVersion;
        _strict = strict;
    }

    /// <summary>The tool's version and build: the assembly's version and the id the compiler gives each build of it.</summary>
    public static string CurrentToolVersion { get; } =
        typeof(BuildCache).Assembly.GetName().Version + " " + typeof(BuildCache).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>The last successful build's manifest; null when there is none or it could not be used.</summary>
    public BuildCacheManifest? Previous
    {
        get
        {
            if (!_previousRead)
            {
                _previous = BuildCacheManifest.Read(Path.Combine(_directory, ManifestName));
                _previousRead = true;
            }

            return _previous;
        }
    }

    private BuildCacheManifest? _previous;
    private bool _previousRead;

    /// <summary>
    /// Parsed commentary kept from earlier builds (<see cref="ParsedCommentaryCache"/>), for the load, keyed by the tool
    /// and the configuration (which loading a commentary file reads): null when there is no configuration to read.
    /// </summary>
    public ParsedCommentaryCache? Commentary(string sourceDirectory)
    {
        if (new SiteFolder(sourceDirectory).File(SiteConfigLoader.FileName) is not { Problem: null, PhysicalPath: { } config }
            || ContentHash.OfFile(config) is not { } configuration)
        {
            return null;
        }

        _commentary = ParsedCommentaryCache.Open(Path.Combine(_directory, CommentaryName), ContentHash.OfParts([_toolVersion, configuration]));
        return _commentary;
    }

    private ParsedCommentaryCache? _commentary;
    private Task? _commentarySaved;

    /// <summary>
    /// Writes the parsed commentary of this load back to the cache (megabytes of JSON, when anything changed) on a
    /// thread of its own while the build goes on; waited for when the cache is closed. Kept even if the build then fails:
    /// each entry is what parsing its file gives, whatever becomes of the build.
    /// </summary>
    public void SaveCommentaryMeanwhile()
    {
        if (_commentary is { } commentary)
        {
            _commentarySaved = Task.Factory.StartNew(commentary.Save, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            // Let go of its entries (one per commentary file) as soon as they are written, rather than at the end of the build.
            _commentary = null;
        }
    }

    /// <summary>The key of the tool, options, configuration and theme, once the inputs are stamped.</summary>
    public string? SiteKey { get; private set; }

    /// <summary>The key of every content file, once the inputs are stamped.</summary>
    public string? ContentKey { get; private set; }

    /// <summary>Every input file's stamp, once stamped.</summary>
    public IReadOnlyDictionary<string, FileStamp> Inputs => _inputs ?? throw new InvalidOperationException("The inputs are not stamped yet.");

    /// <summary>The cache folder for an output folder: hidden, beside it, named after it.</summary>
    public static string FolderBeside(string outputDirectory)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        return Path.Combine(Path.GetDirectoryName(output)!, "." + Path.GetFileName(output) + ".statickpi-cache");
    }

    /// <summary>Opens (or makes) the cache folder and takes its lock, waiting while another build holds it.</summary>
    /// <exception cref="IOException">The folder cannot be made, or another build held it for longer than ten minutes.</exception>
    public static BuildCache Open(string directory, string toolVersion, bool strict)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, LockName);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            // The lock file is made by the build that holds it, or left by one that was killed (then taken over).
            var held = FolderLock.TryCreate(path) ?? (FolderLock.Probe(path, out var taken) == LockState.Taken ? taken : null);
            if (held is not null)
            {
                // With the lock held no other build writes here: a temporary file is a killed build's half-written one.
                foreach (var temporary in Directory.EnumerateFiles(directory, "*.tmp"))
                {
                    File.Delete(temporary);
                }

                return new BuildCache(directory, held, toolVersion, strict);
            }

            if (clock.Elapsed >= LockWait)
            {
                throw new IOException($"Another build of this output has held its build cache ({directory}) for ten minutes.");
            }

            Thread.Sleep(50);
        }
    }

    /// <summary>
    /// The last build's result, when no input has changed since and the output holds exactly what that build wrote;
    /// otherwise null, and the build goes on (with the inputs already stamped).
    /// </summary>
    public CachedResult? Unchanged(string sourceDirectory, string outputDirectory)
    {
        // The manifest, the output folder and the content folders are each a few hundred milliseconds to read on a
        // council-size site: read at the same time, and only then compared.
        IReadOnlyList<(string Path, long Length, long Modified)>? outputFiles = null;
        IReadOnlyList<SiteFile>? contentFiles = null;
        Parallel.Invoke(
            () => _ = Previous,
            () => outputFiles = ExistingOutput.ListIfOutput(outputDirectory),
            () => contentFiles = SiteInputs.ListContent(sourceDirectory));
        if (Previous is null)
        {
            return null;
        }

        StampInputs(sourceDirectory, Previous.Theme, contentFiles);
        _existing = (outputDirectory, ExistingOutput.Stamped(outputDirectory, outputFiles, Previous.Outputs));
        return SiteKey == Previous.SiteKey && ContentKey == Previous.ContentKey && Existing(outputDirectory) is { } output
               && output.IsExactly(Previous.Outputs)
            ? Previous.Result
            : null;
    }

    /// <summary>Stamps every input file, for the theme the configuration names (again only if it names another).</summary>
    /// <param name="content">The content folders' listing, when already made.</param>
    public void StampInputs(string sourceDirectory, string theme, IReadOnlyList<SiteFile>? content = null)
    {
        if (_stampedTheme == theme)
        {
            return;
        }

        _inputs = SiteInputs.Stamp(sourceDirectory, theme, Previous?.Inputs, content);
        SiteKey = SiteInputs.SiteKey(_inputs, _toolVersion, _strict, theme);
        ContentKey = SiteInputs.ContentKey(_inputs);
        _stampedTheme = theme;
    }

    /// <summary>
    /// The output folder to update in place: the last build's, when it was built with the same tool, options,
    /// configuration and theme; null when the whole site must be built.
    /// </summary>
    public ExistingOutput? UpdatableOutput(string outputDirectory) =>
        Previous is not null && Previous.SiteKey == SiteKey ? Existing(outputDirectory) : null;

    /// <summary>The record of which page groups this build can keep: each language's groups are added to it (<see cref="Keys"/>).</summary>
    public PageGroupMemo Memo(IncrementalOutput? output) => new(Previous, output);

    /// <summary>The keys of one language's page groups.</summary>
    /// <param name="local">The site projected into the language, which its plan was made from.</param>
    /// <param name="data">The language's open data.</param>
    public PageGroupKeys Keys(Site local, Site loaded, SiteLanguage language, SiteSources sources, OpenDataFiles data) =>
        new(local, loaded, language, sources, data, Inputs, SiteKey!);

    /// <summary>Records a successful build. A cache that cannot be written only makes the next build slower: nothing is reported.</summary>
    public void Save(BuildResult result, string theme, IReadOnlyDictionary<string, FileStamp> outputs, PageGroupMemo memo)
    {
        var manifest = new BuildCacheManifest
        {
            SiteKey = SiteKey!,
            ContentKey = ContentKey!,
            Theme = theme,
            Inputs = new Dictionary<string, FileStamp>(Inputs, StringComparer.Ordinal),
            Outputs = new Dictionary<string, FileStamp>(outputs, StringComparer.Ordinal),
            Groups = memo.Groups,
            Result = new CachedResult([.. result.Diagnostics], result.PagesWritten, result.FilesWritten,
                new Dictionary<Rating, int>(result.RatingCounts), memo.Count),
        };
        try
        {
            manifest.Write(Path.Combine(_directory, ManifestName));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The next build finds the old manifest, or none, and builds more than it needed to.
        }
    }

    public void Dispose()
    {
        try
        {
            _commentarySaved?.GetAwaiter().GetResult();
        }
        finally
        {
            _lock.Dispose();
        }
    }

    /// <summary>The output folder's files, read once per build.</summary>
    private ExistingOutput? Existing(string outputDirectory)
    {
        if (_existing is not { } read || read.Directory != outputDirectory)
        {
            read = (outputDirectory, ExistingOutput.Read(outputDirectory, Previous?.Outputs ?? new Dictionary<string, FileStamp>()));
            _existing = read;
        }

        return read.Output;
    }
}

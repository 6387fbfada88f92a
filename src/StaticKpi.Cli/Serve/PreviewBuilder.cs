using StaticKpi.Build;
using StaticKpi.Diagnostics;
using StaticKpi.Output;

namespace StaticKpi.Cli.Serve;

/// <summary>
/// What the preview shows: the folder of the latest good build (null before the first one) and, when the latest
/// build failed, its errors. <see cref="Version"/> changes with every build, so open pages can tell they are stale.
/// </summary>
public sealed record PreviewState(string Version, string? SiteDirectory, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Failed => Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>
/// Builds the site for the preview. It is given the files that changed since the last build so that
/// <see cref="IncrementalPreviewBuilder"/> can rebuild only what depends on them; <see cref="FullPreviewBuilder"/>
/// rebuilds everything.
/// </summary>
public interface IPreviewBuilder : IDisposable
{
    /// <param name="changedFiles">Paths relative to the site folder; empty for the first build.</param>
    PreviewBuildResult Build(IReadOnlyCollection<string> changedFiles);
}

/// <param name="SiteDirectory">Where the new site is; null when the build failed.</param>
/// <param name="Result">The build's diagnostics and counts; <see cref="BuildResult.Incremental"/> when only some pages were rebuilt.</param>
public sealed record PreviewBuildResult(string? SiteDirectory, BuildResult Result);

/// <summary>
/// Rebuilds the whole site into a new numbered folder each time, so pages being served from the previous build
/// are never half replaced. Only the newest two builds are kept; the folder is deleted on dispose. While it exists the
/// folder is locked (<see cref="PreviewFolders"/>), and folders beside it left by previews that were killed are
/// deleted when it is made.
/// </summary>
public sealed class FullPreviewBuilder : IPreviewBuilder
{
    private readonly Func<string, BuildResult> _build;
    private readonly string _outputRoot;
    private readonly FolderLock _lock;
    private int _generation;

    public FullPreviewBuilder(string sourceDirectory, string outputRoot)
        : this(outputRoot, output => SiteBuild.Run(new BuildOptions(sourceDirectory, output)))
    {
    }

    /// <param name="build">Builds the whole site into the folder it is given.</param>
    internal FullPreviewBuilder(string outputRoot, Func<string, BuildResult> build)
    {
        _build = build;
        _outputRoot = outputRoot;
        Directory.CreateDirectory(outputRoot);
        _lock = PreviewFolders.Claim(outputRoot);
        PreviewFolders.RemoveAbandoned(outputRoot);
    }

    public PreviewBuildResult Build(IReadOnlyCollection<string> changedFiles)
    {
        var generation = ++_generation;
        var output = Path.Combine(_outputRoot, generation.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var result = _build(output);
        if (!result.Succeeded)
        {
            return new PreviewBuildResult(null, result);
        }

        DeleteBuildsBefore(generation - 1);
        return new PreviewBuildResult(output, result);
    }

    public void Dispose()
    {
        TryDelete(_outputRoot);
        _lock.Dispose();
        // Windows could not delete the locked file, so the folder goes once the lock is released.
        TryDelete(_outputRoot);
    }

    /// <summary>The build before the new one stays: a request may still be reading from it.</summary>
    private void DeleteBuildsBefore(int keep)
    {
        foreach (var directory in Directory.EnumerateDirectories(_outputRoot))
        {
            if (int.TryParse(Path.GetFileName(directory), out var number) && number < keep)
            {
                TryDelete(directory);
            }
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // Left for the next clean-up; the preview does not depend on it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>
/// Rebuilds only the pages that show the commentary that changed, replacing their files in the folder being served
/// (<see cref="IncrementalBuild"/>); any other change, and the first build, is a whole build into a new numbered
/// folder, as <see cref="FullPreviewBuilder"/> does.
/// </summary>
public sealed class IncrementalPreviewBuilder : IPreviewBuilder
{
    private readonly IncrementalBuild _build;
    private readonly FullPreviewBuilder _full;

    public IncrementalPreviewBuilder(string sourceDirectory, string outputRoot)
    {
        _build = new IncrementalBuild(sourceDirectory);
        _full = new FullPreviewBuilder(outputRoot, output => _build.Full(output));
    }

    public PreviewBuildResult Build(IReadOnlyCollection<string> changedFiles)
    {
        if (!_build.CanUpdate(changedFiles))
        {
            return _full.Build(changedFiles);
        }

        var result = _build.Update(changedFiles);
        return new PreviewBuildResult(result.Succeeded ? _build.SiteDirectory : null, result);
    }

    public void Dispose() => _full.Dispose();
}

using StaticKpi.Output;

namespace StaticKpi.Build;

/// <summary>
/// Where one build writes: a new folder staged and swapped in whole (<see cref="StagedOutput"/>, its files hashed for
/// the build cache when there is one), or the existing folder brought up to date in place
/// (<see cref="IncrementalOutput"/>), when the build cache shows only some content changed.
/// </summary>
internal sealed class BuildOutput : IDisposable
{
    private readonly string _directory;
    private readonly StagedOutput? _staged;
    private readonly HashingOutput? _hashing;

    private BuildOutput(string directory, ISiteOutput writer, StagedOutput? staged, HashingOutput? hashing, IncrementalOutput? inPlace)
    {
        _directory = directory;
        Writer = writer;
        _staged = staged;
        _hashing = hashing;
        InPlace = inPlace;
    }

    /// <summary>What the stages write their files to.</summary>
    public ISiteOutput Writer { get; }

    /// <summary>The folder updated in place; null for a staged folder.</summary>
    public IncrementalOutput? InPlace { get; }

    /// <summary>Every file of the new site, whether written or kept.</summary>
    public int FilesWritten => InPlace?.Produced.Count ?? _staged!.FilesWritten;

    /// <summary>Where the old site was left when it could not be deleted after the swap (see <see cref="StagedOutput.OldSiteLeftAt"/>).</summary>
    public string? OldSiteLeftAt => _staged?.OldSiteLeftAt;

    public static BuildOutput InPlaceOf(ExistingOutput existing)
    {
        var inPlace = new IncrementalOutput(existing);
        return new BuildOutput(existing.Directory, inPlace, null, null, inPlace);
    }

    /// <param name="hashed">Whether to hash every file for the build cache.</param>
    public static BuildOutput StagedAt(string outputDirectory, bool hashed)
    {
        var staged = new StagedOutput(outputDirectory);
        var hashing = hashed ? new HashingOutput(staged) : null;
        return new BuildOutput(outputDirectory, (ISiteOutput?)hashing ?? staged, staged, hashing, null);
    }

    public void Commit()
    {
        if (InPlace is not null)
        {
            InPlace.Commit();
        }
        else
        {
            _staged!.Commit();
        }
    }

    /// <summary>The stamp of every file of the new site once committed, for the build cache.</summary>
    public IReadOnlyDictionary<string, FileStamp> Stamps() =>
        InPlace?.Stamps() ?? _hashing?.Stamps(_directory) ?? throw new InvalidOperationException("This output's files were not hashed.");

    public void Dispose()
    {
        InPlace?.Dispose();
        _staged?.Dispose();
    }
}

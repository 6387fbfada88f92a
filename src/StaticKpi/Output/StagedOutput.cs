using System.Collections.Concurrent;
using StaticKpi.Files;

namespace StaticKpi.Output;

/// <summary>
/// Writes a new site beside the old one and swaps it in only when every file is written, so a failed
/// build never leaves a half-written or missing site. Pages can be written from several threads.
/// A file whose bytes are the same as in the site being replaced is not written again: the old file is hard-linked
/// into the new site (or copied, where links are not supported) and keeps its modification time, so a rebuild
/// writes and deletes only what changed, and tools that compare times (rsync, deploy steps, the preview) see only
/// the pages that really changed.
/// <para>
/// While it runs, the build holds the lock beside its staging folder (<see cref="BuildFolders"/>, <see cref="FolderLock"/>),
/// so that the next build can tell the folders of a killed build from those of a running one
/// (<see cref="StaleOutputs"/>). The site is marked (<see cref="OutputMarker"/>) just before the swap, which is atomic
/// where the system allows (<see cref="DirectorySwap"/>); an existing folder is replaced only when it is marked as a
/// previous StaticKpi output or is empty.
/// </para>
/// </summary>
public sealed class StagedOutput : ISiteOutput, IDisposable
{
    private readonly string _outputDirectory;
    private readonly string _stagingDirectory;
    private readonly BuildFolders _build;
    private readonly FolderLock _lock;
    private readonly bool _hasPrevious;
    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
    private int _filesWritten;
    private bool _committed;

    public StagedOutput(string outputDirectory)
    {
        // The folder itself, not a link to it: a link to the output keeps pointing at the new site.
        _outputDirectory = Path.TrimEndingDirectorySeparator(PhysicalPath.Of(outputDirectory));
        if (PhysicalPath.IsRoot(_outputDirectory))
        {
            throw new IOException($"The output folder {_outputDirectory} is the root of a file system, which a build never replaces.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(_outputDirectory)!);
        (_build, _lock) = BuildFolders.Claim(_outputDirectory);
        // A hidden sibling on the same volume, so the final swap is a rename rather than a copy.
        _stagingDirectory = _build.Staging;
        try
        {
            Directory.CreateDirectory(_stagingDirectory);
        }
        catch
        {
            _lock.Dispose();
            throw;
        }

        _folders.TryAdd(_stagingDirectory, 0);
        _hasPrevious = Directory.Exists(_outputDirectory);
    }

    /// <summary>For tests: replaces the deletion of the old site after the swap (run as root, no permission stops it).</summary>
    internal static AsyncLocal<Action<string>?> DeleteOldSiteForTests { get; } = new();

    /// <summary>Every file of the new site, including those kept from the old one (not the output marker).</summary>
    public int FilesWritten => _filesWritten;

    /// <summary>
    /// Set by <see cref="Commit"/> when the new site is in place but the old one could not be deleted: where what is
    /// left of the old site is, for the editor to delete (the next build also tries again).
    /// </summary>
    public string? OldSiteLeftAt { get; private set; }

    public void WriteBytes(string relativePath, byte[] bytes) => WriteBytes(relativePath, bytes.AsSpan());

    public void WriteBytes(string relativePath, ReadOnlySpan<byte> bytes)
    {
        var path = Path.Combine(_stagingDirectory, relativePath);
        var folder = Path.GetDirectoryName(path)!;
        if (!_folders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            _folders.TryAdd(folder, 0);
        }

        // An unchanged file is kept from the site being replaced (hard-linked, not written again).
        if (!_hasPrevious || !TryKeepUnchanged(Path.Combine(_outputDirectory, relativePath), path, bytes))
        {
            OutputFiles.WriteNew(path, bytes);
        }

        Interlocked.Increment(ref _filesWritten);
    }

    /// <summary>
    /// Marks the staged site complete and puts it in place of the output folder, then deletes the old site. Once the
    /// new site is in place the commit has succeeded: an old site that cannot be deleted is left at
    /// <see cref="OldSiteLeftAt"/>, not an error.
    /// </summary>
    /// <exception cref="IOException">The output folder changed during the build into one that must not be replaced, or
    /// the swap failed (the old site is then still in place).</exception>
    public void Commit()
    {
        // Checked again here, not only before the build: the folder may have changed while the build ran.
        if (Directory.Exists(_outputDirectory) && !OutputMarker.IsIn(_outputDirectory)
            && Directory.EnumerateFileSystemEntries(_outputDirectory).Any())
        {
            throw new IOException($"The output folder {_outputDirectory} is not empty and was not written by StaticKpi (it has no " +
                $"{OutputMarker.FileName} file), so the build did not replace it.");
        }

        // Like any unchanged file, the marker is kept from the old site, so a rebuild of the same content changes nothing.
        var marker = Path.Combine(_stagingDirectory, OutputMarker.FileName);
        if (!_hasPrevious || !TryKeepUnchanged(Path.Combine(_outputDirectory, OutputMarker.FileName), marker, OutputMarker.Bytes))
        {
            OutputFiles.WriteNew(marker, OutputMarker.Bytes);
        }

        if (!Directory.Exists(_outputDirectory))
        {
            Directory.Move(_stagingDirectory, _outputDirectory);
            _committed = true;
            return;
        }

        var old = DirectorySwap.Replace(_stagingDirectory, _outputDirectory, _build.Previous);
        _committed = true;
        try
        {
            if (DeleteOldSiteForTests.Value is { } delete)
            {
                delete(old);
            }
            else
            {
                Directory.Delete(old, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            OldSiteLeftAt = old;
        }
    }

    /// <summary>Without a commit the staged files are thrown away and the old site stays as it was; the lock is released.</summary>
    public void Dispose()
    {
        try
        {
            if (!_committed)
            {
                DeleteIfExists(_stagingDirectory);
            }
        }
        finally
        {
            _lock.Dispose();
        }
    }

    /// <summary>
    /// When the old site has a file with exactly these bytes, puts that file (not a copy of the bytes) at
    /// <paramref name="path"/>: a hard link, which the swap at <see cref="Commit"/> leaves as the only name of the file.
    /// </summary>
    private static bool TryKeepUnchanged(string previousPath, string path, ReadOnlySpan<byte> bytes)
    {
        // SameBytes is false for a missing file or one of another length, so no separate look at the old file first.
        if (!OutputFiles.SameBytes(previousPath, bytes))
        {
            return false;
        }

        if (HardLinks.TryCreate(previousPath, path))
        {
            return true;
        }

        // No hard links here (some network and FAT file systems): write the bytes, but keep the old time.
        OutputFiles.WriteNew(path, bytes);
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(previousPath));
        return true;
    }

    private static void DeleteIfExists(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}

using System.Collections.Concurrent;
using System.Text;

namespace StaticKpi.Output;

/// <summary>
/// Writes a new site beside the old one and swaps it in only when every file is written, so a failed
/// build never leaves a half-written or missing site. Pages can be written from several threads.
/// A file whose bytes are the same as in the site being replaced is not written again: the old file is hard-linked
/// into the new site (or copied, where links are not supported) and keeps its modification time, so a rebuild
/// writes and deletes only what changed, and tools that compare times (rsync, deploy steps, the preview) see only
/// the pages that really changed.
/// </summary>
public sealed class StagedOutput : ISiteOutput, IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _outputDirectory;
    private readonly string _stagingDirectory;
    private readonly bool _hasPrevious;
    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
    private int _filesWritten;
    private int _filesReused;
    private bool _committed;

    public StagedOutput(string outputDirectory)
    {
        _outputDirectory = Path.GetFullPath(outputDirectory.TrimEnd('/', '\\'));
        var parent = Path.GetDirectoryName(_outputDirectory) ?? ".";
        Directory.CreateDirectory(parent);
        // A hidden sibling on the same volume, so the final swap is a rename rather than a copy.
        _stagingDirectory = Path.Combine(parent, $".{Path.GetFileName(_outputDirectory)}.staging-{Environment.ProcessId}");
        DeleteIfExists(_stagingDirectory);
        Directory.CreateDirectory(_stagingDirectory);
        _folders.TryAdd(_stagingDirectory, 0);
        _hasPrevious = Directory.Exists(_outputDirectory);
    }

    /// <summary>Every file of the new site, including those kept from the old one.</summary>
    public int FilesWritten => _filesWritten;

    /// <summary>How many of <see cref="FilesWritten"/> were unchanged and kept from the site being replaced.</summary>
    public int FilesReused => _filesReused;

    public void WriteText(string relativePath, string text) => WriteBytes(relativePath, Utf8NoBom.GetBytes(text));

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

        if (_hasPrevious && TryKeepUnchanged(Path.Combine(_outputDirectory, relativePath), path, bytes))
        {
            Interlocked.Increment(ref _filesReused);
        }
        else
        {
            OutputFiles.WriteNew(path, bytes);
        }

        Interlocked.Increment(ref _filesWritten);
    }

    /// <summary>Replaces the output folder with the staged one.</summary>
    public void Commit()
    {
        var previous = _outputDirectory + $".previous-{Environment.ProcessId}";
        DeleteIfExists(previous);
        if (Directory.Exists(_outputDirectory))
        {
            Directory.Move(_outputDirectory, previous);
        }

        Directory.Move(_stagingDirectory, _outputDirectory);
        _committed = true;
        DeleteIfExists(previous);
    }

    /// <summary>Without a commit the staged files are thrown away and the old site stays as it was.</summary>
    public void Dispose()
    {
        if (!_committed)
        {
            DeleteIfExists(_stagingDirectory);
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

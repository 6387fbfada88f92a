using System.Collections.Concurrent;

namespace StaticKpi.Output;

/// <summary>
/// Brings an existing output folder up to date with a new build, for builds that the build cache shows change few
/// files: a file whose bytes are already there is left alone (its time kept), a changed or new file is written into
/// the build's staging folder, and only at <see cref="Commit"/> are the staged files renamed into place and the files
/// the new site no longer has deleted. A build that fails before the commit leaves the old site untouched; the commit
/// itself is one rename per changed file, each atomic, so a reader sees every page whole, old or new. Whole-site
/// changes go through <see cref="StagedOutput"/>, which swaps in a complete new folder instead.
/// </summary>
public sealed class IncrementalOutput : ISiteOutput, IDisposable
{
    private readonly ExistingOutput _existing;
    private readonly BuildFolders _build;
    private readonly FolderLock _lock;
    private readonly ConcurrentDictionary<string, string> _produced = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _staged = new();
    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
    private bool _committed;

    public IncrementalOutput(ExistingOutput existing)
    {
        _existing = existing;
        (_build, _lock) = BuildFolders.Claim(existing.Directory);
    }

    /// <summary>Every file of the new site (written or kept), by relative path, with the hash of its bytes.</summary>
    public IReadOnlyDictionary<string, string> Produced => _produced;

    /// <summary>How many files were new or changed.</summary>
    public int Changed => _staged.Count;

    public void WriteBytes(string relativePath, ReadOnlySpan<byte> bytes)
    {
        var hash = ContentHash.Of(bytes);
        _produced[relativePath] = hash;
        if (_existing.Holds(relativePath, hash))
        {
            return;
        }

        var path = Path.Combine(_build.Staging, relativePath);
        var folder = Path.GetDirectoryName(path)!;
        // Made before it is remembered: a thread that finds it remembered may write into it at once.
        if (!_folders.ContainsKey(folder))
        {
            System.IO.Directory.CreateDirectory(folder);
            _folders.TryAdd(folder, 0);
        }

        OutputFiles.WriteNew(path, bytes);
        _staged.Enqueue(relativePath);
    }

    /// <summary>Whether the old site has the file at <paramref name="relativePath"/> with the bytes of this hash.</summary>
    public bool Holds(string relativePath, string hash) => _existing.Holds(relativePath, hash);

    /// <summary>Keeps a file of the old site as it is, unread: the caller knows its bytes are the new site's.</summary>
    public void Keep(string relativePath, string hash)
    {
        if (!_existing.Holds(relativePath, hash))
        {
            throw new InvalidOperationException($"The output has no file {relativePath} with these bytes to keep.");
        }

        _produced[relativePath] = hash;
    }

    /// <summary>Moves the new and changed files into place, then deletes the files (and folders) the new site has not.</summary>
    public void Commit()
    {
        var root = _existing.Directory;
        foreach (var relativePath in _staged.Order(StringComparer.Ordinal))
        {
            var target = Path.Combine(root, relativePath);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(Path.Combine(_build.Staging, relativePath), target, overwrite: true);
        }

        var emptied = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var gone in _existing.Files.Keys.Where(p => !_produced.ContainsKey(p)))
        {
            File.Delete(Path.Combine(root, gone));
            emptied.Add(Path.GetDirectoryName(Path.Combine(root, gone))!);
        }

        // Deepest first, so that a folder emptied by deleting its only subfolder goes too.
        foreach (var folder in emptied.Reverse())
        {
            DeleteEmptyUpTo(folder, root);
        }

        if (!OutputMarker.IsIn(root))
        {
            File.WriteAllBytes(Path.Combine(root, OutputMarker.FileName), OutputMarker.Bytes.ToArray());
        }

        _committed = true;
        DeleteIfExists(_build.Staging);
    }

    /// <summary>The stamp of every file of the new site, once committed: a kept file's is the old one, unread.</summary>
    public IReadOnlyDictionary<string, FileStamp> Stamps()
    {
        var staged = _staged.ToHashSet(StringComparer.Ordinal);
        var stamps = new Dictionary<string, FileStamp>(_produced.Count, StringComparer.Ordinal);
        foreach (var (path, hash) in _produced)
        {
            if (!staged.Contains(path))
            {
                stamps[path] = _existing.Files[path];
                continue;
            }

            var info = new FileInfo(Path.Combine(_existing.Directory, path));
            stamps[path] = new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks, hash);
        }

        return stamps;
    }

    public void Dispose()
    {
        try
        {
            if (!_committed)
            {
                DeleteIfExists(_build.Staging);
            }
        }
        finally
        {
            _lock.Dispose();
        }
    }

    private static void DeleteEmptyUpTo(string folder, string root)
    {
        while (folder.Length > root.Length && System.IO.Directory.Exists(folder) && !System.IO.Directory.EnumerateFileSystemEntries(folder).Any())
        {
            System.IO.Directory.Delete(folder);
            folder = Path.GetDirectoryName(folder)!;
        }
    }

    private static void DeleteIfExists(string directory)
    {
        if (System.IO.Directory.Exists(directory))
        {
            System.IO.Directory.Delete(directory, recursive: true);
        }
    }
}

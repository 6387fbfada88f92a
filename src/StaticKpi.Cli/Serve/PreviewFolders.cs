using StaticKpi.Output;

namespace StaticKpi.Cli.Serve;

/// <summary>
/// The preview's own folder of builds, and clearing up the folders of previews that were killed. A running preview
/// holds a lock file at the top of its folder (<see cref="FolderLock"/>), so a folder beside it whose lock can be
/// taken belongs to a preview that has ended, however it ended (Ctrl+C deletes the folder; a kill cannot), and is
/// deleted when the next preview starts. Only folders that hold such a lock file are touched: a folder without one
/// may be anything (the parent need not be the temporary folder), or a preview of an earlier version still running.
/// </summary>
internal static class PreviewFolders
{
    /// <summary>The lock file inside a preview's folder, beside the numbered builds.</summary>
    public const string LockName = ".statickpi-serve.lock";

    /// <summary>Locks <paramref name="outputRoot"/> for this preview; a lock left by a killed preview is taken over.</summary>
    /// <exception cref="IOException">
    /// Another running preview uses the folder, or it holds files but is not a preview's folder: the preview deletes
    /// its folder when it stops, so it must never be given someone else's.
    /// </exception>
    public static FolderLock Claim(string outputRoot)
    {
        var path = Path.Combine(outputRoot, LockName);
        if (!File.Exists(path) && Directory.EnumerateFileSystemEntries(outputRoot).Any())
        {
            throw new IOException($"The preview's folder {outputRoot} is not empty and is not a preview's folder, so the preview will not use it.");
        }

        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (FolderLock.TryCreate(path) is { } created)
            {
                return created;
            }

            if (FolderLock.Probe(path, out var taken) == LockState.Held)
            {
                break;
            }

            // Left by a preview that has ended: release it (which deletes it) and make our own.
            taken?.Dispose();
        }

        throw new IOException($"Another preview is using {outputRoot}.");
    }

    /// <summary>Deletes the folders beside <paramref name="outputRoot"/> that belong to previews that have ended.</summary>
    /// <returns>How many were deleted.</returns>
    public static int RemoveAbandoned(string outputRoot)
    {
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputRoot)));
        if (parent is null || !Directory.Exists(parent))
        {
            return 0;
        }

        var own = Path.GetFileName(Path.TrimEndingDirectorySeparator(outputRoot));
        var removed = 0;
        foreach (var folder in Directory.EnumerateDirectories(parent))
        {
            if (Path.GetFileName(folder) == own || new DirectoryInfo(folder).LinkTarget is not null)
            {
                continue;
            }

            var abandoned = FolderLock.Probe(Path.Combine(folder, LockName), out var taken) == LockState.Taken;
            using (taken)
            {
                if (abandoned && TryDelete(folder))
                {
                    removed++;
                }
            }

            // Windows keeps a locked file (and so its folder) until the lock is released.
            if (abandoned && Directory.Exists(folder))
            {
                TryDelete(folder);
            }
        }

        return removed;
    }

    private static bool TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left for the next preview's clean-up.
            return false;
        }
    }
}

namespace StaticKpi.Output;

/// <summary>
/// Clears up after builds that were killed: run at the start of every build of an output, before anything else is
/// written. A build's folders (<see cref="BuildFolders"/>) are left alone while its lock is held; otherwise the build
/// has ended, and:
/// <list type="bullet">
/// <item>if the output folder is missing (killed between the two renames of the fallback swap, or just before the
/// first build's rename), its staging folder, when it holds the output marker (written only once the site is complete),
/// is moved into the output path: the new site; failing that, its previous folder is moved back: the old site;</item>
/// <item>then its staging and previous folders and its lock file are deleted.</item>
/// </list>
/// Nothing here throws for a folder that cannot be moved or deleted: it is left for the next build.
/// </summary>
internal static class StaleOutputs
{
    /// <returns>How many dead builds' folders were dealt with.</returns>
    public static int Clean(string outputDirectory)
    {
        var output = Path.TrimEndingDirectorySeparator(outputDirectory);
        var cleaned = 0;
        foreach (var id in BuildFolders.IdsBeside(output))
        {
            var folders = new BuildFolders(output, id);
            var state = FolderLock.Probe(folders.Lock, out var taken);
            if (state == LockState.Held)
            {
                continue;
            }

            using (taken)
            {
                Recover(folders);
                TryDelete(folders.Staging);
                TryDelete(folders.Previous);
                if (taken is null)
                {
                    TryDeleteFile(folders.Lock);
                }
            }

            cleaned++;
        }

        return cleaned;
    }

    private static void Recover(BuildFolders folders)
    {
        if (Path.Exists(folders.Output))
        {
            return;
        }

        try
        {
            if (Directory.Exists(folders.Staging) && OutputMarker.IsIn(folders.Staging))
            {
                Directory.Move(folders.Staging, folders.Output);
            }
            else if (Directory.Exists(folders.Previous))
            {
                Directory.Move(folders.Previous, folders.Output);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The build goes on and writes a new site; the folder is tried again next time.
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
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }

    private static void TryDeleteFile(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }
}

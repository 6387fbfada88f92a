namespace StaticKpi.Import;

/// <summary>
/// Replaces several files so that either all of them change or none does: every new file is written beside its
/// target first, then each is swapped in by a rename; if a swap fails, the ones already swapped are put back.
/// </summary>
public static class AtomicFileSet
{
    /// <exception cref="FileSetWriteException">A file could not be written or swapped in; no file was changed.</exception>
    public static void Write(IReadOnlyList<(string Path, byte[] Bytes)> files)
    {
        // A random part in the names, and CreateNew: a file or link planted at a predictable temporary name is never
        // written through, and two imports never share a temporary file.
        var suffix = $".import-{Environment.ProcessId}-{Path.GetRandomFileName()}";
        var staged = new List<(string Target, string Temp, string Backup)>();
        var current = "";
        try
        {
            foreach (var (path, bytes) in files)
            {
                current = path;
                var directory = Path.GetDirectoryName(path)!;
                var name = Path.GetFileName(path);
                var temp = Path.Combine(directory, $".{name}{suffix}.tmp");
                using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    staged.Add((path, temp, Path.Combine(directory, $".{name}{suffix}.bak")));
                    stream.Write(bytes);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            DeleteAll(staged.Select(s => s.Temp));
            throw new FileSetWriteException(current, ex);
        }

        var swapped = new List<(string Target, string Temp, string Backup)>();
        try
        {
            foreach (var file in staged)
            {
                current = file.Target;
                File.Replace(file.Temp, file.Target, file.Backup);
                swapped.Add(file);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            foreach (var file in swapped)
            {
                File.Move(file.Backup, file.Target, overwrite: true);
            }

            DeleteAll(staged.Select(s => s.Temp));
            throw new FileSetWriteException(current, ex);
        }

        DeleteAll(staged.Select(s => s.Backup));
    }

    private static void DeleteAll(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            try
            {
                File.Delete(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A leftover temporary file is harmless; the import's outcome is already decided.
            }
        }
    }
}

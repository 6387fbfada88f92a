namespace StaticKpi.Import;

/// <summary>
/// Replaces several files so that either all of them change or none does: every new file is written beside its
/// target first, then each is swapped in by a rename; if a swap fails, the ones already swapped are put back.
/// </summary>
public static class AtomicFileSet
{
    public static void Write(IReadOnlyList<(string Path, byte[] Bytes)> files)
    {
        var suffix = $".import-{Environment.ProcessId}";
        var staged = new List<(string Target, string Temp, string Backup)>();
        try
        {
            foreach (var (path, bytes) in files)
            {
                var directory = Path.GetDirectoryName(path)!;
                var name = Path.GetFileName(path);
                var temp = Path.Combine(directory, $".{name}{suffix}.tmp");
                staged.Add((path, temp, Path.Combine(directory, $".{name}{suffix}.bak")));
                File.WriteAllBytes(temp, bytes);
            }
        }
        catch
        {
            DeleteAll(staged.Select(s => s.Temp));
            throw;
        }

        var swapped = new List<(string Target, string Temp, string Backup)>();
        try
        {
            foreach (var file in staged)
            {
                File.Replace(file.Temp, file.Target, file.Backup);
                swapped.Add(file);
            }
        }
        catch
        {
            foreach (var file in swapped)
            {
                File.Move(file.Backup, file.Target, overwrite: true);
            }

            DeleteAll(staged.Select(s => s.Temp));
            throw;
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
            catch (IOException)
            {
                // A leftover temporary file is harmless; the import's outcome is already decided.
            }
        }
    }
}

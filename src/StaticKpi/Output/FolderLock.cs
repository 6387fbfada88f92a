namespace StaticKpi.Output;

/// <summary>What <see cref="FolderLock.Probe"/> found.</summary>
public enum LockState
{
    /// <summary>There is no lock file: whatever it guarded belongs to no running process.</summary>
    Missing,

    /// <summary>A running process holds the lock.</summary>
    Held,

    /// <summary>The lock file was left by a process that has ended; the caller now holds it.</summary>
    Taken,
}

/// <summary>
/// An exclusive lock on a small file, held by a running build (or preview) for as long as its folders exist. It is
/// opened with <see cref="FileShare.None"/>, which .NET turns into flock(2) on Linux and macOS and a share lock on
/// Windows: the operating system releases it when the process ends, however it ends. So a folder whose lock can be
/// taken belongs to no live process, which a process id cannot tell (ids are reused, and a killed build's id may
/// belong to another program by the time anyone looks). The file is deleted while the lock is held, on release.
/// </summary>
public sealed class FolderLock : IDisposable
{
    private readonly FileStream _stream;
    private int _released;

    private FolderLock(FileStream stream, string path)
    {
        _stream = stream;
        Path = path;
    }

    public string Path { get; }

    /// <summary>Creates the lock file and holds it; null when it exists already or another process got in first.</summary>
    public static FolderLock? TryCreate(string path)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
        }
        catch (IOException)
        {
            return null;
        }

        // A process cleaning up may have opened the new file, taken it for a dead one and deleted it between our
        // open and our lock: then the lock is on a file without a name, which guards nothing.
        if (!File.Exists(path))
        {
            stream.Dispose();
            return null;
        }

        return new FolderLock(stream, path);
    }

    /// <summary>Tries to take an existing lock file, to learn whether the process that made it is still running.</summary>
    /// <param name="taken">The lock, when <see cref="LockState.Taken"/>; the caller releases it once the dead process's folders are gone.</param>
    public static LockState Probe(string path, out FolderLock? taken)
    {
        taken = null;
        try
        {
            taken = new FolderLock(new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None, bufferSize: 1), path);
            return LockState.Taken;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return LockState.Missing;
        }
        catch (IOException)
        {
            return LockState.Held;
        }
        catch (UnauthorizedAccessException)
        {
            // Someone else's file: treat it as in use rather than delete what it guards.
            return LockState.Held;
        }
    }

    /// <summary>Deletes the lock file and releases the lock.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 1)
        {
            return;
        }

        // On Linux and macOS the file is deleted while still locked, so nobody can take it in between; Windows does
        // not delete a file that is open without sharing, so there it goes after.
        if (!OperatingSystem.IsWindows())
        {
            TryDelete(Path);
        }

        _stream.Dispose();
        if (OperatingSystem.IsWindows())
        {
            TryDelete(Path);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left behind; the next clean-up takes it (or finds it missing) and deletes it.
        }
    }
}

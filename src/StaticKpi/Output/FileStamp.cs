namespace StaticKpi.Output;

/// <summary>
/// What the build cache remembers of a file: its length and modification time, which say cheaply that it has not
/// changed since, and the hash of its bytes (<see cref="ContentHash"/>), which says what it held.
/// </summary>
/// <param name="Modified">The last write time in UTC ticks.</param>
public sealed record FileStamp(long Length, long Modified, string Hash)
{
    /// <summary>
    /// The stamp of the file at <paramref name="path"/>: <paramref name="known"/> when its length and time are still
    /// those, else with its bytes hashed again; null when it cannot be read.
    /// </summary>
    public static FileStamp? Of(string path, FileStamp? known)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists ? Of(path, info.Length, info.LastWriteTimeUtc.Ticks, known) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>As <see cref="Of(string, FileStamp?)"/> for a file whose length and time are already known (from a folder listing).</summary>
    public static FileStamp? Of(string path, long length, long modified, FileStamp? known) =>
        known is not null && known.Length == length && known.Modified == modified
            ? known
            : ContentHash.OfFile(path) is { } hash ? new FileStamp(length, modified, hash) : null;
}

using System.Collections.Concurrent;

namespace StaticKpi.Output;

/// <summary>
/// Replaces single files of a site that is being served, for the preview's incremental rebuilds. Each file is replaced
/// atomically: written whole to a temporary file in the same folder, then renamed over the old one, so a request
/// reads the old file or the new one, never half of either. A file whose bytes are unchanged is left alone, keeping
/// its modification time, so only the pages that really changed look changed. Written from several threads at once.
/// </summary>
public sealed class InPlaceOutput(string siteDirectory) : ISiteOutput
{
    private readonly string _root = Path.GetFullPath(siteDirectory);
    private readonly ConcurrentQueue<string> _replaced = new();

    /// <summary>The files (relative paths) whose bytes changed and were replaced, in no particular order.</summary>
    public IReadOnlyCollection<string> Replaced => _replaced;

    public void WriteBytes(string relativePath, ReadOnlySpan<byte> bytes)
    {
        var path = Path.Combine(_root, relativePath);
        if (OutputFiles.SameBytes(path, bytes))
        {
            return;
        }

        var folder = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        // Hidden and unique, in the same folder so that the move is a rename on one volume.
        var temporary = Path.Combine(folder, $".statickpi-{Guid.NewGuid():N}.tmp");
        try
        {
            OutputFiles.WriteNew(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }

        _replaced.Enqueue(relativePath);
    }
}

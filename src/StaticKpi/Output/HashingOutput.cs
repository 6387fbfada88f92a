using System.Collections.Concurrent;

namespace StaticKpi.Output;

/// <summary>Passes every file on to another output, remembering the hash of its bytes for the build cache.</summary>
public sealed class HashingOutput(ISiteOutput inner) : ISiteOutput
{
    private readonly ConcurrentDictionary<string, string> _hashes = new(StringComparer.Ordinal);

    /// <summary>Every file written, by relative path, with the hash of its bytes.</summary>
    public IReadOnlyDictionary<string, string> Hashes => _hashes;

    public void WriteBytes(string relativePath, ReadOnlySpan<byte> bytes)
    {
        _hashes[relativePath] = ContentHash.Of(bytes);
        inner.WriteBytes(relativePath, bytes);
    }

    /// <summary>The stamp of every file written, read from the output folder once the site is in place.</summary>
    public IReadOnlyDictionary<string, FileStamp> Stamps(string outputDirectory)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        return ExistingOutput.List(root)
            .Where(e => _hashes.ContainsKey(e.Path))
            .ToDictionary(e => e.Path, e => new FileStamp(e.Length, e.Modified, _hashes[e.Path]), StringComparer.Ordinal);
    }
}

using System.Collections.Concurrent;

namespace StaticKpi.Output;

/// <summary>
/// An output that writes each path once and ignores any later write of it: for files every language of a site shares
/// (the branding's, under fingerprinted names, so the same path always has the same bytes), which each language's
/// pages ask to be written.
/// </summary>
public sealed class WriteOnceOutput(ISiteOutput inner) : ISiteOutput
{
    private readonly ConcurrentDictionary<string, byte> _written = new(StringComparer.Ordinal);

    public void WriteBytes(string relativePath, ReadOnlySpan<byte> bytes)
    {
        if (_written.TryAdd(relativePath, 0))
        {
            inner.WriteBytes(relativePath, bytes);
        }
    }
}

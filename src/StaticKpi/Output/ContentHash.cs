using System.IO.Hashing;
using System.Text;

namespace StaticKpi.Output;

/// <summary>
/// The hash that names a file's bytes in the build cache: 128-bit xxHash, written as 32 hex digits. Not a security
/// hash: it tells a changed file from an unchanged one (a cache entry is checked against it before it is used), and it
/// is fast enough to hash every page of a site (several GB/s) where SHA-256 would cost a tenth of a second more.
/// </summary>
public static class ContentHash
{
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(XxHash128.Hash(bytes));

    /// <summary>The hash of a file's bytes; null when it cannot be read.</summary>
    public static string? OfFile(string path)
    {
        try
        {
            return Of(File.ReadAllBytes(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The hash of several texts taken in order, each ended so that ("ab", "c") and ("a", "bc") differ.</summary>
    public static string OfParts(IEnumerable<string> parts)
    {
        var hash = new XxHash128();
        Span<byte> end = [0];
        foreach (var part in parts)
        {
            hash.Append(Encoding.UTF8.GetBytes(part));
            hash.Append(end);
        }

        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }
}

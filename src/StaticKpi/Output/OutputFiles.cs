using System.Buffers;

namespace StaticKpi.Output;

/// <summary>The file operations both outputs need: writing a new file in one go, and comparing a file with bytes.</summary>
internal static class OutputFiles
{
    /// <summary>Writes a file that must not exist yet: open, write, close, and nothing else (a build writes thousands).</summary>
    public static void WriteNew(string path, ReadOnlySpan<byte> bytes)
    {
        using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, FileOptions.None);
        RandomAccess.Write(handle, bytes, fileOffset: 0);
    }

    /// <summary>Whether the file at <paramref name="path"/> holds exactly these bytes; false when it cannot be read.</summary>
    public static bool SameBytes(string path, ReadOnlySpan<byte> bytes)
    {
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.None);
            if (RandomAccess.GetLength(handle) != bytes.Length)
            {
                return false;
            }

            var buffer = ArrayPool<byte>.Shared.Rent(bytes.Length);
            try
            {
                var read = 0;
                while (read < bytes.Length)
                {
                    var n = RandomAccess.Read(handle, buffer.AsSpan(read, bytes.Length - read), read);
                    if (n == 0)
                    {
                        return false;
                    }

                    read += n;
                }

                return buffer.AsSpan(0, bytes.Length).SequenceEqual(bytes);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}

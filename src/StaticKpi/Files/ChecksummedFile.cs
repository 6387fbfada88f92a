using System.IO.Hashing;

namespace StaticKpi.Files;

/// <summary>
/// A file headed by the 16-byte XxHash128 of everything after the header, as the build's caches keep theirs: a file
/// cut short, changed by one byte or half written is told from a whole one by its checksum, and ignored. Written as a
/// stream (the caches run to tens of megabytes on a large site, which a build should not hold twice in memory) under
/// a temporary name beside the file, and renamed over it when whole.
/// </summary>
public static class ChecksummedFile
{
    private const int ChecksumLength = 16;

    /// <summary>Writes the file: <paramref name="writeBody"/> writes what follows the header into the stream it is given.</summary>
    /// <exception cref="IOException">The file could not be written; nothing is left at the temporary name.</exception>
    public static void Write(string path, Action<Stream> writeBody)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                file.Write(new byte[ChecksumLength]);
                var checksum = new XxHash128();
                using (var body = new ChecksumStream(file, checksum))
                {
                    writeBody(body);
                }

                file.Position = 0;
                file.Write(checksum.GetCurrentHash());
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>What follows the header; null when there is no file, it cannot be read, or its checksum does not match.</summary>
    public static ReadOnlyMemory<byte>? ReadBody(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        if (bytes.Length <= ChecksumLength || !XxHash128.Hash(bytes.AsSpan(ChecksumLength)).AsSpan().SequenceEqual(bytes.AsSpan(0, ChecksumLength)))
        {
            return null;
        }

        return bytes.AsMemory(ChecksumLength);
    }

    /// <summary>Passes what is written on to the file, adding it to the checksum.</summary>
    private sealed class ChecksumStream(Stream file, XxHash128 checksum) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            checksum.Append(buffer);
            file.Write(buffer);
        }

        public override void Flush() => file.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}

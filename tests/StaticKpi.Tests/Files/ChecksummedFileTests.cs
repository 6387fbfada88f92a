using StaticKpi.Files;

namespace StaticKpi.Tests.Files;

/// <summary>The caches' files: a body streamed behind its checksum, read back only when whole.</summary>
public sealed class ChecksummedFileTests
{
    [Fact]
    public void A_body_written_in_many_pieces_reads_back_whole_and_nothing_else_is_left_in_the_folder()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("cache", "entries.json");
        var body = Enumerable.Range(0, 300_000).Select(i => (byte)(i % 251)).ToArray();

        ChecksummedFile.Write(path, stream =>
        {
            for (var i = 0; i < body.Length; i += 7_000)
            {
                stream.Write(body, i, Math.Min(7_000, body.Length - i));
            }
        });

        Assert.Equal(body, ChecksummedFile.ReadBody(path)!.Value.ToArray());
        Assert.Equal(["entries.json"], Directory.EnumerateFileSystemEntries(folder.Combine("cache")).Select(Path.GetFileName));
        Assert.Equal(16 + body.Length, new FileInfo(path).Length);
    }

    [Theory]
    [InlineData("one byte of the body changed")]
    [InlineData("one byte of the checksum changed")]
    [InlineData("cut short")]
    [InlineData("only the checksum")]
    [InlineData("empty")]
    public void A_damaged_file_has_no_body(string damage)
    {
        using var folder = new TempFolder();
        var path = folder.Combine("entries.json");
        ChecksummedFile.Write(path, stream => stream.Write("{\"entries\":[1,2,3]}"u8));
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, damage switch
        {
            "one byte of the body changed" => [.. bytes[..^2], (byte)(bytes[^2] ^ 1), bytes[^1]],
            "one byte of the checksum changed" => [(byte)(bytes[0] ^ 1), .. bytes[1..]],
            "cut short" => bytes[..^3],
            "only the checksum" => bytes[..16],
            _ => [],
        });

        Assert.Null(ChecksummedFile.ReadBody(path));
    }

    [Fact]
    public void A_missing_file_has_no_body() => Assert.Null(ChecksummedFile.ReadBody(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"))));

    [Fact]
    public void A_body_that_fails_to_write_leaves_the_old_file_and_no_temporary_one()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("entries.json");
        ChecksummedFile.Write(path, stream => stream.Write("old"u8));

        Assert.Throws<IOException>(() => ChecksummedFile.Write(path, stream =>
        {
            stream.Write("half of the new"u8);
            throw new IOException("disk full");
        }));

        Assert.Equal("old"u8.ToArray(), ChecksummedFile.ReadBody(path)!.Value.ToArray());
        Assert.Equal(["entries.json"], Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }
}

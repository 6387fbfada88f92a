namespace StaticKpi.Import;

/// <summary>
/// Opens an import table for reading, once: the size check, the format checks and the read all see the same open
/// file. Every way the open can fail becomes a plain <see cref="UnreadableTableException"/>.
/// </summary>
internal static class TableFile
{
    public static FileStream Open(string path)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 64 * 1024, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new UnreadableTableException(1, "The file could not be found. Check its name and import again.");
        }
        catch (UnauthorizedAccessException)
        {
            throw new UnreadableTableException(1, "The file could not be opened: it is a folder, or you do not have permission to read it.");
        }
        catch (IOException)
        {
            throw new UnreadableTableException(1, "The file could not be opened. If it is open in another program (a spreadsheet program locks " +
                "the files it has open), close it there and import again.");
        }

        if (stream.Length > ImportLimits.MaximumFileBytes)
        {
            var size = ImportLimits.Megabytes(stream.Length);
            stream.Dispose();
            throw new UnreadableTableException(1,
                $"The file is {size}, more than the {ImportLimits.Megabytes(ImportLimits.MaximumFileBytes)} a table of figures can be. " +
                "Check it is the right file, or split the table and import each part.");
        }

        return stream;
    }

    /// <summary>A read failing part way (a disk or network error) is reported plainly too.</summary>
    public static UnreadableTableException ReadFailed() =>
        new(1, "The file could not be read to the end (the disk or network reported an error). Copy it to a local folder and import again.");
}

namespace StaticKpi.Import;

/// <summary>A file of an <see cref="AtomicFileSet"/> could not be written; every file was left as it was.</summary>
public sealed class FileSetWriteException(string path, Exception inner) : IOException($"'{path}' could not be written.", inner)
{
    public string Path { get; } = path;
}

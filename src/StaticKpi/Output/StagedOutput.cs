using System.Text;

namespace StaticKpi.Output;

/// <summary>
/// Writes a new site beside the old one and swaps it in only when every file is written, so a failed
/// build never leaves a half-written or missing site. Pages can be written from several threads.
/// </summary>
public sealed class StagedOutput : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _outputDirectory;
    private readonly string _stagingDirectory;
    private int _filesWritten;
    private bool _committed;

    public StagedOutput(string outputDirectory)
    {
        _outputDirectory = Path.GetFullPath(outputDirectory.TrimEnd('/', '\\'));
        var parent = Path.GetDirectoryName(_outputDirectory) ?? ".";
        Directory.CreateDirectory(parent);
        // A hidden sibling on the same volume, so the final swap is a rename rather than a copy.
        _stagingDirectory = Path.Combine(parent, $".{Path.GetFileName(_outputDirectory)}.staging-{Environment.ProcessId}");
        DeleteIfExists(_stagingDirectory);
        Directory.CreateDirectory(_stagingDirectory);
    }

    public int FilesWritten => _filesWritten;

    public void WriteText(string relativePath, string text) => WriteBytes(relativePath, Utf8NoBom.GetBytes(text));

    public void WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(_stagingDirectory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        Interlocked.Increment(ref _filesWritten);
    }

    /// <summary>Replaces the output folder with the staged one.</summary>
    public void Commit()
    {
        var previous = _outputDirectory + $".previous-{Environment.ProcessId}";
        DeleteIfExists(previous);
        if (Directory.Exists(_outputDirectory))
        {
            Directory.Move(_outputDirectory, previous);
        }

        Directory.Move(_stagingDirectory, _outputDirectory);
        _committed = true;
        DeleteIfExists(previous);
    }

    /// <summary>Without a commit the staged files are thrown away and the old site stays as it was.</summary>
    public void Dispose()
    {
        if (!_committed)
        {
            DeleteIfExists(_stagingDirectory);
        }
    }

    private static void DeleteIfExists(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}

using System.Collections.Concurrent;
using System.IO.Enumeration;

namespace StaticKpi.Output;

/// <summary>
/// The files of an output folder a previous build wrote, each stamped (<see cref="FileStamp"/>): what the build cache
/// recorded for a file whose length and time are unchanged, else its bytes hashed again, so an edited, replaced or
/// restored file is known by what it now holds. Links are listed as files of their own and never followed.
/// </summary>
public sealed class ExistingOutput
{
    private readonly Dictionary<string, FileStamp> _files;

    private ExistingOutput(string directory, Dictionary<string, FileStamp> files)
    {
        Directory = directory;
        _files = files;
    }

    public string Directory { get; }

    /// <summary>Every file but the output marker, by path relative to the folder with '/'.</summary>
    public IReadOnlyDictionary<string, FileStamp> Files => _files;

    /// <summary>The folder's files; null when it is missing or is not a StaticKpi output (<see cref="OutputMarker"/>).</summary>
    /// <param name="recorded">What the cache recorded of each file after the last build.</param>
    public static ExistingOutput? Read(string outputDirectory, IReadOnlyDictionary<string, FileStamp> recorded) =>
        Stamped(outputDirectory, ListIfOutput(outputDirectory), recorded);

    /// <summary>The files of the folder, with their lengths and times (not read); null when it is not a StaticKpi output.</summary>
    public static IReadOnlyList<(string Path, long Length, long Modified)>? ListIfOutput(string outputDirectory) =>
        System.IO.Directory.Exists(outputDirectory) && OutputMarker.IsIn(outputDirectory) ? List(RootOf(outputDirectory)) : null;

    /// <summary>The folder's files from a listing of <see cref="ListIfOutput"/>; null when it had none.</summary>
    public static ExistingOutput? Stamped(string outputDirectory, IReadOnlyList<(string Path, long Length, long Modified)>? listed,
        IReadOnlyDictionary<string, FileStamp> recorded)
    {
        if (listed is null)
        {
            return null;
        }

        var root = RootOf(outputDirectory);
        var files = new ConcurrentDictionary<string, FileStamp>(StringComparer.Ordinal);
        Parallel.ForEach(listed, entry =>
        {
            if (FileStamp.Of(Path.Combine(root, entry.Path), entry.Length, entry.Modified, recorded.GetValueOrDefault(entry.Path)) is { } stamp)
            {
                files[entry.Path] = stamp;
            }
        });

        return new ExistingOutput(root, new Dictionary<string, FileStamp>(files, StringComparer.Ordinal));
    }

    private static string RootOf(string outputDirectory) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));

    /// <summary>Whether the folder holds exactly the files recorded, with the same bytes, and nothing else.</summary>
    public bool IsExactly(IReadOnlyDictionary<string, FileStamp> recorded) =>
        recorded.Count == _files.Count && recorded.All(r => Holds(r.Key, r.Value.Hash));

    /// <summary>Whether the file at <paramref name="relativePath"/> holds the bytes with this hash.</summary>
    public bool Holds(string relativePath, string hash) => _files.TryGetValue(relativePath, out var stamp) && stamp.Hash == hash;

    /// <summary>Every file and link below <paramref name="root"/> but the marker, with its length and time; links are not followed.</summary>
    internal static List<(string Path, long Length, long Modified)> List(string root)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        var prefix = root.Length + 1;
        var entries = new FileSystemEnumerable<(string, long, long)>(root,
            (ref entry) => (entry.ToFullPath()[prefix..].Replace('\\', '/'), entry.Length, entry.LastWriteTimeUtc.UtcTicks), options)
        {
            ShouldIncludePredicate = (ref entry) => !entry.IsDirectory || IsLink(ref entry),
            ShouldRecursePredicate = (ref entry) => !IsLink(ref entry),
        };
        return [.. entries.Where(e => e.Item1 != OutputMarker.FileName)];
    }

    private static bool IsLink(ref FileSystemEntry entry) => entry.Attributes.HasFlag(FileAttributes.ReparsePoint);
}

using System.Globalization;
using System.Security.Cryptography;

namespace StaticKpi.Output;

/// <summary>
/// The folders one build makes beside its output, all named after the output and the build's id (process id and a
/// random tag, so a reused process id never names an old build's folders): the hidden staging folder
/// <c>.NAME.staging-ID</c>, its lock file <c>.NAME.staging-ID.lock</c>, and <c>NAME.previous-ID</c>, where the old site
/// waits between the two renames of the fallback swap. Builds of earlier versions named them with the process id alone.
/// </summary>
internal sealed class BuildFolders
{
    public BuildFolders(string output, string id)
    {
        Output = output;
        Id = id;
        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        Staging = Path.Combine(parent, StagingPrefix(name) + id);
        Previous = Path.Combine(parent, PreviousPrefix(name) + id);
        Lock = Staging + LockSuffix;
    }

    private const string LockSuffix = ".lock";

    /// <summary>How many fresh ids to try when another process takes a new lock file first (see <see cref="FolderLock.TryCreate"/>).</summary>
    private const int LockAttempts = 10;

    public string Output { get; }

    public string Id { get; }

    public string Staging { get; }

    public string Previous { get; }

    public string Lock { get; }

    /// <summary>A new id whose lock file this process creates and holds.</summary>
    internal static (BuildFolders Build, FolderLock Lock) Claim(string outputDirectory)
    {
        for (var attempt = 0; attempt < LockAttempts; attempt++)
        {
            var build = new BuildFolders(outputDirectory, BuildFolders.NewId());
            if (FolderLock.TryCreate(build.Lock) is { } held)
            {
                return (build, held);
            }
        }

        throw new IOException($"No lock file could be made beside {outputDirectory}; check the folder can be written.");
    }

    /// <summary>A new id for this process's next build.</summary>
    public static string NewId() =>
        Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "-" + RandomNumberGenerator.GetHexString(8, lowercase: true);

    /// <summary>The ids of every build whose folders or lock file are beside <paramref name="output"/>, in order.</summary>
    public static IReadOnlyList<string> IdsBeside(string output)
    {
        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        if (!Directory.Exists(parent))
        {
            return [];
        }

        var ids = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var entry in Directory.EnumerateFileSystemEntries(parent))
        {
            var entryName = Path.GetFileName(entry);
            var id = IdAfter(entryName, StagingPrefix(name), LockSuffix)
                ?? IdAfter(entryName, StagingPrefix(name), "")
                ?? IdAfter(entryName, PreviousPrefix(name), "");
            if (id is not null)
            {
                ids.Add(id);
            }
        }

        return [.. ids];
    }

    private static string StagingPrefix(string name) => $".{name}.staging-";

    private static string PreviousPrefix(string name) => $"{name}.previous-";

    private static string? IdAfter(string entryName, string prefix, string suffix)
    {
        if (entryName.Length <= prefix.Length + suffix.Length
            || !entryName.StartsWith(prefix, StringComparison.Ordinal)
            || !entryName.EndsWith(suffix, StringComparison.Ordinal))
        {
            return null;
        }

        var id = entryName[prefix.Length..^suffix.Length];
        return IsId(id) ? id : null;
    }

    /// <summary>Digits (a process id), then optionally '-' and eight lower-case hex digits.</summary>
    private static bool IsId(string id)
    {
        var dash = id.IndexOf('-', StringComparison.Ordinal);
        var pid = dash < 0 ? id : id[..dash];
        if (pid.Length == 0 || !pid.All(char.IsAsciiDigit))
        {
            return false;
        }

        return dash < 0 || (id.Length - dash - 1 == 8 && id[(dash + 1)..].All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f'));
    }
}

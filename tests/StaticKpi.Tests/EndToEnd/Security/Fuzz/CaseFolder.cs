using System.Security.Cryptography;

namespace StaticKpi.Tests.EndToEnd.Security.Fuzz;

/// <summary>
/// A fuzz case's own temporary folder: the site, a canary file beside it (what a link or path out of the site would
/// read), and the output three folders down (so a path that climbs out of it still lands inside this folder, where
/// the case can see it). Deleted on dispose.
/// </summary>
internal sealed class CaseFolder : IDisposable
{
    /// <summary>
    /// Every case folder is under this one, so a run leaves at most this empty folder behind. It is on a memory file
    /// system where there is one (Linux's /dev/shm): a case writes and deletes a whole site, and on a disk that takes
    /// longer than the build. STATICKPI_FUZZ_DIR overrides it.
    /// </summary>
    public static readonly string Parent = Path.Combine(
        Environment.GetEnvironmentVariable("STATICKPI_FUZZ_DIR") is { Length: > 0 } chosen ? chosen
            : Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(),
        "statickpi-fuzz");

    private CaseFolder(string root)
    {
        Root = root;
        Source = Path.Combine(root, "site");
        OutputParent = Path.Combine(root, "out", "a", "b");
        Output = Path.Combine(OutputParent, "_site");
    }

    public string Root { get; }

    public string Source { get; }

    public string OutputParent { get; }

    public string Output { get; }

    /// <summary>The entries a case may leave in <see cref="Root"/>.</summary>
    public static readonly string[] RootEntries = ["out", "site", Symlink.OutsideFile];

    public static CaseFolder Create(FuzzSite site, string marker)
    {
        var folder = new CaseFolder(Path.Combine(Parent, Guid.NewGuid().ToString("N")));
        Directory.CreateDirectory(folder.OutputParent);
        // Commentary-shaped, so a link that reads it would publish it; the marker shows which case it belongs to.
        File.WriteAllText(Path.Combine(folder.Root, Symlink.OutsideFile), $"---\nindicator: 101\n---\nSECRET_TOKEN={FuzzSite.Canary}-{marker}\n");
        site.WriteTo(folder.Source);
        return folder;
    }

    /// <summary>Path (relative, with <c>/</c>) to SHA-256 of every file under a folder, links followed where they lead to a file.</summary>
    public static SortedDictionary<string, string> Hashes(string directory)
    {
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(directory))
        {
            return hashes;
        }

        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            string hash;
            try
            {
                hash = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
            }
            catch (IOException)
            {
                hash = "(unreadable: a dangling or looping link)";
            }

            hashes[Path.GetRelativePath(directory, file).Replace('\\', '/')] = hash;
        }

        return hashes;
    }

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Root))
            {
                Directory.Delete(Root, recursive: true);
            }
        }
        catch (IOException)
        {
            // Best effort: a leftover temporary folder must not hide the case's own result.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

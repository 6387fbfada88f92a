using System.Text;

namespace StaticKpi.Starting;

/// <summary>What writing a new site did: the files written and the files left as they were (only with --force).</summary>
public sealed record NewSiteWritten(IReadOnlyList<string> Written, IReadOnlyList<string> Kept);

/// <summary>
/// Writes a new site's files into a folder. Nothing is ever deleted or overwritten: a folder with anything in it
/// (other than git's own <c>.git</c>) is refused unless forced, and when forced a file that is already there is kept
/// as it was, named in <see cref="NewSiteWritten.Kept"/>, so a repository made on GitHub with its own README can be
/// started in.
/// </summary>
public static class NewSiteFolder
{
    /// <summary>The entries that make <paramref name="directory"/> not empty, sorted; none when it does not exist.</summary>
    public static IReadOnlyList<string> Contents(string directory) => Directory.Exists(directory)
        ? [.. Directory.EnumerateFileSystemEntries(directory).Select(Path.GetFileName).OfType<string>()
            .Where(name => name != ".git").Order(StringComparer.Ordinal)]
        : [];

    /// <summary>Writes <paramref name="files"/> (the caller has checked <see cref="Contents"/>); existing files are kept.</summary>
    public static NewSiteWritten Write(string directory, IReadOnlyList<NewSiteFile> files)
    {
        var written = new List<string>();
        var kept = new List<string>();
        foreach (var file in files)
        {
            var path = Path.Combine(directory, file.Path.Replace('/', Path.DirectorySeparatorChar));
            if (File.Exists(path) || Directory.Exists(path))
            {
                kept.Add(file.Path);
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // CreateNew: a file that appears between the check and the write is still never overwritten.
            using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
            {
                var bytes = new UTF8Encoding(false).GetBytes(file.Text);
                stream.Write(bytes);
            }

            written.Add(file.Path);
        }

        return new NewSiteWritten(written, kept);
    }
}

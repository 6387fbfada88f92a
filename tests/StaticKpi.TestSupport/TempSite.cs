using StaticKpi.Build;

namespace StaticKpi.TestSupport;

/// <summary>
/// A private copy of <c>tests/fixtures/minimal</c> in a fresh temporary folder, so a test can break one file
/// without affecting other tests. The site is in <see cref="Source"/>; builds go to <see cref="Output"/>, the only
/// entry expected in <see cref="OutputParent"/>. Everything is deleted on dispose.
/// </summary>
public sealed class TempSite : IDisposable
{
    private TempSite(string root)
    {
        Root = root;
        Source = Path.Combine(root, "site");
        OutputParent = Path.Combine(root, "build");
        Output = Path.Combine(OutputParent, "_site");
    }

    /// <summary>The temporary folder holding both the site and the build output.</summary>
    public string Root { get; }

    /// <summary>The site folder (holding site.config.yaml and content/).</summary>
    public string Source { get; }

    /// <summary>A folder that holds nothing but <see cref="Output"/>.</summary>
    public string OutputParent { get; }

    public string Output { get; }

    public static string RepositoryRoot => RepoPaths.Root;

    public static string MinimalFixture => RepoPaths.Fixture("minimal");

    /// <summary>Copies the minimal fixture site to a new temporary folder.</summary>
    public static TempSite FromMinimal() => CopyOf(MinimalFixture);

    public static TempSite CopyOf(string fixture)
    {
        var root = Path.Combine(Path.GetTempPath(), "statickpi-tests", Guid.NewGuid().ToString("N"));
        var site = new TempSite(root);
        CopyDirectory(fixture, site.Source);
        Directory.CreateDirectory(site.OutputParent);
        return site;
    }

    public string PathOf(string relativePath) => Path.Combine(Source, relativePath.Replace('/', Path.DirectorySeparatorChar));

    public string Read(string relativePath) => File.ReadAllText(PathOf(relativePath));

    /// <summary>Writes (or overwrites) a file in the site, creating folders as needed.</summary>
    public void Write(string relativePath, string text)
    {
        var path = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
    }

    /// <summary>Replaces text in an existing file; fails if the text is not there so a fixture change cannot go unnoticed.</summary>
    public void Replace(string relativePath, string oldText, string newText)
    {
        var text = Read(relativePath);
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        Write(relativePath, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public void Delete(string relativePath) => File.Delete(PathOf(relativePath));

    public BuildResult Build() => SiteBuild.Run(new BuildOptions(Source, Output));

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
            // Best effort: a leftover temporary folder must not fail the test.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Copies a folder and everything in it (the fixture into a temporary site, a built site into a case).</summary>
    public static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.EnumerateDirectories(from))
        {
            CopyDirectory(directory, Path.Combine(to, Path.GetFileName(directory)));
        }
    }
}

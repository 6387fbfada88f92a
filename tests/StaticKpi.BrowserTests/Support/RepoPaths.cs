namespace StaticKpi.BrowserTests.Support;

/// <summary>Finds the repository's folders from wherever the test assembly runs.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "StaticKpi.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("StaticKpi.sln not found above " + AppContext.BaseDirectory);
    }
}

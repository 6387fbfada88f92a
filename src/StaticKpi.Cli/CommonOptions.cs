using System.CommandLine;

namespace StaticKpi.Cli;

/// <summary>
/// Options that several commands take, declared once so every command spells, explains and defaults them the same
/// way. Each call makes a new option: System.CommandLine lets an option belong to one command only.
/// </summary>
internal static class CommonOptions
{
    /// <summary><c>--source</c>/<c>-s</c>: the site folder, the current folder when left out.</summary>
    public static Option<DirectoryInfo> Source() => new("--source", "-s")
    {
        Description = "The site folder, holding site.config.yaml and content/ (default: the current folder).",
        DefaultValueFactory = _ => new DirectoryInfo("."),
    };

    /// <summary><c>--output</c>/<c>-o</c>: a folder the command reads or writes, <paramref name="defaultFolder"/> when left out.</summary>
    public static Option<DirectoryInfo> Output(string description, string defaultFolder) => new("--output", "-o")
    {
        Description = description,
        DefaultValueFactory = _ => new DirectoryInfo(defaultFolder),
    };
}

using System.Collections.Concurrent;
using StaticKpi.Diagnostics;
using StaticKpi.Model;

namespace StaticKpi.Content;

/// <summary>
/// Loads a whole site from its source folder: configuration, indicators, commentary and reports, then the
/// checks that need more than one file (duplicate ids, unknown indicators, missing values).
/// This is the only stage that reads content files; everything after it works on the <see cref="Site"/>.
/// </summary>
public static class ContentLoader
{
    public const string IndicatorsFolder = "content/indicators";
    public const string CommentaryFolder = "content/commentary";
    public const string ReportsFolder = "content/reports";

    public static Site? Load(string sourceDirectory, DiagnosticBag diagnostics)
    {
        var configPath = Path.Combine(sourceDirectory, SiteConfigLoader.FileName);
        if (!File.Exists(configPath))
        {
            diagnostics.Error(RuleIds.FileError, SourceLocation.FileOnly(SiteConfigLoader.FileName),
                $"There is no {SiteConfigLoader.FileName} in '{Path.GetFullPath(sourceDirectory)}'.",
                "Run the command from your site's folder or pass --source with the folder that holds site.config.yaml.");
            return null;
        }

        var config = SiteConfigLoader.Load(File.ReadAllText(configPath), SiteConfigLoader.FileName, diagnostics);
        if (config is null)
        {
            return null;
        }

        var indicators = LoadAll(sourceDirectory, IndicatorsFolder, "*.yaml",
            (text, file, _) => IndicatorLoader.Load(text, file, config, diagnostics));
        var commentaries = LoadAll(sourceDirectory, CommentaryFolder, "*.md",
            (text, file, path) => CommentaryLoader.Load(text, file, Path.GetFileName(Path.GetDirectoryName(path)!),
                Path.GetFileNameWithoutExtension(path), config, diagnostics));
        var reports = LoadAll(sourceDirectory, ReportsFolder, "*.yaml",
            (text, file, _) => ReportLoader.Load(text, file, config, diagnostics));

        var site = new SiteBuilder(config, diagnostics, UnloadedIndicatorIds(sourceDirectory, indicators), UnloadedReportFiles(sourceDirectory, reports))
            .Assemble(indicators, commentaries, reports);
        return diagnostics.HasErrors ? null : site;
    }

    /// <summary>
    /// Ids of indicator files that had errors, judged from their names ("182-foi.yaml"), so that one typo is
    /// reported once and not again by every commentary and report that mentions the indicator.
    /// </summary>
    private static HashSet<int> UnloadedIndicatorIds(string root, IReadOnlyList<Indicator> loaded)
    {
        var directory = Path.Combine(root, IndicatorsFolder);
        var ids = new HashSet<int>();
        if (!Directory.Exists(directory))
        {
            return ids;
        }

        foreach (var file in Directory.EnumerateFiles(directory, "*.yaml", SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(file);
            var dash = name.IndexOf('-');
            if (dash > 0 && int.TryParse(name[..dash], out var id) && !loaded.Any(i => i.Id == id))
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    /// <summary>Report files (relative paths) that had errors, so the pages they would have made are not judged missing.</summary>
    private static List<string> UnloadedReportFiles(string root, IReadOnlyList<Report> loaded)
    {
        var directory = Path.Combine(root, ReportsFolder);
        return !Directory.Exists(directory)
            ? []
            : [.. Directory.EnumerateFiles(directory, "*.yaml", SearchOption.AllDirectories)
                .Select(file => Path.GetRelativePath(root, file).Replace('\\', '/'))
                .Where(file => !loaded.Any(r => r.Location.File == file))];
    }

    /// <summary>Reads and parses every matching file in parallel, returning results in file-name order.</summary>
    private static List<T> LoadAll<T>(string root, string folder, string pattern, Func<string, string, string, T?> parse)
        where T : class
    {
        var directory = Path.Combine(root, folder);
        if (!Directory.Exists(directory))
        {
            return [];
        }

        var files = Directory.EnumerateFiles(directory, pattern, SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToArray();
        var results = new ConcurrentDictionary<int, T>();
        Parallel.For(0, files.Length, i =>
        {
            var relative = Path.GetRelativePath(root, files[i]).Replace('\\', '/');
            var parsed = parse(File.ReadAllText(files[i]), relative, files[i]);
            if (parsed is not null)
            {
                results[i] = parsed;
            }
        });
        return [.. results.OrderBy(r => r.Key).Select(r => r.Value)];
    }
}

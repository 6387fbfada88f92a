using System.Text;
using StaticKpi.Content;
using StaticKpi.Diagnostics;
using StaticKpi.Model;
using StaticKpi.Shared;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;

namespace StaticKpi.Editing;

/// <summary>
/// <c>statickpi new indicator</c>: writes <c>content/indicators/&lt;id&gt;-&lt;slug&gt;.yaml</c> with the schema
/// modeline and every common field filled with a sensible default and a comment saying what it takes.
/// </summary>
public static class NewIndicator
{
    public const string Modeline = "# yaml-language-server: $schema=../../schemas/indicator.schema.json";

    /// <param name="id">The indicator's number; when null the command refuses, suggesting the next free one.</param>
    public static ScaffoldResult Run(string sourceDirectory, int? id, string title, string committee)
    {
        var diagnostics = new DiagnosticBag();
        var configPath = Path.Combine(sourceDirectory, SiteConfigLoader.FileName);
        var config = File.Exists(configPath)
            ? SiteConfigLoader.Load(File.ReadAllText(configPath), SiteConfigLoader.FileName, diagnostics)
            : null;
        if (config is null)
        {
            return ScaffoldResult.Failed(File.Exists(configPath)
                ? $"{SiteConfigLoader.FileName} has errors; fix them first (run 'statickpi validate')."
                : $"There is no {SiteConfigLoader.FileName} in '{Path.GetFullPath(sourceDirectory)}'. Run the command in your site's folder or " +
                    "pass --source.",
                diagnostics.ToSortedList());
        }

        if (config.CommitteeOf(committee) is null)
        {
            return ScaffoldResult.Failed(UnknownCommittee(committee, config));
        }

        var existing = ExistingIds(sourceDirectory);
        if (id is null)
        {
            return ScaffoldResult.Failed($"Give the indicator an id with --id; the next free one is {IndicatorIds.NextFree(existing.Keys)}.");
        }

        if (id < 0)
        {
            return ScaffoldResult.Failed($"The id {id} is negative; indicator ids are whole numbers such as 182.");
        }

        var slug = Slugs.From(title);
        if (string.IsNullOrWhiteSpace(title) || slug.Length == 0)
        {
            return ScaffoldResult.Failed("The title needs some letters or digits; it names the indicator and its web address.");
        }

        if (existing.TryGetValue(id.Value, out var file))
        {
            var free = IndicatorIds.NextFree(existing.Keys);
            return ScaffoldResult.Failed(
                $"Indicator {id} already exists: {file}. Choose another id (the next free one is {free}), or edit that file.");
        }

        var relative = $"{ContentLoader.IndicatorsFolder}/{id}-{slug}.yaml";
        var path = Path.Combine(sourceDirectory, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Text(id.Value, title, committee), new UTF8Encoding(false));
        return new ScaffoldResult([relative], [],
            [$"Fill in its fields, then add {id} to a report's 'indicators' list to publish it (or run 'statickpi new period')."]);
    }

    public static string UnknownCommittee(string committee, SiteConfig config)
    {
        var suggestion = Suggestions.Closest(committee, config.Committees.Select(c => c.Key));
        return $"There is no committee '{committee}' in {SiteConfigLoader.FileName}. " +
               (suggestion is null
                   ? $"Use one of: {string.Join(", ", config.Committees.Select(c => c.Key))}."
                   : $"Did you mean '{suggestion}'?");
    }

    /// <summary>The text of a new indicator file; loads without errors as it is.</summary>
    public static string Text(int id, string title, string committee)
    {
        static string Choices<T>()
            where T : struct, Enum => string.Join(" | ", EnumNames.All<T>());
        var lines = new[]
        {
            Modeline,
            $"id: {id}",
            $"title: {Scalar(title)}",
            $"committee: {committee}",
            "service:                # the service responsible",
            $"unit: number            # {Choices<Unit>()}",
            "precision: 0            # decimal places shown",
            "direction: up           # up (higher is better) | down (lower is better) | none",
            $"frequency: quarterly    # {Choices<Frequency>()}",
            "target: TBC             # a number such as 90, a range such as {min: 8, max: 10}, or TBC",
            $"# status: baseline      # with no target, remove 'target' and give a status: {Choices<IndicatorStatus>()}",
            "description: |",
            $"  {Placeholders.Marker} with what the indicator measures and how it is calculated, in plain English.",
            "data_source:            # where the figures come from",
            "series:                 # one entry per period; 'statickpi new period' adds them",
        };
        return string.Join('\n', lines) + "\n";
    }

    /// <summary>The title as a YAML scalar, quoted by YamlDotNet when it would otherwise be read differently.</summary>
    internal static string Scalar(string text) => new SerializerBuilder().Build().Serialize(text).TrimEnd('\r', '\n');

    /// <summary>Ids in use, from each indicator file's <c>id:</c> or, when it does not read, its file name.</summary>
    private static Dictionary<int, string> ExistingIds(string root)
    {
        var ids = new Dictionary<int, string>();
        var directory = Path.Combine(root, ContentLoader.IndicatorsFolder);
        if (!Directory.Exists(directory))
        {
            return ids;
        }

        foreach (var path in Directory.EnumerateFiles(directory, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            var name = Path.GetFileName(path);
            var dash = name.IndexOf('-');
            if (dash > 0 && int.TryParse(name[..dash], out var fromName))
            {
                ids.TryAdd(fromName, relative);
            }

            var mapping = YamlFile.ParseMapping(File.ReadAllText(path), relative, new DiagnosticBag());
            if (mapping?.Children.FirstOrDefault(p => p.Key is YamlScalarNode { Value: "id" }).Value is YamlScalarNode { Value: { } text } &&
                int.TryParse(text, out var fromContent))
            {
                ids.TryAdd(fromContent, relative);
            }
        }

        return ids;
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using StaticKpi.Diagnostics;
using StaticKpi.Files;
using StaticKpi.Model;
using StaticKpi.Output;

namespace StaticKpi.Build.Cache;

/// <summary>
/// What the build cache keeps of the last successful build of an output folder: the keys of what it was built from,
/// a stamp of every input and output file, the output files of every page group by the group's key, and the build's
/// result (its warnings, counts and ratings), so an unchanged site is not built again and an unchanged group is not
/// rendered again.
/// </summary>
internal sealed record BuildCacheManifest
{
    /// <summary>The layout of this file: one written with another is ignored.</summary>
    public const int CurrentFormat = 1;

    public int Format { get; init; } = CurrentFormat;

    /// <summary>The tool, the build's options, the configuration and the theme (<see cref="SiteInputs.SiteKey"/>).</summary>
    public required string SiteKey { get; init; }

    /// <summary>Every content file's path and bytes (<see cref="SiteInputs.ContentKey"/>).</summary>
    public required string ContentKey { get; init; }

    /// <summary>The theme the configuration named, whose files are inputs.</summary>
    public required string Theme { get; init; }

    /// <summary>Every input file, by path relative to the site folder.</summary>
    public required Dictionary<string, FileStamp> Inputs { get; init; }

    /// <summary>Every output file but the marker, by path relative to the output folder.</summary>
    public required Dictionary<string, FileStamp> Outputs { get; init; }

    /// <summary>The output files of each page group, by the group's key (<see cref="PageGroupKeys"/>).</summary>
    public required Dictionary<string, string[]> Groups { get; init; }

    public required CachedResult Result { get; init; }

    /// <summary>
    /// The manifest at <paramref name="path"/>; null when there is none, or it is damaged (its checksum does not match,
    /// it is not whole), or is of another format: the build then runs without it, as if the cache had been deleted.
    /// </summary>
    public static BuildCacheManifest? Read(string path)
    {
        try
        {
            return ChecksummedFile.ReadBody(path) is { } json
                   && JsonSerializer.Deserialize(json.Span, BuildCacheJson.Default.BuildCacheManifest) is { } manifest
                   && manifest.Format == CurrentFormat && manifest.IsComplete
                ? manifest
                : null;
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>
    /// Writes the manifest, headed by the checksum of what follows (<see cref="ChecksummedFile"/>), under a temporary
    /// name, then renames it over the old one, so a reader finds the old manifest or the new one.
    /// </summary>
    public void Write(string path) =>
        ChecksummedFile.Write(path, body => JsonSerializer.Serialize(body, this, BuildCacheJson.Default.BuildCacheManifest));

    /// <summary>Whether every part is present: JSON with a missing or null part (a hand-edited or damaged file) is no manifest.</summary>
    private bool IsComplete =>
        SiteKey is not null && ContentKey is not null && Theme is not null && Inputs is not null && Outputs is not null
        && Groups is not null && Result is { Diagnostics: not null, RatingCounts: not null }
        && Inputs.Values.All(s => s?.Hash is not null) && Outputs.Values.All(s => s?.Hash is not null)
        && Groups.Values.All(paths => paths is not null && paths.All(Outputs.ContainsKey));
}

/// <summary>A successful build's result, as the command reports it, for a build that finds nothing changed.</summary>
/// <param name="Groups">How many page groups the site has.</param>
internal sealed record CachedResult(
    List<Diagnostic> Diagnostics,
    int PagesWritten,
    int FilesWritten,
    Dictionary<Rating, int> RatingCounts,
    int Groups);

[JsonSerializable(typeof(BuildCacheManifest))]
[JsonSourceGenerationOptions(RespectNullableAnnotations = true)]
internal sealed partial class BuildCacheJson : JsonSerializerContext;

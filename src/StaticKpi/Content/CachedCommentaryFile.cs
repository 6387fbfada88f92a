using System.Text.Json.Serialization;
using StaticKpi.Diagnostics;
using StaticKpi.Model;

namespace StaticKpi.Content;

/// <summary>
/// What <see cref="ParsedCommentaryCache"/> writes: every field of the commentary files it keeps, as plain data that
/// System.Text.Json can write and read back without reflection.
/// </summary>
/// <param name="Format">Raised whenever these records change, so that a file written by another version is ignored.</param>
/// <param name="Key">The tool version and configuration the entries were parsed with (<see cref="ParsedCommentaryCache.Open"/>).</param>
internal sealed record CachedCommentaryFiles(int Format, string Key, List<CachedCommentaryFile> Entries);

/// <param name="Hash">The hash of the file's path and bytes, 32 hexadecimal digits.</param>
/// <param name="Length">The file's length in bytes, checked with the path on every hit.</param>
internal sealed record CachedCommentaryFile(string Hash, string File, long Length, CachedCommentary? Value, List<Diagnostic> Diagnostics)
{
    public static CachedCommentaryFile From(string hash, long length, LoadedFile<Commentary> loaded) =>
        new(hash, loaded.File, length, loaded.Value is { } value ? CachedCommentary.From(value) : null, [.. loaded.Diagnostics]);

    public LoadedFile<Commentary> ToLoaded() => new(Value?.ToCommentary(), Diagnostics) { File = File };
}

/// <summary>A <see cref="Commentary"/>, its period written by its parts (a period has no public constructor).</summary>
internal sealed record CachedCommentary(
    int IndicatorId,
    CachedPeriod Period,
    string? CommentaryHtml,
    string? ActionsHtml,
    string? PathToGreenHtml,
    List<CommentarySection> OtherSections,
    SourceLocation Location,
    List<MarkdownLink>? Links,
    string SearchText)
{
    public static CachedCommentary From(Commentary c) =>
        new(c.IndicatorId, CachedPeriod.From(c.Period), c.CommentaryHtml, c.ActionsHtml, c.PathToGreenHtml, [.. c.OtherSections], c.Location,
            c.Links is null ? null : [.. c.Links], c.SearchText);

    public Commentary ToCommentary() =>
        new(IndicatorId, Period.ToPeriod(), CommentaryHtml, ActionsHtml, PathToGreenHtml, OtherSections, Location, Links, SearchText);
}

internal sealed record CachedPeriod(PeriodKind Kind, int Year, int Number, int FinancialYearStartMonth)
{
    public static CachedPeriod From(Period p) => new(p.Kind, p.Year, p.Number, p.FinancialYearStartMonth);

    /// <summary>The period; throws <see cref="ArgumentOutOfRangeException"/> for parts no period has (a damaged file).</summary>
    public Period ToPeriod() => Kind switch
    {
        PeriodKind.Month => Model.Period.Month(Year, Number, FinancialYearStartMonth),
        PeriodKind.Quarter => Model.Period.Quarter(Year, Number, FinancialYearStartMonth),
        PeriodKind.FinancialYear => Model.Period.FinancialYear(Year, FinancialYearStartMonth),
        _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, "Not a kind of period."),
    };
}

/// <summary>The source-generated serializer: no reflection at start-up, and trimming-safe.</summary>
[JsonSourceGenerationOptions(RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(CachedCommentaryFiles))]
internal sealed partial class CachedCommentaryJson : JsonSerializerContext;

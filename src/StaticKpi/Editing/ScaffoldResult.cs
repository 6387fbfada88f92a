using StaticKpi.Diagnostics;

namespace StaticKpi.Editing;

/// <summary>
/// What a <c>statickpi new …</c> command did: the files it created or changed (relative to the site folder), or why
/// it did nothing. When the site already had errors they are in <see cref="Diagnostics"/>.
/// </summary>
public sealed record ScaffoldResult(
    IReadOnlyList<string> Created,
    IReadOnlyList<string> Changed,
    IReadOnlyList<string> Notes,
    string? Error = null,
    IReadOnlyList<Diagnostic>? Diagnostics = null)
{
    public bool Succeeded => Error is null;

    public static ScaffoldResult Failed(string error, IReadOnlyList<Diagnostic>? diagnostics = null) => new([], [], [], error, diagnostics);
}

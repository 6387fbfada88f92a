using StaticKpi.Diagnostics;
using StaticKpi.Model;

namespace StaticKpi.Content;

/// <summary>
/// Which files in <c>content/commentary/</c> are commentary: those whose names end in exactly <c>.md</c>, on every
/// system (<see cref="SiteFolder.FindFiles"/> matches names with their capitals, so <c>.MD</c> is not read on
/// Windows either). Anything else there is not read, which an editor who saved <c>2024-25-q3.MD</c> or
/// <c>2024-25-q3.txt</c> would never notice: a warning (SKPI034), except for the files systems and editors leave.
/// </summary>
public static class CommentaryFileNames
{
    public const string Extension = ".md";

    /// <summary>
    /// Whether a file found in the commentary folder (a path relative to the site folder) is one an editor meant
    /// as commentary but that is not read: not hidden (<c>.DS_Store</c>, <c>.gitkeep</c>, or inside a hidden
    /// folder), not an editor's backup or autosave (<c>~</c>, <c>#…#</c>) and not Windows' folder files.
    /// </summary>
    public static bool IsIgnoredByMistake(string relativePath)
    {
        var name = relativePath[(relativePath.LastIndexOf('/') + 1)..];
        if (name.EndsWith(Extension, StringComparison.Ordinal) || name.EndsWith('~') || name.StartsWith('#') ||
            name.Equals("Thumbs.db", StringComparison.OrdinalIgnoreCase) || name.Equals("desktop.ini", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return !relativePath.Split('/').Any(part => part.StartsWith('.'));
    }

    /// <summary>
    /// The period part of a commentary file's name and the language of a translation: "2024-25-q3.cy" is the Welsh
    /// (cy) commentary of 2024-25-q3 when cy is one of the site's other languages; any other name is the default
    /// language's.
    /// </summary>
    public static (string Stem, string? Language) StemAndLanguage(string nameWithoutExtension, SiteConfig config)
    {
        var dot = nameWithoutExtension.LastIndexOf('.');
        if (dot > 0 && config.Languages.Skip(1).Any(l => l.Code == nameWithoutExtension[(dot + 1)..]))
        {
            return (nameWithoutExtension[..dot], nameWithoutExtension[(dot + 1)..]);
        }

        return (nameWithoutExtension, null);
    }

    public static Diagnostic Ignored(string relativePath)
    {
        var name = relativePath[(relativePath.LastIndexOf('/') + 1)..];
        var dot = name.LastIndexOf('.');
        var renamed = (dot > 0 ? name[..dot] : name) + Extension;
        return new Diagnostic(Severity.Warning, RuleIds.CommentaryFileIgnored, new SourceLocation(relativePath, 1, 1),
            $"The file '{QuotedValue.Cut(name)}' is not read: only files whose names end in '{Extension}' (in small letters) are commentary.",
            $"Rename it to '{QuotedValue.Cut(renamed)}' if it is commentary; otherwise move it out of {ContentLoader.CommentaryFolder}/.");
    }
}

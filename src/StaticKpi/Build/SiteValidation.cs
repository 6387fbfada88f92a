using StaticKpi.Content;
using StaticKpi.Diagnostics;
using StaticKpi.Render;

namespace StaticKpi.Build;

public sealed record ValidationResult(IReadOnlyList<Diagnostic> Diagnostics)
{
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);

    public bool Succeeded => Errors == 0;
}

/// <summary>
/// The Content stage and the checks against the plan of pages on their own (<see cref="CheckedContent"/>): every
/// problem a build would report about the site's files, without rendering or writing anything. <c>statickpi
/// validate</c> runs this; <see cref="SiteBuild"/> runs the same stage first.
/// </summary>
public static class SiteValidation
{
    /// <param name="strict">Whether half-written text is an error, as in a strict build (<see cref="Strictness"/>).</param>
    public static ValidationResult Run(string sourceDirectory, bool strict = false)
    {
        var diagnostics = new DiagnosticBag();
        if (CheckedContent.Load(sourceDirectory, diagnostics) is { } site)
        {
            // The theme's words, as a build loads them: a strings file with a mistake is found before building.
            ThemeWords.Load(new Theme(Path.Combine(sourceDirectory, SiteSources.ThemesFolder, site.Config.Theme)), site.Config, diagnostics);
        }

        var found = diagnostics.ToSortedList();
        return new ValidationResult(strict ? [.. Strictness.Apply(found)] : found);
    }
}

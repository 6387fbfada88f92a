using StaticKpi.Content;
using StaticKpi.Diagnostics;

namespace StaticKpi.Build;

public sealed record ValidationResult(IReadOnlyList<Diagnostic> Diagnostics)
{
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);

    public bool Succeeded => Errors == 0;
}

/// <summary>
/// The Content stage on its own: every problem a build would report about the site's files, without rendering
/// or writing anything. <c>statickpi validate</c> runs this; <see cref="SiteBuild"/> runs the same stage first.
/// </summary>
public static class SiteValidation
{
    public static ValidationResult Run(string sourceDirectory)
    {
        var diagnostics = new DiagnosticBag();
        ContentLoader.Load(sourceDirectory, diagnostics);
        return new ValidationResult(diagnostics.ToSortedList());
    }
}

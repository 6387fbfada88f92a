using StaticKpi.Checks;
using StaticKpi.Content;
using StaticKpi.Diagnostics;
using StaticKpi.Model;
using StaticKpi.Pages;
using StaticKpi.Render;

namespace StaticKpi.Build;

/// <summary>
/// The Content stage followed by the checks that need the plan of pages (<see cref="PageLinkChecks"/>: commentary no
/// page shows, Markdown links to pages the build does not write). They run here rather than in Content because only
/// Pages knows which pages a build writes, and Content is below Pages. Every command that needs a site without
/// errors (<c>build</c>, <c>validate</c>, <c>serve</c>, <c>import</c>, <c>new period</c>) loads it this way.
/// </summary>
public static class CheckedContent
{
    /// <returns>The site, or null when any error was reported (every problem found is in <paramref name="diagnostics"/>).</returns>
    public static Site? Load(string sourceDirectory, DiagnosticBag diagnostics) => Assemble(SiteSources.Load(sourceDirectory), diagnostics);

    /// <param name="pagePaths">
    /// The output path of every page, for a caller that already has the plan (the preview keeps it while only commentary
    /// changes); by default it is worked out from the site.
    /// </param>
    /// <returns>The site, or null when any error was reported.</returns>
    public static Site? Assemble(SiteSources sources, DiagnosticBag diagnostics, IReadOnlySet<string>? pagePaths = null)
    {
        if (sources.AssembleDespiteErrors(diagnostics) is not { } site)
        {
            return null;
        }

        new PageLinkChecks(site, diagnostics, sources.UnloadedIndicatorIds, sources.UnloadedReportFiles, pagePaths).Run();
        CheckBrandColours(site.Config, sources.SourceDirectory, diagnostics);
        return diagnostics.HasErrors ? null : site;
    }

    /// <summary>
    /// The brand colours against the theme's header text and page background (<see cref="BrandContrast"/>): here, as
    /// only the theme (Render) knows those, and Content is below it.
    /// </summary>
    private static void CheckBrandColours(SiteConfig config, string sourceDirectory, DiagnosticBag diagnostics)
    {
        if (config.Branding == Branding.None)
        {
            return;
        }

        var theme = new Theme(Path.Combine(sourceDirectory, SiteSources.ThemesFolder, config.Theme));
        BrandContrast.Check(config.Branding, theme.ReadText(BrandContrast.ThemeStylesheet), diagnostics);
    }
}

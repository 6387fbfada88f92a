using StaticKpi.Diagnostics;
using StaticKpi.Localisation;
using StaticKpi.Model;
using StaticKpi.Render;

namespace StaticKpi.Build;

/// <summary>
/// The theme's words (<c>themes/&lt;name&gt;/i18n/&lt;lang&gt;.yaml</c>, the site's over the default theme's) in every
/// language of the site, loaded once and checked: <c>build</c> and <c>validate</c> both load them here, so a strings
/// file with a mistake is reported by either, the same way.
/// </summary>
public static class ThemeWords
{
    /// <returns>
    /// The site's words and those of its default language; null when a strings file cannot be used (then reported in
    /// <paramref name="diagnostics"/>, naming its file, line and column).
    /// </returns>
    public static (StringCatalogue Catalogue, SiteStrings Default)? Load(Theme theme, SiteConfig config, DiagnosticBag diagnostics)
    {
        var catalogue = new StringCatalogue(theme);
        try
        {
            var words = catalogue.For(config.Language);
            foreach (var language in config.Languages)
            {
                _ = catalogue.For(language.Culture); // loaded now, so a broken file stops the build before it writes anything
            }

            return (catalogue, words);
        }
        catch (StringsProblem problem)
        {
            diagnostics.Error(RuleIds.TemplateError, SourceLocation.FileOnly("themes/" + config.Theme), problem.Message, problem.Fix);
            return null;
        }
    }
}

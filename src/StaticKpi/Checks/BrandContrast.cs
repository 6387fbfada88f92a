using StaticKpi.Diagnostics;
using StaticKpi.Model;
using StaticKpi.Shared;

namespace StaticKpi.Checks;

/// <summary>
/// Checks a site's brand colours against what they sit on, in the light scheme and in the dark one: the primary colour
/// is the header's background, behind the header's text (4.5:1, WCAG 1.4.3); the accent is the rule under the header,
/// a mark that is not text, against the page's background (3:1, WCAG 1.4.11). The header's text and the page's
/// background are read from the theme's stylesheet tokens (<c>--header-text</c>, <c>--background</c>, on <c>:root</c>
/// and in its <c>prefers-color-scheme: dark</c> block); a token the theme does not declare is white. Run by
/// <c>validate</c> and so by every build, before anything is written.
/// </summary>
public static class BrandContrast
{
    /// <summary>The theme stylesheet the tokens are read from.</summary>
    public const string ThemeStylesheet = "assets/site.css";

    private static readonly Rgb White = new(255, 255, 255);

    /// <param name="themeCss">The text of the theme's <see cref="ThemeStylesheet"/>; null when the theme has none.</param>
    public static void Check(Branding branding, string? themeCss, DiagnosticBag diagnostics)
    {
        if (branding.Colours.Primary is null && branding.Colours.Accent is null && branding.PrimaryDark is null && branding.AccentDark is null)
        {
            return;
        }

        var schemes = themeCss is null ? [] : ColourTokens.Read(new StyleSheetFile(ThemeStylesheet, themeCss)).ToList();
        var light = schemes.FirstOrDefault(s => s.Selector == ":root")?.Colours ?? new Dictionary<string, Rgb>();
        var dark = schemes.FirstOrDefault(IsDark)?.Colours ?? light;
        var lightText = light.GetValueOrDefault("--header-text", White);
        var lightPage = light.GetValueOrDefault("--background", White);
        var darkText = dark.GetValueOrDefault("--header-text", lightText);
        var darkPage = dark.GetValueOrDefault("--background", lightPage);

        var primary = Pair(branding.Colours.Primary, lightText, "the header text", Contrast.Text, "WCAG 1.4.3", dark: false);
        var accent = Pair(branding.Colours.Accent, lightPage, "the page background", Contrast.NonText, "WCAG 1.4.11", dark: false);
        var primaryDark = Pair(branding.PrimaryDark, darkText, "the header text", Contrast.Text, "WCAG 1.4.3", dark: true);
        var accentDark = Pair(branding.AccentDark, darkPage, "the page background", Contrast.NonText, "WCAG 1.4.11", dark: true);
        foreach (var pair in new[] { primary, accent })
        {
            pair?.Report(diagnostics);
        }

        // The dark scheme's pair is reported only when it differs from the light one's: the same colour on the same
        // background fails once.
        foreach (var (pair, same) in new[] { (primaryDark, primary), (accentDark, accent) })
        {
            if (pair is not null && (same is null || pair.Colour.Hex != same.Colour.Hex || pair.Backdrop != same.Backdrop))
            {
                pair.Report(diagnostics);
            }
        }
    }

    private static bool IsDark(ColourScheme scheme) =>
        scheme.Selector.Contains("prefers-color-scheme", StringComparison.OrdinalIgnoreCase) &&
        scheme.Selector.Contains("dark", StringComparison.OrdinalIgnoreCase);

    private static ColourPair? Pair(BrandColour? colour, Rgb backdrop, string backdropName, double minimum, string criterion, bool dark) =>
        colour is null ? null : new ColourPair(colour, backdrop, backdropName, minimum, criterion, dark);

    private sealed record ColourPair(BrandColour Colour, Rgb Backdrop, string BackdropName, double Minimum, string Criterion, bool Dark)
    {
        public void Report(DiagnosticBag diagnostics)
        {
            var rgb = Rgb.FromHex(Colour.Hex);
            var ratio = Contrast.Ratio(rgb, Backdrop);
            if (ratio >= Minimum)
            {
                return;
            }

            var needs = Minimum.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
            var scheme = Dark ? " in the dark scheme" : "";
            var message = $"{Colour.Key} {Colour.Hex}{scheme} has a contrast of {Contrast.Format(ratio, Minimum)}, and needs {needs}:1 " +
                          $"against {BackdropName} {Backdrop} ({Criterion}).";
            var shade = NearestShade.Passing(rgb, Backdrop, Minimum);
            var fix = shade is { } passing
                ? $"The nearest shade of the same colour that passes is {passing} ({Contrast.Format(Contrast.Ratio(passing, Backdrop))}); " +
                  "use it, or another colour that passes."
                : $"No shade of this colour passes against {Backdrop}; choose another colour.";
            if (Dark && !Colour.Key.Contains("colours_dark", StringComparison.Ordinal))
            {
                var key = Colour.Key.Replace("colours.", "colours_dark.", StringComparison.Ordinal);
                fix += $" Or give the dark scheme a colour of its own with {key}.";
            }

            diagnostics.Error(RuleIds.BrandColourContrast, Colour.Location, message, fix);
        }
    }
}

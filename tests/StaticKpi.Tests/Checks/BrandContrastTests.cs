using StaticKpi.Checks;
using StaticKpi.Diagnostics;
using StaticKpi.Model;

namespace StaticKpi.Tests.Checks;

/// <summary>
/// Brand colours against what they sit on, in both schemes (<see cref="BrandContrast"/>). Ratios and shades were worked
/// out independently (Python, the WCAG formula): #6ca0dc on white is 2.7275:1, #f0b400 on white 1.8694:1, #1d4f91 on
/// #0b0c0c 2.4060:1.
/// </summary>
public sealed class BrandContrastTests
{
    private static readonly SourceLocation Primary = new("site.config.yaml", 27, 14);
    private static readonly SourceLocation Accent = new("site.config.yaml", 28, 13);

    private const string LightTheme = ":root { --text: #0b0c0c; --background: #ffffff; }";

    private const string DarkTheme = """
        :root { --background: #ffffff; --header-text: #ffffff; }
        @media (prefers-color-scheme: dark) { :root { --background: #0b0c0c; } }
        """;

    private static Branding Colours(string? primary, string? accent, string? darkPrimary = null, string? darkAccent = null) =>
        Branding.None with
        {
            Colours = new BrandColours(Colour(primary, "branding.colours.primary", Primary), Colour(accent, "branding.colours.accent", Accent)),
            ColoursDark = new BrandColours(Colour(darkPrimary, "branding.colours_dark.primary", new("site.config.yaml", 30, 14)),
                Colour(darkAccent, "branding.colours_dark.accent", new("site.config.yaml", 31, 13))),
        };

    private static BrandColour? Colour(string? hex, string key, SourceLocation at) => hex is null ? null : new BrandColour(hex, key, at);

    private static IReadOnlyList<Diagnostic> Check(Branding branding, string? css)
    {
        var diagnostics = new DiagnosticBag();
        BrandContrast.Check(branding, css, diagnostics);
        return diagnostics.ToList();
    }

    [Theory]
    [InlineData("#6ca0dc", null, 27, 14,
        "branding.colours.primary #6ca0dc has a contrast of 2.73:1, and needs 4.5:1 against the header text #ffffff (WCAG 1.4.3).",
        "#3078ca (4.50:1)")]
    [InlineData("#1d4f91", "#f0b400", 28, 13,
        "branding.colours.accent #f0b400 has a contrast of 1.87:1, and needs 3:1 against the page background #ffffff (WCAG 1.4.11).",
        "#bc8d00 (3.02:1)")]
    public void A_failing_colour_is_an_error_with_its_ratio_and_the_nearest_passing_shade(string primary, string? accent, int line, int column,
        string message, string shade)
    {
        var diagnostic = Assert.Single(Check(Colours(primary, accent), LightTheme));

        Assert.Equal(new Diagnostic(Severity.Error, RuleIds.BrandColourContrast, new("site.config.yaml", line, column), message,
            $"The nearest shade of the same colour that passes is {shade}; use it, or another colour that passes."), diagnostic);
    }

    [Fact]
    public void An_accent_that_passes_in_light_but_not_on_the_dark_background_is_an_error_for_the_dark_scheme()
    {
        var diagnostic = Assert.Single(Check(Colours("#1d4f91", "#1d4f91"), DarkTheme));

        Assert.Equal(new Diagnostic(Severity.Error, RuleIds.BrandColourContrast, Accent,
            "branding.colours.accent #1d4f91 in the dark scheme has a contrast of 2.41:1, and needs 3:1 against the page background #0b0c0c " +
            "(WCAG 1.4.11).",
            "The nearest shade of the same colour that passes is #225dab (3.01:1); use it, or another colour that passes. " +
            "Or give the dark scheme a colour of its own with branding.colours_dark.accent."), diagnostic);
    }

    [Fact]
    public void A_dark_scheme_colour_of_its_own_is_checked_against_the_dark_scheme_and_named_by_its_own_key()
    {
        Assert.Empty(Check(Colours("#1d4f91", "#1d4f91", darkAccent: "#4fa3e0"), DarkTheme));

        var diagnostic = Assert.Single(Check(Colours("#1d4f91", "#00857a", darkPrimary: "#6ca0dc"), DarkTheme));
        Assert.Equal(new Diagnostic(Severity.Error, RuleIds.BrandColourContrast, new("site.config.yaml", 30, 14),
            "branding.colours_dark.primary #6ca0dc in the dark scheme has a contrast of 2.73:1, and needs 4.5:1 against the header text " +
            "#ffffff (WCAG 1.4.3).",
            "The nearest shade of the same colour that passes is #3078ca (4.50:1); use it, or another colour that passes."), diagnostic);
    }

    [Fact]
    public void A_colour_that_fails_the_same_way_in_both_schemes_is_reported_once() =>
        Assert.Equal([Primary], Check(Colours("#6ca0dc", null), LightTheme + "@media (prefers-color-scheme: dark) { :root { --text: #fff; } }")
            .Select(d => d.Location));

    [Fact]
    public void The_header_text_colour_is_read_from_the_themes_token()
    {
        // Amber fails behind white text but passes behind near-black text, so the theme's --header-text decides.
        Assert.Single(Check(Colours("#f0b400", null), LightTheme));
        Assert.Empty(Check(Colours("#f0b400", null), LightTheme + ":root { --header-text: #0b0c0c; }"));
    }

    [Fact]
    public void Without_a_theme_stylesheet_the_header_text_and_page_are_taken_as_white() =>
        Assert.Equal(["branding.colours.primary #6ca0dc has a contrast of 2.73:1, and needs 4.5:1 against the header text #ffffff (WCAG 1.4.3)."],
            Check(Colours("#6ca0dc", null), null).Select(d => d.Message));

    [Fact]
    public void Colours_that_pass_in_both_schemes_give_nothing() =>
        Assert.Empty(Check(Colours("#1d4f91", "#00857a", darkPrimary: "#163d70"), DarkTheme));
}

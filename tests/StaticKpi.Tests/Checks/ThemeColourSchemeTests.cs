using StaticKpi.Checks;
using StaticKpi.Shared;

namespace StaticKpi.Tests.Checks;

/// <summary>
/// The default theme's colour schemes as the contrast checks (A11Y018, A11Y019) read them: the light tokens on
/// <c>:root</c> and the dark ones in <c>@media (prefers-color-scheme: dark)</c>, with the header's and the focus
/// text's own tokens, every pair passing in both.
/// </summary>
public sealed class ThemeColourSchemeTests
{
    private const string Dark = "@media (prefers-color-scheme: dark) :root";

    private static readonly string ThemeCss =
        File.ReadAllText(Path.Combine(RepoPaths.Root, "themes", "default", "assets", "site.css"));

    private static IReadOnlyList<ColourScheme> Schemes(string css) => [.. ColourTokens.Read(new StyleSheetFile("assets/site.css", css))];

    private static IReadOnlyList<Finding> CheckCss(string css) => CheckSite.CheckPage(TestPage.Valid, ("assets/site.css", css));

    [Fact]
    public void The_default_theme_has_a_light_and_a_dark_scheme()
    {
        var schemes = Schemes(ThemeCss);

        Assert.Equal([":root", Dark], schemes.Select(s => s.Selector));
        Assert.Equal(Rgb.FromHex("#121314"), schemes[1].Colours["--background"]);
        Assert.Equal(Rgb.FromHex("#f3f2f1"), schemes[1].Colours["--text"]);
    }

    [Fact]
    public void The_header_and_focus_text_colours_are_tokens_in_both_schemes()
    {
        var schemes = Schemes(ThemeCss);

        Assert.Equal(
            [("#0b0c0c", "#ffffff", "#0b0c0c"), ("#000000", "#ffffff", "#0b0c0c")],
            schemes.Select(s => (
                s.Colours["--header-background"].ToString(), s.Colours["--header-text"].ToString(), s.Colours["--focus-text"].ToString())));
    }

    [Fact]
    public void The_dark_scheme_redeclares_every_colour_the_light_one_declares_except_the_focus_highlight()
    {
        var schemes = Schemes(ThemeCss);

        Assert.Equal(["--focus", "--focus-text"], schemes[0].Colours.Keys.Except(schemes[1].Changed).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_pair_of_the_default_theme_passes_in_both_schemes_and_the_dark_scheme_checks_them_all()
    {
        var dark = Schemes(ThemeCss)[1];

        Assert.Empty(CheckCss(ThemeCss));
        // 4 text colours on 2 surfaces, --text on 5 rating tints, the header's text and the focus text.
        Assert.Equal(15, ColourPairs.Text(dark.Colours).Count());
        // 5 rating symbols on their tints and the focus highlight against its outline.
        Assert.Equal(
            ["--amber on --amber-tint", "--blue on --blue-tint", "--green on --green-tint", "--grey on --grey-tint", "--red on --red-tint",
                "--focus on --focus-text"],
            ColourPairs.NonText(dark.Colours).Select(p => $"{p.Foreground} on {p.Background}"));
    }

    [Fact]
    public void A_header_text_colour_that_fails_in_the_dark_scheme_is_reported_for_that_scheme_with_a_fix()
    {
        var css = ThemeCss.Replace("    --header-text: #ffffff;\n  }", "    --header-text: #333333;\n  }", StringComparison.Ordinal);
        Assert.NotEqual(ThemeCss, css);

        var finding = Assert.Single(CheckCss(css));

        Assert.Equal(("assets/site.css", Dark, "A11Y018", SuccessCriteria.ContrastMinimum),
            (finding.Page, finding.Selector, finding.RuleId, finding.SuccessCriterion));
        Assert.Equal("--header-text (#333333) on --header-background (#000000) has a contrast ratio of 1.66:1; " +
            "the site header's text needs at least 4.50:1.", finding.Message);
        Assert.Equal("Change --header-text to #767676 (4.62:1) or another colour that reaches 4.50:1 against --header-background.", finding.Fix);
    }

    [Fact]
    public void The_focus_highlight_is_measured_against_focus_text_where_the_theme_declares_it()
    {
        var css = ":root { --text: #f3f2f1; --focus: #333333; --focus-text: #0b0c0c; }";

        var findings = CheckCss(css);

        Assert.Equal(
            "A11Y018: --focus-text (#0b0c0c) on --focus (#333333) has a contrast ratio of 1.55:1; " +
                "the text of a focused link or control needs at least 4.50:1.\n" +
            "A11Y019: --focus (#333333) on --focus-text (#0b0c0c) has a contrast ratio of 1.55:1; the focus indicator needs at least 3.00:1.",
            string.Join("\n", findings.Select(f => $"{f.RuleId}: {f.Message}").Order(StringComparer.Ordinal)));
    }
}

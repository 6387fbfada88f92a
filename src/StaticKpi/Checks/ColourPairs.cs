using StaticKpi.Shared;

namespace StaticKpi.Checks;

/// <param name="Foreground">The token painted on top, e.g. <c>--red</c>.</param>
/// <param name="Background">The token behind it, e.g. <c>--red-tint</c>.</param>
/// <param name="Use">What the pair is used for, to explain a failure.</param>
internal sealed record ColourPair(string Foreground, string Background, string Use);

/// <summary>
/// The pairs of theme colour tokens that meet on the page, by the theme's naming convention. A pair is
/// checked only when the theme declares both tokens.
/// </summary>
internal static class ColourPairs
{
    private static readonly string[] TextColours = ["--text", "--muted", "--link", "--link-visited"];
    private static readonly string[] Surfaces = ["--background", "--panel"];

    /// <summary>Text (1.4.3, 4.5:1): body, muted and link text on the page and panel backgrounds, and body text on each rating's tint.</summary>
    public static IEnumerable<ColourPair> Text(IReadOnlyDictionary<string, Rgb> colours)
    {
        foreach (var surface in Surfaces)
        {
            foreach (var text in TextColours)
            {
                yield return new ColourPair(text, surface, "text");
            }
        }

        foreach (var tint in Tints(colours))
        {
            yield return new ColourPair("--text", tint, "text in a rating badge");
        }

        // The header has its own pair so a council's branding can colour it; the focused link inside it, and every
        // other focused control, is drawn in --focus-text on the --focus highlight whatever the scheme.
        yield return new ColourPair("--header-text", "--header-background", "the site header's text");
        yield return new ColourPair("--focus-text", "--focus", "the text of a focused link or control");
    }

    /// <summary>
    /// Non-text (1.4.11, 3:1): each rating's symbol and border colour on its tint (--red on --red-tint), and
    /// the focus highlight against the colour that outlines it: --focus-text where the theme declares it (the default
    /// theme does, so that a dark scheme's light --text does not outline the yellow highlight), else --text.
    /// </summary>
    public static IEnumerable<ColourPair> NonText(IReadOnlyDictionary<string, Rgb> colours)
    {
        foreach (var tint in Tints(colours))
        {
            yield return new ColourPair(tint[..^"-tint".Length], tint, "a rating's symbol and border");
        }

        yield return new ColourPair("--focus", colours.ContainsKey("--focus-text") ? "--focus-text" : "--text", "the focus indicator");
    }

    private static IEnumerable<string> Tints(IReadOnlyDictionary<string, Rgb> colours) =>
        colours.Keys.Where(k => k.EndsWith("-tint", StringComparison.Ordinal) && k.Length > "---tint".Length).Order(StringComparer.Ordinal);
}

using System.Text;
using StaticKpi.Model;

namespace StaticKpi.Build;

/// <summary>
/// The small stylesheet a branded site gets after the theme's: the brand colours as the theme's header tokens
/// (<c>--header-background</c>, <c>--header-accent</c>), again inside <c>prefers-color-scheme: dark</c> when the dark
/// scheme has colours of its own, and the rules that use them, so the header follows the brand whether or not the
/// theme's own rules read the tokens. A file rather than a <c>&lt;style&gt;</c> in every page: browsers cache it.
/// </summary>
internal static class BrandStylesheet
{
    /// <summary>Where it is written, before its fingerprint.</summary>
    public const string Path = "assets/brand.css";

    /// <summary>The stylesheet's text; null when the branding sets no colours and no logo (nothing to style).</summary>
    public static string? Of(Branding branding)
    {
        var colours = branding.Colours;
        if (colours.Primary is null && colours.Accent is null && branding.Logo is null)
        {
            return null;
        }

        var css = new StringBuilder("/* The site's brand, from branding in site.config.yaml; written by StaticKpi. */\n");
        if (colours.Primary is not null || colours.Accent is not null)
        {
            css.Append(":root {\n");
            Tokens(css, colours, "  ");
            css.Append("}\n");
        }

        var dark = branding.ColoursDark;
        if (dark.Primary is not null || dark.Accent is not null)
        {
            css.Append("@media (prefers-color-scheme: dark) {\n  :root {\n");
            Tokens(css, dark, "    ");
            css.Append("  }\n}\n");
        }

        if (colours.Primary is not null || dark.Primary is not null)
        {
            css.Append(".site-header { background: var(--header-background); }\n");
        }

        if (colours.Accent is not null || dark.Accent is not null)
        {
            css.Append(".site-header { border-bottom: 0.25rem solid var(--header-accent); }\n");
        }

        if (branding.Logo is not null)
        {
            css.Append(".site-logo { display: block; height: 3rem; width: auto; max-width: 100%; margin-bottom: 0.25rem; }\n");
        }

        return css.ToString();
    }

    private static void Tokens(StringBuilder css, BrandColours colours, string indent)
    {
        if (colours.Primary is { } primary)
        {
            css.Append(indent).Append("--header-background: ").Append(primary.Hex).Append(";\n");
        }

        if (colours.Accent is { } accent)
        {
            css.Append(indent).Append("--header-accent: ").Append(accent.Hex).Append(";\n");
        }
    }
}

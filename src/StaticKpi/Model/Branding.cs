using StaticKpi.Diagnostics;

namespace StaticKpi.Model;

/// <summary>
/// A council's own look, from the <c>branding</c> section of <c>site.config.yaml</c>: a logo, a favicon, header colours,
/// extra links in the header and footer and a stylesheet of its own. Every part is optional; a site without branding is
/// written exactly as the theme alone writes it.
/// </summary>
/// <param name="ColoursDark">The colours in the dark scheme; each one left out is the light scheme's.</param>
public sealed record Branding(
    BrandLogo? Logo,
    BrandFile? Favicon,
    BrandColours Colours,
    BrandColours ColoursDark,
    IReadOnlyList<BrandLink> HeaderLinks,
    IReadOnlyList<BrandLink> FooterLinks,
    BrandFile? Stylesheet)
{
    public static Branding None { get; } = new(null, null, BrandColours.None, BrandColours.None, [], [], null);

    /// <summary>The brand's files in the site folder (logo, favicon, stylesheet), each with where it is named.</summary>
    public IEnumerable<BrandFile> Files =>
        new[] { Logo?.File, Favicon, Stylesheet }.OfType<BrandFile>();

    /// <summary>The primary colour in the dark scheme: its own, else the light one.</summary>
    public BrandColour? PrimaryDark => ColoursDark.Primary ?? Colours.Primary;

    /// <summary>The accent colour in the dark scheme: its own, else the light one.</summary>
    public BrandColour? AccentDark => ColoursDark.Accent ?? Colours.Accent;
}

/// <summary>A file of the site folder that the brand uses.</summary>
/// <param name="Path">Relative to the site folder, with '/': always in its <c>assets/</c> folder.</param>
/// <param name="Kind">What the file is for, in words ("logo"), for messages.</param>
/// <param name="Location">Where site.config.yaml names it.</param>
public sealed record BrandFile(string Path, string Kind, SourceLocation Location)
{
    /// <summary>The file's extension in small letters, without the dot ("svg").</summary>
    public string Extension => System.IO.Path.GetExtension(Path).TrimStart('.').ToLowerInvariant();
}

/// <summary>The logo shown in the header with the site's title (above it, in the default theme), with its alternative text.</summary>
public sealed record BrandLogo(BrandFile File, string Alt)
{
    /// <summary>The alternative text in the site's other languages.</summary>
    public Translations Translations { get; init; } = Translations.None;

    /// <summary>The language of <see cref="Alt"/> when it is not the page's (a fallback to the default language's); else null.</summary>
    public string? Language { get; init; }
}

/// <summary>A brand colour as written (lower-case <c>#rrggbb</c>), with its key and where it is set, for contrast messages.</summary>
/// <param name="Key">The key's full name, such as <c>branding.colours.primary</c>.</param>
public sealed record BrandColour(string Hex, string Key, SourceLocation Location);

/// <param name="Primary">The header's background; the header's text sits on it.</param>
/// <param name="Accent">The rule under the header: a colour that is not text, against the page's background.</param>
public sealed record BrandColours(BrandColour? Primary, BrandColour? Accent)
{
    public static BrandColours None { get; } = new(null, null);
}

/// <summary>A link the site adds to its header or footer.</summary>
/// <param name="Url">
/// An https address, or a path in the site (<c>about/</c>, written relative to each page) or on its host (<c>/contact/</c>).
/// </param>
public sealed record BrandLink(string Text, string Url)
{
    /// <summary>The text in the site's other languages.</summary>
    public Translations Translations { get; init; } = Translations.None;

    /// <summary>The language of <see cref="Text"/> when it is not the page's (a fallback to the default language's); else null.</summary>
    public string? Language { get; init; }

    /// <summary>Whether the address is a path in the site, to be written relative to each page.</summary>
    public bool InSite => !Url.StartsWith('/') && !Url.Contains(':', StringComparison.Ordinal);
}

namespace StaticKpi.Pages;

/// <summary>
/// The site's branding as templates show it (<c>site.branding</c>): the written files' paths from the site root (a
/// template puts <c>page.root</c> before them) and the extra links. Empty for a site without branding, so the theme's
/// pages are then written exactly as before.
/// </summary>
public sealed record BrandingView(
    BrandImageView? Logo,
    BrandImageView? Favicon,
    IReadOnlyList<string> Stylesheets,
    IReadOnlyList<BrandLinkView> HeaderLinks,
    IReadOnlyList<BrandLinkView> FooterLinks)
{
    public static BrandingView None { get; } = new(null, null, [], [], []);
}

/// <param name="Path">Where the image is written, from the site root.</param>
/// <param name="Alt">The logo's alternative text; empty for a favicon.</param>
/// <param name="Type">Its media type, for <c>&lt;link rel="icon" type="…"&gt;</c>.</param>
public sealed record BrandImageView(string Path, string Alt, string Type)
{
    /// <summary>The alternative text's language when it is not the page's (an untranslated text), for the image's <c>lang</c>.</summary>
    public string? Lang { get; init; }
}

/// <param name="InSite">Whether <see cref="Url"/> is a path in the site, so a template writes <c>page.root</c> before it.</param>
public sealed record BrandLinkView(string Text, string Url, bool InSite)
{
    /// <summary>The text's language when it is not the page's (an untranslated text), for the link's <c>lang</c>.</summary>
    public string? Lang { get; init; }
}

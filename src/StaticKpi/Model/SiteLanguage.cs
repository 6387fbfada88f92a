namespace StaticKpi.Model;

/// <summary>
/// One language a site is published in (<c>languages:</c> in <c>site.config.yaml</c>; the first is the default).
/// Each language gets the whole site under its own <see cref="Path"/>.
/// </summary>
/// <param name="Code">The short code used in content maps (<c>title: {en: …, cy: …}</c>) and commentary file names (<c>.cy.md</c>).</param>
/// <param name="Culture">The .NET culture the language's pages are formatted in and declared with (<c>&lt;html lang&gt;</c>).</param>
/// <param name="Name">The language's own name, which the language switch shows ("Cymraeg").</param>
/// <param name="Path">The folder the language's pages are in, without slashes; empty for the site root.</param>
public sealed record SiteLanguage(string Code, string Culture, string Name, string Path)
{
    /// <summary>What the language's pages' paths start with: "" at the root, "cy/" in a folder.</summary>
    public string Prefix => Path.Length == 0 ? "" : Path + "/";

    /// <summary>From the language's folder back up to the site root: "" at the root, "../" from "cy/".</summary>
    public string UpToRoot => string.Concat(Enumerable.Repeat("../", Prefix.Count(c => c == '/')));

    /// <summary>The one language of a site without <c>languages:</c>: its <c>language:</c> culture, at the root.</summary>
    public static SiteLanguage Only(string culture) => new(CodeOf(culture), culture, culture, "");

    /// <summary>The short code of a culture: "en" for "en-GB".</summary>
    public static string CodeOf(string culture)
    {
        var dash = culture.IndexOf('-');
        return (dash > 0 ? culture[..dash] : culture).ToLowerInvariant();
    }
}

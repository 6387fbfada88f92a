namespace StaticKpi.Model;

/// <summary>
/// The licence the site's figures are published under, stated in the footer of every page and in the open data
/// package. <see cref="Name"/> is the licence's Open Definition identifier where it has one (as Frictionless data
/// packages expect); <see cref="Url"/> is where its text is.
/// </summary>
public sealed record Licence(string? Name, string Title, string Url)
{
    /// <summary>The title in the site's other languages.</summary>
    public Translations Translations { get; init; } = Translations.None;

    /// <summary>The language of the title when it is not the page's (a fallback to the default language's); else null.</summary>
    public string? Language { get; init; }

    /// <summary>The default for UK public sector information.</summary>
    public static Licence OpenGovernmentLicence { get; } = new(
        "OGL-UK-3.0",
        "Open Government Licence v3.0",
        "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/");
}

namespace StaticKpi.Model;

public sealed record Committee(string Key, string Name)
{
    /// <summary>The committee's name in the site's other languages.</summary>
    public Translations Translations { get; init; } = Translations.None;

    /// <summary>The language of the name when it is not the page's (a fallback to the default language's); else null.</summary>
    public string? Language { get; init; }
}

/// <summary>
/// How far from target each rating starts. Councils change this over time (for example dropping Blue), so
/// a site has a list of policies, each in force from a period onwards.
/// </summary>
/// <param name="RedThreshold">Percent off target beyond which an indicator is Red.</param>
/// <param name="RedIncludesThreshold">True when exactly <see cref="RedThreshold"/> off is already Red ("10% or more").</param>
/// <param name="BlueThreshold">Percent better than target beyond which an indicator is Blue; null when Blue is not used.</param>
/// <param name="BlueIncludesThreshold">True when exactly <see cref="BlueThreshold"/> better is already Blue.</param>
public sealed record RagPolicy(
    string Name,
    Period EffectiveFrom,
    decimal RedThreshold,
    bool RedIncludesThreshold,
    decimal? BlueThreshold,
    bool BlueIncludesThreshold)
{
    public bool UsesBlue => BlueThreshold is not null;

    /// <summary>The name in the site's other languages.</summary>
    public Translations Translations { get; init; } = Translations.None;

    /// <summary>The language of the name when it is not the page's (a fallback to the default language's); else null.</summary>
    public string? Language { get; init; }
}

public enum ComplianceStatus
{
    Full,
    Partial,
    None,
}

/// <summary>
/// What the accessibility statement says, following the UK model statement that public sector websites
/// must publish: who to contact, how compliant the site is, what is known not to work and when it was tested.
/// </summary>
public sealed record AccessibilityStatement(
    string? ContactEmail,
    string? ContactPhone,
    int ResponseDays,
    ComplianceStatus Compliance,
    IReadOnlyList<string> KnownIssues,
    DateOnly? LastTested,
    string? TestedBy,
    DateOnly? Prepared,
    DateOnly? LastReviewed)
{
    /// <summary>
    /// The statement of a site that writes none. Who tested it is then the theme's words in each language
    /// (<c>accessibility.tested_by_default</c>), as it is for a statement that does not say.
    /// </summary>
    public static AccessibilityStatement Default { get; } = new(null, null, 5, ComplianceStatus.Full, [], null, null, null, null);
}

public sealed record SiteConfig(
    string Title,
    string Organisation,
    string BaseUrl,
    string Language,
    int FinancialYearStartMonth,
    string CurrencySymbol,
    string Theme,
    string? ContactEmail,
    IReadOnlyList<Committee> Committees,
    IReadOnlyList<RagPolicy> RagPolicies,
    AccessibilityStatement? Accessibility = null,
    Licence? Licence = null,
    ProjectionSettings? Projection = null,
    IReadOnlyList<SiteLanguage>? LanguageList = null)
{
    /// <summary>The site's languages, the default first: those of <c>languages:</c>, else the one <see cref="Language"/>.</summary>
    public IReadOnlyList<SiteLanguage> Languages => LanguageList is { Count: > 0 } list ? list : [SiteLanguage.Only(Language)];

    public SiteLanguage DefaultLanguage => Languages[0];

    /// <summary>Whether the site is published in more than one language.</summary>
    public bool IsMultilingual => Languages.Count > 1;

    /// <summary>The title and organisation in the site's other languages.</summary>
    public Translations Translations { get; init; } = Translations.None;

    /// <summary>The language of <see cref="Title"/> when it is not the page's (a fallback to the default language's); else null.</summary>
    public string? TitleLanguage { get; init; }

    /// <summary>The language of <see cref="Organisation"/> when it is not the page's (a fallback); else null.</summary>
    public string? OrganisationLanguage { get; init; }

    /// <summary>How trend charts project: the configured settings, else on, from at least three values.</summary>
    public ProjectionSettings Projections => Projection ?? ProjectionSettings.Default;

    /// <summary>The site's own logo, colours, links and stylesheet; <see cref="Branding.None"/> when it has none.</summary>
    public Branding Branding { get; init; } = Branding.None;

    public Committee? CommitteeOf(string key) => Committees.FirstOrDefault(c => c.Key == key);

    /// <summary>The policy in force for a period: the latest one that starts on or before it.</summary>
    public RagPolicy? PolicyFor(Period period) =>
        RagPolicies.Where(p => p.EffectiveFrom.Start <= period.Start).MaxBy(p => p.EffectiveFrom.Start);
}

namespace StaticKpi.Checks;

/// <summary>The WCAG 2.2 success criteria the checks report against, numbered and named as in the standard.</summary>
public static class SuccessCriteria
{
    public const string NonTextContent = "1.1.1 Non-text Content";
    public const string InfoAndRelationships = "1.3.1 Info and Relationships";
    public const string ContrastMinimum = "1.4.3 Contrast (Minimum)";
    public const string NonTextContrast = "1.4.11 Non-text Contrast";
    public const string BypassBlocks = "2.4.1 Bypass Blocks";
    public const string PageTitled = "2.4.2 Page Titled";
    public const string LinkPurpose = "2.4.4 Link Purpose (In Context)";
    public const string HeadingsAndLabels = "2.4.6 Headings and Labels";
    public const string LanguageOfPage = "3.1.1 Language of Page";
    public const string NameRoleValue = "4.1.2 Name, Role, Value";

    /// <summary>For problems that break the site for everyone but are not an accessibility failure as such (a broken link).</summary>
    public const string NotWcag = "not a WCAG criterion";
}

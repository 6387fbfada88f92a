namespace StaticKpi.Diagnostics;

/// <summary>
/// Stable rule identifiers. Editors search for these in the docs, so never renumber one; add new ones at the end.
/// </summary>
public static class RuleIds
{
    public const string YamlSyntax = "SKPI001";
    public const string UnknownKey = "SKPI002";
    public const string WrongType = "SKPI003";
    public const string MissingRequired = "SKPI004";
    public const string DuplicateId = "SKPI005";
    public const string UnknownCommittee = "SKPI006";
    public const string BadPeriod = "SKPI007";
    public const string DuplicatePeriod = "SKPI008";
    public const string UnknownIndicator = "SKPI009";
    public const string OverrideWithoutReason = "SKPI010";
    public const string UnsafeLink = "SKPI011";
    public const string BadValue = "SKPI012";
    public const string MissingValue = "SKPI013";
    public const string DuplicateReport = "SKPI014";
    public const string TemplateError = "SKPI015";
    public const string FileError = "SKPI016";
    public const string DuplicateSlug = "SKPI017";
    public const string TargetedWithoutTarget = "SKPI018";
    public const string PercentOutOfRange = "SKPI019";
    public const string PlaceholderLink = "SKPI020";
    public const string DuplicateCommentary = "SKPI021";
    public const string CommentaryNotShown = "SKPI022";
    public const string BrokenInternalLink = "SKPI023";
    public const string InsecureLink = "SKPI024";
    public const string SkippedHeadingLevel = "SKPI025";
    public const string LinkLeavesSite = "SKPI026";
    public const string TooDeep = "SKPI027";
    public const string IdDoesNotMatchFileName = "SKPI028";
    public const string NumberOutOfRange = "SKPI029";
    public const string ExtraDocument = "SKPI030";
    public const string FileTooLarge = "SKPI031";
    public const string PlaceholderText = "SKPI032";
    public const string UnknownCommentarySection = "SKPI033";
    public const string CommentaryFileIgnored = "SKPI034";
    public const string ReportPeriodMismatch = "SKPI035";
    public const string IndicatorInNoReport = "SKPI036";
    public const string BrandColourContrast = "SKPI037";
    public const string UnsafeBrandImage = "SKPI038";
    public const string MissingTranslation = "SKPI039";
    public const string NoContentFormat = "SKPI040";
    public const string NewerContentFormat = "SKPI041";
}

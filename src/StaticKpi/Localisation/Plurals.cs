namespace StaticKpi.Localisation;

/// <summary>
/// The CLDR plural categories a sentence with a count is written in, and the rules that pick one for a language.
/// English has two forms (one, other); Welsh has six (zero, one, two, few, many, other).
/// </summary>
public static class Plurals
{
    public const string Zero = "zero";
    public const string One = "one";
    public const string Two = "two";
    public const string Few = "few";
    public const string Many = "many";
    public const string Other = "other";

    /// <summary>Every category name a plural entry in a strings file may use, in CLDR order.</summary>
    public static IReadOnlyList<string> Categories { get; } = [Zero, One, Two, Few, Many, Other];

    /// <summary>The category of a whole-number count in a language (its primary subtag, <c>en</c> or <c>cy</c>).</summary>
    public static string Category(string language, long count) => language switch
    {
        // CLDR cardinal rules for Welsh: 0 zero, 1 one, 2 two, 3 few, 6 many, anything else other.
        "cy" => count switch
        {
            0 => Zero,
            1 => One,
            2 => Two,
            3 => Few,
            6 => Many,
            _ => Other,
        },
        // English and the CLDR default: 1 one, anything else other.
        _ => count == 1 ? One : Other,
    };
}

namespace StaticKpi.Content;

/// <summary>
/// What editors type where there is no figure, copying the habit of spreadsheets and printed reports: 'n/a', '-',
/// 'TBC'. StaticKpi's way is an empty value with a note saying why (the page then says "No data" and shows the
/// note), so these get that advice instead of "write a plain number". 'TBC' is a valid target, which is read before
/// any number; here it is only a value.
/// </summary>
internal static class NoFigureWords
{
    private static readonly HashSet<string> StandIns = new(StringComparer.OrdinalIgnoreCase)
    {
        "n/a", "na", "n.a.", "n.a", "n/k", "nk", "n/d", "nd", "not applicable", "not available", "not known", "unknown",
        "no data", "none", "nil return", "-", "--", "---", "–", "—", "?", "??", "???", "x", "..", "...",
        "tbc", "tba", "tbd", "to be confirmed", "pending", "awaited", "not yet available",
    };

    public static bool IsStandIn(string text) => StandIns.Contains(text.Trim());

    /// <summary>What to write instead, for a field that may be left empty (and whose entry can carry a note) or not.</summary>
    public static string Fix(string key, bool canBeEmpty, bool hasNote) => key switch
    {
        _ when canBeEmpty && hasNote => $"If there is no figure, leave '{key}:' empty and add a 'note:' saying why.",
        _ when canBeEmpty => $"If there is no figure, leave '{key}:' empty.",
        "target" => "Write the target as a number, or TBC if it is still being set; or leave 'target' out if there is none.",
        "values" => "Write null where there is no figure.",
        _ => $"'{key}' needs a figure: write it as a plain number, or remove the entry if there is none.",
    };
}

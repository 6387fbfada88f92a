namespace StaticKpi.Model;

/// <summary>
/// The text of a record's translatable fields in the site's other languages (the record's own fields hold the
/// default language's): field name, then language code, then text. A field or language missing here falls back to
/// the default language's text, which pages mark with that language's <c>lang</c>.
/// </summary>
public sealed record Translations(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Fields)
{
    public static Translations None { get; } = new(new Dictionary<string, IReadOnlyDictionary<string, string>>());

    public bool IsEmpty => Fields.Count == 0;

    /// <summary>The field's text in a language, or null when it has none (and the default language's is used).</summary>
    public string? Of(string field, string code) =>
        Fields.TryGetValue(field, out var texts) && texts.TryGetValue(code, out var text) ? text : null;
}

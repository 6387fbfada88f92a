using System.Text.Encodings.Web;
using System.Text.Json;

namespace StaticKpi.Localisation;

/// <summary>
/// The words a theme script shows in the browser (the search page's counts and messages), handed to it as JSON so
/// the script writes no English of its own. Each key's last name maps to its text, or for a sentence with a count to
/// its forms by CLDR plural category; placeholders stay as <c>{name}</c> for the script to fill in, and the script
/// picks the form with the browser's plural rules for the page's language (the same CLDR rules as <see cref="Plurals"/>).
/// </summary>
public static class ScriptWords
{
    // The JSON goes into an HTML attribute that the template escapes, so letters such as ŵ and ’ can stay as they are.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// A JSON object of <paramref name="keys"/> (all of one group, such as <c>search.</c>, so their last names differ)
    /// in the language of <paramref name="strings"/>.
    /// </summary>
    public static string Json(SiteStrings strings, params IReadOnlyList<string> keys)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            foreach (var key in keys)
            {
                var entry = strings.Entry(key);
                var name = key[(key.LastIndexOf('.') + 1)..];
                if (!entry.IsPlural)
                {
                    writer.WriteString(name, entry.Text.Text);
                    continue;
                }
                writer.WriteStartObject(name);
                foreach (var category in Plurals.Categories.Where(entry.Forms.ContainsKey))
                {
                    writer.WriteString(category, entry.Forms[category].Text);
                }
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}

using System.Text;
using System.Text.RegularExpressions;

namespace StaticKpi.Charts;

/// <summary>
/// Escapes text from content for plotly.js's pseudo-HTML. plotly.js draws every text of a figure (trace names in the
/// legend, axis titles, category tick labels, hover text, tick prefixes) through <c>svg_text_utils.convertToTspans</c>,
/// which turns <c>&lt;a href&gt;</c>, <c>&lt;b&gt;</c>, <c>&lt;br&gt;</c>, <c>&lt;span style&gt;</c>, <c>&lt;sub&gt;</c> and
/// the like into live SVG elements (a link there would bypass the site's link allow-list), decodes the entities
/// <c>&amp;lt; &amp;gt; &amp;amp; &amp;nbsp; &amp;mu; &amp;times; &amp;plusmn; &amp;deg;</c> and numeric ones
/// (<c>&amp;#60;</c>, <c>&amp;#x3C;</c>), and, before that, fills <c>%{…}</c> fields of names and titles from
/// <c>layout.meta</c>. So an escaped text shows exactly the characters the editor wrote:
/// <list type="bullet">
/// <item><c>&lt;</c> becomes <c>&amp;lt;</c>: without it no tag can start (plotly.js splits tags on <c>&lt;…&gt;</c>).</item>
/// <item><c>&amp;</c> becomes <c>&amp;amp;</c> only where plotly.js would read an entity (<c>&amp;lt;</c>,
/// <c>&amp;#60;</c>, <c>&amp;deg;</c>); <c>Q&amp;A</c>, <c>R &amp; D</c> and <c>AT&amp;T;</c> stay as they are.</item>
/// <item><c>%{</c> becomes <c>&amp;#37;{</c>, so content cannot pull a template field into a name or title.</item>
/// </list>
/// Anything else (<c>&gt;</c>, quotes, <c>£</c>) plotly.js shows as it is, so ordinary text is returned unchanged, the
/// same string. JSON-in-HTML escaping is a separate, later step (<see cref="PlotlyJson"/>).
/// </summary>
internal static partial class PlotlyText
{
    /// <summary>plotly.js's line break; the only markup StaticKpi's own chart text uses.</summary>
    public const string LineBreak = "<br>";

    public static string Escape(string text)
    {
        StringBuilder? escaped = null;
        var copied = 0;
        for (var i = text.AsSpan().IndexOfAny('<', '&', '%'); i >= 0 && i < text.Length; i++)
        {
            var replacement = text[i] switch
            {
                '<' => "&lt;",
                '&' when EntityAt().IsMatch(text.AsSpan(i)) => "&amp;",
                '%' when i + 1 < text.Length && text[i + 1] == '{' => "&#37;",
                _ => null,
            };
            if (replacement is not null)
            {
                escaped ??= new StringBuilder(text.Length + 16);
                escaped.Append(text, copied, i - copied).Append(replacement);
                copied = i + 1;
            }
        }

        // Ordinary text ("Q&A", "50%") is returned as the very same string.
        return escaped is null ? text : escaped.Append(text, copied, text.Length - copied).ToString();
    }

    public static string? EscapeOrNull(string? text) => text is null ? null : Escape(text);

    public static string[] EscapeAll(IEnumerable<string> texts) => [.. texts.Select(Escape)];

    /// <summary>Each line escaped, then joined with plotly.js's line break.</summary>
    public static string Lines(params ReadOnlySpan<string> lines)
    {
        var escaped = new string[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            escaped[i] = Escape(lines[i]);
        }

        return string.Join(LineBreak, escaped);
    }

    /// <summary>
    /// An ampersand where plotly.js 2.28's <c>convertEntities</c> looks for an entity: its own pattern,
    /// <c>&amp;(#\d+|#x[\da-fA-F]+|[a-z]+);</c>. It decodes only eight of the names, but every name it might is
    /// escaped, so a later plotly.js that knows more names still shows the text as written.
    /// </summary>
    [GeneratedRegex(@"^&(?:#[0-9]+|#x[0-9a-fA-F]+|[a-z]+);", RegexOptions.CultureInvariant)]
    private static partial Regex EntityAt();
}

using System.Globalization;
using System.Text;

namespace StaticKpi.Cli;

/// <summary>
/// Makes text from a site's files safe to print to a terminal (or a CI log, which renders the same escape codes).
/// A committee name holding ESC ] 0 ; … BEL would retitle the terminal, ESC [ 2 J would clear it, a CR would let a
/// line overwrite itself, and a right-to-left override would show the rest of a line reversed. Every such character
/// is written as a visible escape instead, so the editor sees exactly what is in the file:
/// <c>\r</c>, <c>\n</c> and <c>\t</c> by name, other C0 and C1 controls and DEL as <c>\xHH</c> (ESC is <c>\x1B</c>,
/// BEL <c>\x07</c>), and Unicode line separators and bidirectional embeddings, overrides and isolates as
/// <c>\uHHHH</c>. Everything else, backslashes included, is printed as it is, so output without such characters
/// does not change. Used at the point of printing by every line the CLI writes that can carry content text.
/// </summary>
public static class TerminalText
{
    /// <summary>The text with every control character escaped visibly; the same string when there is none.</summary>
    public static string Escape(string text) => Escape(text, keepLayout: false);

    /// <summary>
    /// As <see cref="Escape(string)"/>, but keeps the line breaks and tabs of a message StaticKpi did not write
    /// itself and that lays itself out on several lines (System.CommandLine's list of allowed values). Quote any
    /// argument in it with <see cref="Escape(string)"/> first, so that no line break from the argument survives.
    /// </summary>
    public static string EscapeKeepingLayout(string text) => Escape(text, keepLayout: true);

    private static string Escape(string text, bool keepLayout)
    {
        var first = IndexOfUnsafe(text, keepLayout);
        if (first < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsUnsafe(c) || (keepLayout && IsLayout(text, i)))
            {
                escaped.Append(c);
                continue;
            }

            escaped.Append(c switch
            {
                '\r' => @"\r",
                '\n' => @"\n",
                '\t' => @"\t",
                <= '\u00FF' => @"\x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture),
                _ => @"\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
            });
        }

        return escaped.ToString();
    }

    /// <summary>
    /// True for characters a terminal acts on or that reorder what follows them: C0 controls, DEL and C1 controls
    /// (the 8-bit CSI U+009B is as good as ESC [ to many terminals), the line and paragraph separators, and the
    /// bidirectional embeddings, overrides (U+202A-U+202E) and isolates (U+2066-U+2069) of "Trojan Source".
    /// </summary>
    public static bool IsUnsafe(char c) =>
        char.IsControl(c) || c is '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>A line feed, a tab, or the carriage return of a Windows line break.</summary>
    private static bool IsLayout(string text, int index) =>
        text[index] is '\n' or '\t' || (text[index] == '\r' && index + 1 < text.Length && text[index + 1] == '\n');

    private static int IndexOfUnsafe(string text, bool keepLayout)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsUnsafe(text[i]) && !(keepLayout && IsLayout(text, i)))
            {
                return i;
            }
        }

        return -1;
    }
}

using StaticKpi.Diagnostics;

namespace StaticKpi.Cli;

internal static class DiagnosticPrinter
{
    /// <summary>
    /// One line per diagnostic in the conventional <c>file:line:col: error ID: message</c> form editors' tools
    /// understand, with control characters from the content escaped (<see cref="TerminalText"/>), so a line break
    /// in a value cannot start a fake diagnostic and an escape code cannot reach the terminal.
    /// </summary>
    public static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine(TerminalText.Escape(diagnostic.ToString()));
        }
    }
}

using StaticKpi.Diagnostics;

namespace StaticKpi.Cli;

internal static class DiagnosticPrinter
{
    /// <summary>One line per diagnostic in the conventional <c>file:line:col: error ID: message</c> form editors' tools understand.</summary>
    public static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine(diagnostic.ToString());
        }
    }
}

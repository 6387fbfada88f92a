using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using StaticKpi.Diagnostics;

namespace StaticKpi.Cli;

/// <summary>The ways <c>statickpi validate</c> prints diagnostics: for people, for programs and for GitHub Actions.</summary>
public static class DiagnosticFormats
{
    public const string Text = "text";
    public const string Json = "json";
    public const string GitHub = "github";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>One JSON object per diagnostic: file, line, column, severity, ruleId, message and fix.</summary>
    public static string ToJson(IEnumerable<Diagnostic> diagnostics) =>
        EscapeForTerminal(JsonSerializer.Serialize(diagnostics.Select(d => new JsonDiagnostic(
            d.Location.File,
            d.Location.Line,
            d.Location.Column,
            d.Severity == Severity.Error ? "error" : "warning",
            d.RuleId,
            d.Message,
            d.Fix)).ToList(), JsonOptions));

    /// <summary>
    /// The serializer escapes C0 controls in strings (JSON requires it) but writes C1 controls, line separators and
    /// bidirectional overrides as they are, and JSON is printed to the terminal too. Outside strings the JSON holds
    /// only ASCII and its line breaks, so every such character left is inside a string, where <c>\uXXXX</c> is the
    /// same text to a JSON reader.
    /// </summary>
    private static string EscapeForTerminal(string json)
    {
        if (!json.Any(c => TerminalText.IsUnsafe(c) && c is not ('\r' or '\n')))
        {
            return json;
        }

        var escaped = new StringBuilder(json.Length + 16);
        foreach (var c in json)
        {
            if (TerminalText.IsUnsafe(c) && c is not ('\r' or '\n'))
            {
                escaped.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    private sealed record JsonDiagnostic(string File, int Line, int Column, string Severity, string RuleId, string Message, string? Fix);

    /// <summary>
    /// A GitHub Actions workflow command (<c>::error file=…,line=…,col=…,title=SKPI002::message</c>) that shows the
    /// problem on the pull request's changed line. File paths are made relative to <paramref name="workspace"/> (the
    /// repository checkout) when the site is inside it, so they match the paths in the pull request.
    /// </summary>
    public static string ToGitHubAnnotation(Diagnostic diagnostic, string sourceDirectory, string? workspace)
    {
        var level = diagnostic.Severity == Severity.Error ? "error" : "warning";
        var file = diagnostic.Location.File;
        if (!string.IsNullOrEmpty(workspace))
        {
            var full = Path.GetFullPath(Path.Combine(sourceDirectory, file));
            var relative = Path.GetRelativePath(Path.GetFullPath(workspace), full);
            if (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
            {
                file = relative.Replace('\\', '/');
            }
        }

        // Workflow escaping first (it turns CR and LF into %0D and %0A, which GitHub shows as line breaks in the
        // annotation), then the terminal's: the log shows the raw line, and renders escape codes in it.
        var properties = new StringBuilder($"file={TerminalText.Escape(EscapeProperty(file))}");
        if (diagnostic.Location.Line > 0)
        {
            properties.Append($",line={diagnostic.Location.Line},col={diagnostic.Location.Column}");
        }

        properties.Append($",title={TerminalText.Escape(EscapeProperty(diagnostic.RuleId))}");
        var message = diagnostic.Fix is null ? diagnostic.Message : $"{diagnostic.Message} {diagnostic.Fix}";
        return $"::{level} {properties}::{TerminalText.Escape(EscapeData(message))}";
    }

    /// <summary>Escapes a workflow command's message: <c>%</c>, carriage return and line feed.</summary>
    public static string EscapeData(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>Escapes a workflow command's property value: as a message, plus <c>:</c> and <c>,</c>.</summary>
    public static string EscapeProperty(string text) =>
        EscapeData(text)
            .Replace(":", "%3A", StringComparison.Ordinal)
            .Replace(",", "%2C", StringComparison.Ordinal);
}

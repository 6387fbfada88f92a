using System.Text.RegularExpressions;
using StaticKpi.Cli;

namespace StaticKpi.Tests.EndToEnd.Security.Fuzz;

/// <summary>One run of the command line in-process: its exit code and what it printed.</summary>
internal sealed record CliRun(string Command, int ExitCode, string Stdout, string Stderr);

/// <summary>
/// Judges what the command line printed: every line is a located diagnostic or one of the command's summary lines;
/// never a stack trace or an internal exception's text, a control character, an over-long line or a secret.
/// </summary>
internal static partial class CliOutput
{
    /// <summary>A printed line longer than this echoes a value whole (finding 13 of issue 12: values cut to a sensible length).</summary>
    public const int LongestLine = 2_000;

    /// <summary>
    /// Rules whose problem is the whole file, so that a location without line and column is right for them; every
    /// other diagnostic about content must name the line and column.
    /// </summary>
    private static readonly HashSet<string> WholeFileRules = ["SKPI031"];

    /// <summary>Every problem with one run's output, as "category: detail".</summary>
    public static IEnumerable<string> Check(CliRun run, FuzzSite site, string sourceDirectory)
    {
        if (run.ExitCode is not (0 or 1))
        {
            yield return $"bad exit code: {run.Command} exited {run.ExitCode}";
        }

        var printed = run.Stdout + run.Stderr;
        if (UnexpectedStop().Match(printed) is { Success: true } stop)
        {
            yield return $"crash: {run.Command}: stopped unexpectedly: {stop.Groups["type"].Value}: {Payload.Show(stop.Groups["message"].Value)}";
        }
        else if (printed.Contains("   at ", StringComparison.Ordinal) || printed.Contains("Exception", StringComparison.Ordinal))
        {
            yield return $"internal exception text: {run.Command} printed " +
                $"{Payload.Show(Around(printed, printed.Contains("   at ", StringComparison.Ordinal) ? "   at " : "Exception"))}";
        }

        if (printed.Contains(FuzzSite.Canary, StringComparison.Ordinal))
        {
            yield return $"secret printed: {run.Command} printed the canary of a file outside the site";
        }

        var errors = 0;
        foreach (var line in Lines(run.Stdout).Concat(Lines(run.Stderr)))
        {
            if (line.Length > LongestLine)
            {
                yield return $"over-long output line: {run.Command} printed a line of {line.Length:N0} characters: {Payload.Show(line)}";
            }

            if (line.Any(IsTerminalControl))
            {
                yield return $"control character printed: {run.Command}: {Payload.Show(line)}";
            }

            if (Diagnostic().Match(line) is { Success: true } diagnostic)
            {
                errors += diagnostic.Groups["severity"].Value == "error" ? 1 : 0;
                if (Location(diagnostic, site, sourceDirectory) is { } problem)
                {
                    yield return $"{problem}: {Payload.Show(line)}";
                }
            }
            else if (!SummaryLine().IsMatch(line) && !UnexpectedStop().IsMatch(line)
                && !line.StartsWith("The existing site was left as it was. Please report", StringComparison.Ordinal))
            {
                yield return $"unexpected output line: {run.Command}: {Payload.Show(line)}";
            }
        }

        if (run.ExitCode == 1 && errors == 0 && !UnexpectedStop().IsMatch(printed))
        {
            yield return $"failed without an error: {run.Command} exited 1 and printed no error diagnostic";
        }
        else if (run.ExitCode == 0 && errors > 0)
        {
            yield return $"succeeded with errors: {run.Command} exited 0 but printed {errors} error(s)";
        }
    }

    /// <summary>Whether a diagnostic's location names a file of the site and a line and column in it.</summary>
    private static string? Location(Match diagnostic, FuzzSite site, string sourceDirectory)
    {
        // The command line shows control characters in a file's name escaped (TerminalText), so the name is matched as printed.
        var printed = diagnostic.Groups["file"].Value;
        var file = site.Paths.FirstOrDefault(path => TerminalText.Escape(path) == printed) ?? printed;
        var rule = diagnostic.Groups["rule"].Value;
        if (!diagnostic.Groups["line"].Success)
        {
            // A whole-file rule names a file of the site; a missing site.config.yaml (renamed, or a broken link) has no line.
            var legitimate = (WholeFileRules.Contains(rule) && site.Paths.Contains(file))
                || (rule == "SKPI016" && file == "site.config.yaml" && site.Text(file) is null);
            return legitimate ? null : $"unlocated diagnostic: {rule} without line and column";
        }

        var line = int.Parse(diagnostic.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var column = int.Parse(diagnostic.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (!site.Paths.Contains(file))
        {
            return File.Exists(Path.Combine(sourceDirectory, file)) ? null : $"diagnostic names no file of the site: {rule} at {Payload.Show(file)}";
        }

        if (line < 1 || column < 1)
        {
            return $"diagnostic outside its file: {rule} at line {line} column {column}";
        }

        // A symbolic link has no lines of its own to check against; its own location is line 1.
        if (site.Text(file) is { } text)
        {
            // YAML (and editors) count CR, CRLF, LF, NEL and the Unicode separators as line breaks.
            var lines = LineBreak().Split(FuzzSite.ToText(text));
            if (line > lines.Length + 1 || (line <= lines.Length && column > lines[line - 1].Length + 2))
            {
                return $"diagnostic outside its file: {rule} at line {line} column {column} of a file of {lines.Length} lines";
            }
        }

        return null;
    }

    private static IEnumerable<string> Lines(string text) => text.Split('\n').Where(l => l.Length > 0);

    /// <summary>C0 controls but tab, DEL and C1 controls: a terminal acts on them (CR included: it overwrites the line).</summary>
    private static bool IsTerminalControl(char c) => (c < ' ' && c != '\t') || c is >= '\u007f' and <= '\u009f';

    private static string Around(string text, string found)
    {
        var at = text.IndexOf(found, StringComparison.Ordinal);
        var start = Math.Max(0, at - 80);
        return text[start..Math.Min(text.Length, at + 80)];
    }

    [GeneratedRegex(@"^(?<file>.+?)(?::(?<line>\d+):(?<column>\d+))?: (?<severity>error|warning) (?<rule>SKPI\d{3}): .*$")]
    private static partial Regex Diagnostic();

    [GeneratedRegex(@"^(Build failed with \d+ errors?; the existing site was left as it was\.|Built \d+ pages \(\d+ files\) in .* s to .*; " +
        @"latest reports: .*; \d+ warnings?\.|The site is valid: no errors, \d+ warnings?\.|Found \d+ errors? and \d+ warnings?; " +
        @"the site would not build\.)$")]
    private static partial Regex SummaryLine();

    [GeneratedRegex("\r\n|[\r\n\u0085\u2028\u2029]")]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"stopped unexpectedly: (?<type>\w+): ?(?<message>[^\n]{0,160})")]
    private static partial Regex UnexpectedStop();
}

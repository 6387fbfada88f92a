using System.Text.RegularExpressions;
using StaticKpi.Cli;

namespace StaticKpi.Tests.EndToEnd.Security;

/// <summary>One diagnostic line as the command line prints it: <c>file:line:col: error SKPI026: message fix</c>.</summary>
public sealed record PrintedDiagnostic(string File, int Line, int Column, string Level, string RuleId, string Text);

/// <summary>What one in-process run of <c>statickpi</c> printed.</summary>
public sealed record CliOutcome(int ExitCode, string Stdout, string Stderr, IReadOnlyList<PrintedDiagnostic> Diagnostics)
{
    public IReadOnlyList<PrintedDiagnostic> Errors => [.. Diagnostics.Where(d => d.Level == "error")];
}

/// <summary>Runs the real command line in process on a <see cref="TempSite"/>, for the attack tests of issue 12.</summary>
public static partial class ContentAttack
{
    public static CliOutcome Validate(TempSite site) => Run("validate", "--source", site.Source);

    public static CliOutcome Build(TempSite site) => Run("build", "--source", site.Source, "--output", site.Output);

    /// <summary>Both commands that read content: each must refuse the site the same way.</summary>
    public static IEnumerable<(string Command, CliOutcome Outcome)> ValidateAndBuild(TempSite site)
    {
        yield return ("validate", Validate(site));
        yield return ("build", Build(site));
    }

    public static CliOutcome Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = StatickpiCli.Run(args, stdout, stderr, _ => null);
        var printed = (stdout + "\n" + stderr).Split('\n')
            .Select(l => DiagnosticLine().Match(l.TrimEnd('\r')))
            .Where(m => m.Success)
            .Select(m => new PrintedDiagnostic(m.Groups["file"].Value,
                int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(m.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture),
                m.Groups["level"].Value, m.Groups["rule"].Value,
                m.Groups["text"].Value))
            .ToList();
        return new CliOutcome(exitCode, stdout.ToString(), stderr.ToString(), printed);
    }

    /// <summary>
    /// Asserts the run failed with exit code 1 and exactly these errors, and printed no internal exception or stack trace.
    /// </summary>
    public static void FailsWith(CliOutcome outcome, params (string RuleId, string File, int Line, int Column)[] errors)
    {
        Assert.True(outcome.ExitCode == 1, $"exit code {outcome.ExitCode}\n{outcome.Stdout}\n{outcome.Stderr}");
        Assert.Equal(
            errors.Select(e => $"{e.File}:{e.Line}:{e.Column} {e.RuleId}").Order(StringComparer.Ordinal),
            outcome.Errors.Select(e => $"{e.File}:{e.Line}:{e.Column} {e.RuleId}").Order(StringComparer.Ordinal));
        Assert.DoesNotContain("Exception", outcome.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Stderr, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(?<file>[^\s:][^:]*):(?<line>\d+):(?<column>\d+): (?<level>error|warning) (?<rule>SKPI\d{3}): (?<text>.*)$")]
    private static partial Regex DiagnosticLine();
}

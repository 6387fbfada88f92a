using System.CommandLine;

namespace StaticKpi.Cli;

/// <summary>The <c>statickpi</c> command line. Exit codes: 0 success, 1 content errors, 2 usage errors.</summary>
public static class StatickpiCli
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        Run(args, stdout, stderr, Environment.GetEnvironmentVariable);

    /// <param name="environment">Reads an environment variable (CI, GITHUB_ACTIONS, GITHUB_WORKSPACE); tests pass their own.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<string, string?> environment) =>
        Run(args, stdout, stderr, environment, CrashReport.InTempFolder);

    /// <param name="crashReports">Where the details of an unexpected exception go; tests pass their own folder.</param>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<string, string?> environment, CrashReport crashReports)
    {
        var root = BuildCommand(stdout, stderr, environment, crashReports);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"error: {DescribeParseError(error.Message, parsed.Tokens.Select(t => t.Value))}");
            }

            stderr.WriteLine("Run 'statickpi --help' to see the commands and options.");
            return UsageError;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex)
        {
            // A bug. Editors never see a stack trace or an internal exception's text: a plain message, and the
            // details in a file for the bug report.
            var report = crashReports.Write(ex, "statickpi " + string.Join(' ', args));
            stderr.WriteLine(InternalErrorMessage);
            stderr.WriteLine(CrashReport.WhereTheDetailsAre(report));
            return ContentErrors;
        }
    }

    /// <summary>
    /// A parse error quotes the arguments, which can come from content (a script running 'new indicator --title'
    /// with a title from a spreadsheet), inside System.CommandLine's own layout (the allowed values on indented
    /// lines): each quoted argument is escaped whole, then anything else but that layout.
    /// </summary>
    private static string DescribeParseError(string message, IEnumerable<string> tokens)
    {
        foreach (var token in tokens.Distinct(StringComparer.Ordinal).OrderByDescending(t => t.Length))
        {
            var shown = TerminalText.Escape(token);
            if (!ReferenceEquals(shown, token))
            {
                message = message.Replace(token, shown, StringComparison.Ordinal);
            }
        }

        return TerminalText.EscapeKeepingLayout(message);
    }

    /// <summary>What an editor is told when StaticKpi fails by its own fault (the details go to a crash report).</summary>
    public const string InternalErrorMessage =
        "error: StaticKpi hit an internal error and stopped. This is a bug in StaticKpi, not a problem in your files; " +
        "the existing site was left as it was.";

    /// <summary>The usage errors a command line would give, without running it (for tests of scripts and workflows).</summary>
    public static IReadOnlyList<string> UsageErrors(string[] args) =>
        [.. BuildCommand(TextWriter.Null, TextWriter.Null, _ => null, CrashReport.InTempFolder).Parse(args).Errors.Select(e => e.Message)];

    internal static RootCommand BuildCommand(TextWriter stdout, TextWriter stderr, Func<string, string?> environment, CrashReport crashReports)
    {
        var root = new RootCommand("StaticKpi builds an accessible static website of performance scorecards from YAML and Markdown.");
        root.Subcommands.Add(BuildCommandLine.Create(stdout, stderr, environment));
        root.Subcommands.Add(CheckCommandLine.Create(stdout, stderr));
        root.Subcommands.Add(ValidateCommandLine.Create(stdout, environment));
        root.Subcommands.Add(SchemaCommandLine.Create(stdout, stderr));
        root.Subcommands.Add(NewCommandLine.Create(stdout, stderr));
        root.Subcommands.Add(ImportCommandLine.Create(stdout, stderr));
        root.Subcommands.Add(ServeCommandLine.Create(stdout, stderr, crashReports));
        root.Subcommands.Add(InitCommandLine.Create(stdout, stderr));
        root.Subcommands.Add(MigrateCommandLine.Create(stdout, stderr));
        return root;
    }
}

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

    /// <param name="environment">Reads an environment variable (GITHUB_ACTIONS, GITHUB_WORKSPACE); tests pass their own.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<string, string?> environment)
    {
        var root = BuildCommand(stdout, stderr, environment);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"error: {error.Message}");
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
            // Editors should never see a stack trace; the message and a way forward are enough.
            stderr.WriteLine($"error: StaticKpi stopped unexpectedly: {ex.GetType().Name}: {ex.Message}");
            stderr.WriteLine("The existing site was left as it was. Please report this with the command you ran.");
            return ContentErrors;
        }
    }

    /// <summary>The usage errors a command line would give, without running it (for tests of scripts and workflows).</summary>
    public static IReadOnlyList<string> UsageErrors(string[] args) =>
        [.. BuildCommand(TextWriter.Null, TextWriter.Null, _ => null).Parse(args).Errors.Select(e => e.Message)];

    private static RootCommand BuildCommand(TextWriter stdout, TextWriter stderr, Func<string, string?> environment)
    {
        var root = new RootCommand("StaticKpi builds an accessible static website of performance scorecards from YAML and Markdown.");
        root.Subcommands.Add(BuildCommandLine.Create(stdout, stderr));
        root.Subcommands.Add(CheckCommandLine.Create(stdout, stderr));
        root.Subcommands.Add(ValidateCommandLine.Create(stdout, stderr, environment));
        root.Subcommands.Add(SchemaCommandLine.Create(stdout, stderr));
        root.Subcommands.Add(NewCommandLine.Create(stdout, stderr));
        root.Subcommands.Add(ImportCommandLine.Create(stdout, stderr));
        root.Subcommands.Add(ServeCommandLine.Create(stdout, stderr));
        return root;
    }
}

using StaticKpi.Cli;

namespace StaticKpi.Tests.Support;

/// <summary>Runs the <c>statickpi</c> command line in process, with no environment variables, and keeps what it printed.</summary>
internal static class CliRun
{
    /// <returns>The exit code, and what went to standard output and standard error, with '\n' line ends.</returns>
    public static (int ExitCode, string Stdout, string Stderr) Of(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = StatickpiCli.Run(args, stdout, stderr, _ => null);
        return (exitCode, stdout.ToString().ReplaceLineEndings("\n"), stderr.ToString().ReplaceLineEndings("\n"));
    }
}

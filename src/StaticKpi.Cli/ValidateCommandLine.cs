using System.CommandLine;
using StaticKpi.Build;

namespace StaticKpi.Cli;

/// <summary>
/// <c>statickpi validate</c>: every problem in the site's files in one run, without building. Exit codes: 0 no
/// errors (warnings allowed), 1 errors, 2 usage. With <c>--strict</c> or in CI it judges placeholder text as a
/// strict <c>build</c> does (an error), so that it passes exactly when the build in the same place would.
/// </summary>
internal static class ValidateCommandLine
{
    public static Command Create(TextWriter stdout, Func<string, string?> environment)
    {
        var source = CommonOptions.Source();
        var format = new Option<string?>("--format", "-f")
        {
            Description = "How to print problems: text (file:line:column lines), json (a JSON array) or github (workflow " +
                          "annotations on the pull request). Default: github when GITHUB_ACTIONS=true, otherwise text.",
        };
        format.AcceptOnlyFromAmong(DiagnosticFormats.Text, DiagnosticFormats.Json, DiagnosticFormats.GitHub);
        var strict = new Option<bool>("--strict")
        {
            Description = "Report text left for you to replace ('Replace this sentence…') as an error, as 'statickpi build --strict' " +
                          "does. Always on in CI (when the environment has CI=true).",
        };
        var command = new Command("validate", "Check the site's configuration, indicators, commentary and reports without building.")
        {
            source,
            format,
            strict,
        };
        command.SetAction(parse =>
        {
            var sourceDirectory = parse.GetValue(source)!.FullName;
            var chosen = parse.GetValue(format)
                ?? (string.Equals(environment("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase) ? DiagnosticFormats.GitHub
                    : DiagnosticFormats.Text);
            var result = SiteValidation.Run(sourceDirectory, parse.GetValue(strict) || Strictness.IsContinuousIntegration(environment));
            switch (chosen)
            {
                case DiagnosticFormats.Json:
                    stdout.WriteLine(DiagnosticFormats.ToJson(result.Diagnostics));
                    break;
                case DiagnosticFormats.GitHub:
                    var workspace = environment("GITHUB_WORKSPACE");
                    foreach (var diagnostic in result.Diagnostics)
                    {
                        stdout.WriteLine(DiagnosticFormats.ToGitHubAnnotation(diagnostic, sourceDirectory, workspace));
                    }

                    stdout.WriteLine(Summary(result));
                    break;
                default:
                    DiagnosticPrinter.Print(result.Diagnostics, stdout);
                    stdout.WriteLine(Summary(result));
                    break;
            }

            return result.Succeeded ? StatickpiCli.Success : StatickpiCli.ContentErrors;
        });
        return command;
    }

    private static string Summary(ValidationResult result)
    {
        static string Count(int n, string what) => $"{n} {what}{(n == 1 ? "" : "s")}";
        return result.Succeeded
            ? $"The site is valid: no errors, {Count(result.Warnings, "warning")}."
            : $"Found {Count(result.Errors, "error")} and {Count(result.Warnings, "warning")}; the site would not build.";
    }
}

using System.CommandLine;
using StaticKpi.Migration;

namespace StaticKpi.Cli;

/// <summary>
/// <c>statickpi migrate</c>: rewrites a site written for an older content format in the current one, keeping its
/// comments and layout, and says what it changed in each file. Exit codes: 0 migrated or nothing to change, 1 the
/// site could not be migrated (no file was changed), 2 usage.
/// </summary>
internal static class MigrateCommandLine
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var source = CommonOptions.Source();
        var dryRun = new Option<bool>("--dry-run")
        {
            Description = "Say what would change, without changing any file.",
        };
        var command = new Command("migrate", "Upgrade the site's files to the content format this statickpi reads, keeping comments and layout.")
        {
            source,
            dryRun,
        };
        command.SetAction(parse =>
        {
            var isDryRun = parse.GetValue(dryRun);
            var result = SiteMigration.Run(parse.GetValue(source)!.FullName, isDryRun);
            if (!result.Succeeded)
            {
                DiagnosticPrinter.Print(result.Problems, stderr);
                stderr.WriteLine("The site was not migrated; no file was changed.");
                return StatickpiCli.ContentErrors;
            }

            foreach (var file in result.Files)
            {
                foreach (var change in file.Changes)
                {
                    stdout.WriteLine(TerminalText.Escape($"{file.RelativePath}: {change}"));
                }
            }

            stdout.WriteLine(Summary(result, isDryRun));
            return StatickpiCli.Success;
        });
        return command;
    }

    private static string Summary(MigrationResult result, bool dryRun)
    {
        if (result.Files.Count == 0)
        {
            return $"The site is already in content format {result.To}: nothing to change.";
        }

        var files = result.Files.Count == 1 ? "1 file" : $"{result.Files.Count} files";
        return dryRun
            ? $"Would migrate the site from content format {result.From} to {result.To}, changing {files}; nothing was written (--dry-run)."
            : $"Migrated the site from content format {result.From} to {result.To}: {files} changed.";
    }
}

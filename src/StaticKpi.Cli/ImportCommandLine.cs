using System.CommandLine;
using StaticKpi.Import;

namespace StaticKpi.Cli;

/// <summary>
/// <c>statickpi import FILE.csv|FILE.xlsx</c>: writes a table of figures into the indicator files, changing only
/// the values. Exit codes: 0 imported (or nothing to change), 1 the table or the site has problems and nothing was
/// written, 2 usage (no such file, or not CSV or xlsx).
/// </summary>
internal static class ImportCommandLine
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<FileInfo>("file")
        {
            Description = "The table to import: a .csv or .xlsx file with the columns indicator, period and value (and optionally target).",
        };
        var source = CommonOptions.Source();
        var command = new Command("import", "Copy figures from a spreadsheet (CSV or xlsx) into the indicator files, changing nothing else.")
        {
            file, source,
        };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(source)!.FullName, stdout, stderr));
        return command;
    }

    private static int Run(FileInfo table, string sourceDirectory, TextWriter stdout, TextWriter stderr)
    {
        // Every line printed here can carry content (a file name, a value, a period), so each is escaped for the terminal.
        var displayName = TerminalText.Escape(table.ToString());
        if (!table.Exists)
        {
            stderr.WriteLine($"error: There is no file '{displayName}' to import.");
            return StatickpiCli.UsageError;
        }

        if (!ImportTable.IsSupported(table.FullName))
        {
            stderr.WriteLine($"error: '{displayName}' is not a .csv or .xlsx file. Save the table from your spreadsheet program as CSV or as an " +
                "Excel workbook.");
            return StatickpiCli.UsageError;
        }

        var result = FigureImport.Run(sourceDirectory, table.FullName, displayName);
        if (!result.Succeeded)
        {
            DiagnosticPrinter.Print(result.SiteErrors, stderr);
            foreach (var problem in result.Problems)
            {
                stderr.WriteLine(TerminalText.Escape(problem.ToString()));
            }

            stderr.WriteLine(result.SiteErrors.Count > 0
                ? "Nothing was imported: the site has errors. Fix them (or run 'statickpi build' to see them), then import again."
                : $"Nothing was imported: {Count(result.Problems.Count, "problem")} found. Fix the table and import again.");
            return StatickpiCli.ContentErrors;
        }

        foreach (var change in result.Changes)
        {
            stdout.WriteLine(TerminalText.Escape(change.ToString()));
        }

        stdout.WriteLine(Summary(result, displayName));
        return StatickpiCli.Success;
    }

    private static string Summary(ImportResult result, string displayName) =>
        $"Imported {Count(result.Rows, "row")} from {displayName}: {Count(result.ValuesChanged, "value")} changed, " +
        $"{Count(result.PeriodsAdded, "period")} added, {Count(result.TargetsChanged, "target")} set, " +
        $"{Count(result.UnchangedRows, "row")} already up to date; {Count(result.FilesChanged, "file")} updated.";

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}

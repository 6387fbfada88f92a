using System.CommandLine;
using System.Globalization;
using StaticKpi.Editing;
using StaticKpi.Model;

namespace StaticKpi.Cli;

/// <summary>
/// <c>statickpi new indicator</c> and <c>statickpi new period</c>: start content files so editors fill in blanks
/// instead of copying and pasting. Exit codes: 0 done, 1 refused (the reason is printed), 2 usage.
/// </summary>
internal static class NewCommandLine
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("new", "Start a new indicator, or a new reporting period for a committee.");
        command.Subcommands.Add(Indicator(stdout, stderr));
        command.Subcommands.Add(NewPeriodCommand(stdout, stderr));
        return command;
    }


    private static Option<string> Committee(string description) => new("--committee", "-c") { Description = description, Required = true };

    private static Command Indicator(TextWriter stdout, TextWriter stderr)
    {
        // Required, but checked by the command rather than the parser, so that leaving it out is answered with the next free id.
        var id = new Option<int?>("--id")
        {
            Description = "The indicator's number, not used by any other indicator (leave it out to be told the next free one).",
        };
        var title = new Option<string>("--title", "-t") { Description = "The indicator's name as readers will see it.", Required = true };
        var committee = Committee("The key of the committee that owns it, from site.config.yaml.");
        var source = CommonOptions.Source();
        var command = new Command("indicator", "Write a new indicator file, content/indicators/<id>-<slug>.yaml, with commented defaults.")
        {
            id, title, committee, source,
        };
        command.SetAction(parse => Report(
            NewIndicator.Run(parse.GetValue(source)!.FullName, parse.GetValue(id), parse.GetValue(title)!, parse.GetValue(committee)!),
            stdout, stderr));
        return command;
    }

    private static Command NewPeriodCommand(TextWriter stdout, TextWriter stderr)
    {
        var period = new Argument<string>("period") { Description = "The new period, such as \"2025/26 Q1\" (quote it: it has a space)." };
        var committee = Committee("The key of the committee whose next scorecard this is, from site.config.yaml.");
        var producedOn = new Option<string?>("--produced-on")
        {
            Description = "The report's produced_on date as yyyy-MM-dd (default: today).",
        };
        var source = CommonOptions.Source();
        var command = new Command("period",
            "Add the period to every indicator of the committee's latest report, with commentary stubs and the new report.")
        {
            period, committee, producedOn, source,
        };
        CommandValidation.Add(command, result =>
        {
            var text = result.GetValue(period);
            if (Period.TryParse(text, 4, out var error) is null)
            {
                result.AddError(error!);
            }

            var date = result.GetValue(producedOn);
            if (date is not null && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                result.AddError($"--produced-on '{date}' is not a date; write it as year-month-day, for example 2025-06-01.");
            }
        });
        command.SetAction(parse =>
        {
            var date = parse.GetValue(producedOn) is { } text
                ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                : DateOnly.FromDateTime(DateTime.Now);
            return Report(NewPeriod.Run(parse.GetValue(source)!.FullName, parse.GetValue(period)!, parse.GetValue(committee)!, date), stdout, stderr);
        });
        return command;
    }

    private static int Report(ScaffoldResult result, TextWriter stdout, TextWriter stderr)
    {
        if (!result.Succeeded)
        {
            DiagnosticPrinter.Print(result.Diagnostics ?? [], stderr);
            // The reason, the files and the notes can quote content (a committee key, a title, a period), escaped for the terminal.
            stderr.WriteLine($"error: {TerminalText.Escape(result.Error!)}");
            return StatickpiCli.ContentErrors;
        }

        foreach (var file in result.Created)
        {
            stdout.WriteLine($"Created {TerminalText.Escape(file)}");
        }

        foreach (var file in result.Changed)
        {
            stdout.WriteLine($"Changed {TerminalText.Escape(file)}");
        }

        foreach (var note in result.Notes)
        {
            stdout.WriteLine(TerminalText.Escape(note));
        }

        return StatickpiCli.Success;
    }
}

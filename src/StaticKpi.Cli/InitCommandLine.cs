using System.CommandLine;
using System.Globalization;
using StaticKpi.Model;
using StaticKpi.Starting;

namespace StaticKpi.Cli;

/// <summary>
/// <c>statickpi init [DIR]</c>: starts a new site that validates, builds and checks as it is. Each answer is an option;
/// one left out is asked for when a person is at a terminal, and is a usage error otherwise (a script never hangs on a
/// question). Exit codes: 0 written, 2 usage (a missing answer, or a folder that is not empty without --force).
/// </summary>
internal static class InitCommandLine
{
    public static Command Create(TextWriter stdout, TextWriter stderr) =>
        Create(stdout, stderr, Console.IsInputRedirected ? null : Console.In, () => DateOnly.FromDateTime(DateTime.Now));

    /// <param name="terminal">Where a person types answers, or null when none can be asked (input is not a terminal).</param>
    /// <param name="today">Today's date, for the default sample quarter.</param>
    internal static Command Create(TextWriter stdout, TextWriter stderr, TextReader? terminal, Func<DateOnly> today)
    {
        var folder = new Argument<DirectoryInfo>("DIR")
        {
            Description = "The folder to start the site in (default: the current folder). It is made when it does not exist.",
            DefaultValueFactory = _ => new DirectoryInfo("."),
        };
        var organisation = new Option<string?>("--organisation") { Description = "The organisation's name, as readers will see it." };
        var url = new Option<string?>("--url")
        {
            Description = "The address the site will be published at, such as https://example.github.io/scorecards/.",
        };
        var committee = new Option<string?>("--committee") { Description = "The name of the first committee; its key is made from it." };
        var policy = new Option<string?>("--policy")
        {
            Description = "The RAG policy: red-amber-green, or red-amber-green-blue for a Blue rating when better than target.",
        };
        policy.AcceptOnlyFromAmong([.. NewSiteAnswers.PolicyNames]);
        var red = Percentage("--red-threshold",
            "Percent off target beyond which a value is Red; a value off target by less is Amber (red_threshold).");
        var blue = Percentage("--blue-threshold",
            "With red-amber-green-blue: percent better than target beyond which a value is Blue (blue_threshold).");
        var period = new Option<string?>("--period")
        {
            Description = "The quarter of the sample report, such as \"2025/26 Q2\" (default: the last quarter that has ended).",
        };
        var force = new Option<bool>("--force")
        {
            Description = "Start the site in a folder that is not empty. Files already there are kept: none is overwritten or deleted.",
        };
        var command = new Command("init", "Start a new site: settings, a sample indicator and report, GitHub workflows and editor support.")
        {
            folder, organisation, url, committee, policy, red, blue, period, force,
        };
        CommandValidation.Add(command, result =>
        {
            foreach (var problem in OptionProblems(result.GetValue(organisation), result.GetValue(url), result.GetValue(committee),
                         result.GetValue(policy), result.GetValue(red), result.GetValue(blue), result.GetValue(period)))
            {
                result.AddError(problem);
            }
        });
        command.SetAction(parse =>
        {
            var directory = parse.GetValue(folder)!.FullName;
            var contents = NewSiteFolder.Contents(directory);
            if (contents.Count > 0 && !parse.GetValue(force))
            {
                stderr.WriteLine($"error: {TerminalText.Escape(NotEmpty(directory, contents))}");
                return StatickpiCli.UsageError;
            }

            var asker = new InitQuestions(stdout, terminal);
            var answers = asker.Answers(parse.GetValue(organisation), parse.GetValue(url), parse.GetValue(committee), parse.GetValue(policy),
                parse.GetValue(red), parse.GetValue(blue), SamplePeriod(parse.GetValue(period), today()));
            if (answers is null)
            {
                stderr.WriteLine($"error: {asker.Missing}");
                return StatickpiCli.UsageError;
            }

            var written = NewSiteFolder.Write(directory, NewSite.Files(answers));
            Report(directory, answers, written, stdout);
            return StatickpiCli.Success;
        });
        return command;
    }

    /// <summary>A percentage option, read as invariant text so that "not a number" is said in plain words.</summary>
    private static Option<decimal?> Percentage(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            // Given twice, the parser reports that itself.
            if (result.Tokens.Count != 1)
            {
                return null;
            }

            var text = result.Tokens[0].Value;
            if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            result.AddError($"{name} '{text}' is not a number; write a plain number such as 10 or 7.5.");
            return null;
        },
    };

    /// <summary>The message for a folder that has something in it; it names up to three entries so the editor can see why.</summary>
    internal static string NotEmpty(string directory, IReadOnlyList<string> contents)
    {
        var shown = string.Join(", ", contents.Take(3)) + (contents.Count > 3 ? $" and {contents.Count - 3} more" : "");
        return $"The folder '{directory}' is not empty (it has {shown}). Start the site in a new folder (statickpi init my-scorecards), " +
               "or add --force to add the site's files beside what is there: files already there are kept, never overwritten.";
    }

    private static IEnumerable<string> OptionProblems(
        string? organisation, string? url, string? committee, string? policy, decimal? red, decimal? blue, string? period)
    {
        string?[] problems =
        [
            organisation is null ? null : NewSiteAnswers.ProblemWithName(organisation, "organisation's name"),
            url is null ? null : NewSiteAnswers.ProblemWithUrl(url),
            committee is null ? null : NewSiteAnswers.ProblemWithCommittee(committee),
            red is null ? null : NewSiteAnswers.ProblemWithThreshold(red.Value, "--red-threshold"),
            blue is null ? null : NewSiteAnswers.ProblemWithThreshold(blue.Value, "--blue-threshold"),
            blue is not null && policy == NewSiteAnswers.NameOf(RagPolicyChoice.RedAmberGreen)
                ? "--blue-threshold is for the red-amber-green-blue policy; leave it out for red-amber-green."
                : null,
            period is null ? null : ProblemWithPeriod(period),
        ];
        return problems.OfType<string>();
    }

    private static string? ProblemWithPeriod(string text)
    {
        var parsed = Period.TryParse(text, 4, out var error);
        return parsed is null ? error : parsed.Kind == PeriodKind.Quarter ? null : $"--period '{text}' is not a quarter; write it as 2025/26 Q2.";
    }

    private static Period SamplePeriod(string? text, DateOnly today) =>
        text is null ? NewSiteAnswers.LastFullQuarterBefore(today) : Period.TryParse(text, 4, out _)!;

    private static void Report(string directory, NewSiteAnswers answers, NewSiteWritten written, TextWriter stdout)
    {
        foreach (var file in written.Written)
        {
            stdout.WriteLine($"Created {TerminalText.Escape(file)}");
        }

        foreach (var file in written.Kept)
        {
            stdout.WriteLine($"Kept {TerminalText.Escape(file)}: it was already there, so it was left as it was.");
        }

        stdout.WriteLine($"The site for {TerminalText.Escape(answers.Organisation)} is in {TerminalText.Escape(directory)}, " +
                         $"with a sample report for {answers.SamplePeriod.DisplayName}.");
        stdout.WriteLine("Next: see it with 'statickpi serve', replace the sample files README.md lists, and push it to GitHub.");
    }
}

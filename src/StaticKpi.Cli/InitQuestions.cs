using System.Globalization;
using StaticKpi.Model;
using StaticKpi.Starting;

namespace StaticKpi.Cli;

/// <summary>
/// The answers <c>statickpi init</c> needs: each from its option, or asked for at the terminal (again until it can be
/// used). Without a terminal the missing options are collected in <see cref="Missing"/> instead of asked for.
/// </summary>
internal sealed class InitQuestions(TextWriter stdout, TextReader? terminal)
{
    private readonly List<string> _missing = [];
    private bool _ended;

    /// <summary>Why no answers were made: the options left out, or the input ending before every answer was given.</summary>
    public string Missing => _ended
        ? "The input ended before every question was answered; nothing was written."
        : $"statickpi init needs {string.Join(", ", _missing)} when it cannot ask (the input is not a terminal). " +
          "Give each as an option, for example: statickpi init --organisation \"Example Council\" --url https://example.github.io/scorecards/ " +
          "--committee \"Audit Committee\" --policy red-amber-green --red-threshold 10";

    public NewSiteAnswers? Answers(string? organisation, string? url, string? committee, string? policy, decimal? red, decimal? blue, Period period)
    {
        organisation ??= Text("--organisation", "The organisation's name, as readers will see it",
            name => NewSiteAnswers.ProblemWithName(name, "organisation's name"));
        url ??= Text("--url", "The address the site will be published at (such as https://example.github.io/scorecards/)",
            NewSiteAnswers.ProblemWithUrl);
        committee ??= Text("--committee", "The first committee's name", NewSiteAnswers.ProblemWithCommittee);
        policy ??= Text("--policy", $"The RAG policy ({string.Join(" or ", NewSiteAnswers.PolicyNames)})",
            name => NewSiteAnswers.PolicyFrom(name) is null ? $"Answer {string.Join(" or ", NewSiteAnswers.PolicyNames)}." : null);
        red ??= Number("--red-threshold", "Percent off target beyond which a value is Red (less is Amber), such as 10");
        var choice = policy is null ? (RagPolicyChoice?)null : NewSiteAnswers.PolicyFrom(policy);
        if (choice == RagPolicyChoice.RedAmberGreenBlue)
        {
            blue ??= Number("--blue-threshold", "Percent better than target beyond which a value is Blue, such as 5");
        }

        if (_ended || _missing.Count > 0)
        {
            return null;
        }

        return new NewSiteAnswers(organisation!, url!, committee!, choice!.Value, red!.Value,
            choice == RagPolicyChoice.RedAmberGreenBlue ? blue : null, period);
    }

    private decimal? Number(string option, string question)
    {
        var text = Text(option, question, answer =>
            !decimal.TryParse(answer, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
                ? $"'{answer}' is not a number; write a plain number such as 10 or 7.5."
                : NewSiteAnswers.ProblemWithThreshold(number, option));
        return text is null ? null : decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
    }

    /// <summary>Asks until the answer has no <paramref name="problem"/>; null when it cannot ask or the input ended.</summary>
    private string? Text(string option, string question, Func<string, string?> problem)
    {
        if (terminal is null)
        {
            _missing.Add(option);
            return null;
        }

        while (!_ended)
        {
            stdout.Write($"{question}: ");
            stdout.Flush();
            var answer = terminal.ReadLine()?.Trim();
            if (answer is null)
            {
                _ended = true;
                break;
            }

            if (problem(answer) is { } why)
            {
                stdout.WriteLine(TerminalText.Escape(why));
                continue;
            }

            return answer;
        }

        return null;
    }
}

using StaticKpi.Checks;
using StaticKpi.Cli;

namespace StaticKpi.Tests.Checks;

/// <summary>
/// <c>tests/fixtures/check-broken</c> is a written site with problems planted on purpose (its README lists
/// them); the checker must report each of them and nothing else.
/// </summary>
public sealed class CheckBrokenFixtureTests
{
    private static readonly (string Page, string Selector, string RuleId)[] Planted =
    [
        ("about/index.html", "#main > form > input", "A11Y016"),
        ("about/index.html", "#main > form > input", "A11Y017"),
        ("about/index.html", "#main > p > a", "A11Y011"),
        ("about/index.html", "#main > svg", "A11Y008"),
        ("about/index.html", "body", "A11Y005"),
        ("about/index.html", "head", "A11Y002"),
        ("assets/site.css", ":root", "A11Y018"),
        ("index.html", "#main > img", "A11Y007"),
        ("index.html", "#main > p:nth-of-type(2) > a", "LINK001"),
        ("index.html", "#main > p:nth-of-type(3) > a", "A11Y010"),
        ("index.html", "#main > p:nth-of-type(4) > a", "LINK002"),
        ("report.html", "#main > section:nth-of-type(1) > h4", "A11Y004"),
        ("report.html", "#main > section:nth-of-type(1) > table", "A11Y013"),
        ("report.html", "#main > section:nth-of-type(2) > p:nth-of-type(2)", "A11Y012"),
        ("report.html", "html", "A11Y001"),
    ];

    private static string Fixture => RepoPaths.Fixture("check-broken");

    [Fact]
    public void The_checker_finds_exactly_the_planted_problems_in_order()
    {
        var result = new SiteChecker().Check(Fixture);

        Assert.Equal(3, result.PagesChecked);
        Assert.Equal(Planted, result.Findings.Select(f => (f.Page, f.Selector, f.RuleId)));
        Assert.Equal("1.4.3 Contrast (Minimum)", result.Findings.Single(f => f.RuleId == "A11Y018").SuccessCriterion);
        Assert.Contains("4.48:1", result.Findings.Single(f => f.RuleId == "A11Y018").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_check_command_prints_one_line_per_planted_problem_and_exits_with_1()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = StatickpiCli.Run(["check", "--output", Fixture], stdout, stderr);

        Assert.Equal(1, exit);
        Assert.Equal("", stderr.ToString());
        var lines = stdout.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal("3 pages checked, 15 findings", lines[^1]);
        Assert.Equal(Planted, lines[..^1].Select(CheckOutput.Parse).Select(l => (l.Page, l.Selector, l.RuleId)));
        Assert.Equal(
            "report.html html: A11Y001 (3.1.1 Language of Page): The page does not say what language it is in, " +
            "so screen readers may read it with the wrong voice and pronunciation. " +
            "Fix: Add lang=\"en-GB\" (or the page's language) to the <html> element; for generated pages set 'language' in site.config.yaml.",
            lines[^2]);
    }

    [Fact]
    public void Checking_twice_gives_the_same_output()
    {
        var first = new SiteChecker().Check(Fixture).Findings;
        var second = new SiteChecker().Check(Fixture).Findings;

        Assert.Equal(first, second);
    }
}

/// <summary>Reads back the lines <c>statickpi check</c> prints.</summary>
internal static partial class CheckOutput
{
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<page>\S+) (?<selector>.+?): (?<rule>(?:A11Y|LINK)\d{3}) " +
        @"\((?<criterion>[^)]*(?:\)[^)]*)?)\): ")]
    private static partial System.Text.RegularExpressions.Regex Line();

    public static (string Page, string Selector, string RuleId, string Criterion) Parse(string line)
    {
        var match = Line().Match(line);
        Assert.True(match.Success, "Not a finding line: " + line);
        return (match.Groups["page"].Value, match.Groups["selector"].Value, match.Groups["rule"].Value, match.Groups["criterion"].Value);
    }
}

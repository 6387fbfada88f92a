using StaticKpi.Checks;

namespace StaticKpi.Tests.Checks;

/// <summary>A11Y018 and A11Y019: the theme's declared colour tokens, read from the stylesheets in the output.</summary>
public sealed class ContrastRuleTests
{
    private const string Passing = """
        :root {
          --text: #0b0c0c;
          --muted: #484949;
          --background: #ffffff;
          --panel: #f3f2f1;
          --link: #1d4f91;
          --link-visited: #4c2c92;
          --focus: #ffdd00;
          --border: #eeeeee;
          --red: #b3261e;
          --red-tint: #fbe9e7;
          --green: #00703c;
          --green-tint: #e3f4ea;
          --space: 1rem;
        }
        body { color: var(--text); }
        """;

    private static IReadOnlyList<Finding> CheckCss(string css) =>
        CheckSite.CheckPage(TestPage.Valid, ("assets/site.css", css));

    [Fact]
    public void Passing_tokens_give_no_findings() => Assert.Empty(CheckCss(Passing));

    [Theory]
    [InlineData("--muted: #484949;", "--muted: #777777;", "--muted (#777777) on --background (#ffffff) has a contrast ratio of 4.48:1")]
    [InlineData("--link: #1d4f91;", "--link: #7a9cc6;", "--link (#7a9cc6) on --background (#ffffff)")]
    [InlineData("--red-tint: #fbe9e7;", "--red-tint: #6b0f0a;", "--text (#0b0c0c) on --red-tint (#6b0f0a)")]
    public void A11Y018_text_token_below_4_5_to_1(string declared, string replacement, string expected)
    {
        var findings = CheckCss(Passing.Replace(declared, replacement, StringComparison.Ordinal)).Where(f => f.RuleId == "A11Y018").ToList();

        var finding = findings.First();
        Assert.Equal(("assets/site.css", ":root", "A11Y018", SuccessCriteria.ContrastMinimum),
            (finding.Page, finding.Selector, finding.RuleId, finding.SuccessCriterion));
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A11Y018_reports_exactly_the_failing_pair_with_a_suggested_colour()
    {
        var findings = CheckCss(Passing.Replace("--muted: #484949;", "--muted: #777777;", StringComparison.Ordinal));

        // #777777 is 4.48:1 on white but only 4.01:1 on the panel grey, so both pairs fail.
        Assert.Equal(
            [("assets/site.css", ":root", "A11Y018", SuccessCriteria.ContrastMinimum),
                ("assets/site.css", ":root", "A11Y018", SuccessCriteria.ContrastMinimum)],
            FindingAssert.Tuples(findings));
        Assert.Equal(
            "--muted (#777777) on --background (#ffffff) has a contrast ratio of 4.48:1; text needs at least 4.50:1.",
            findings.Single(f => f.Message.Contains("--background", StringComparison.Ordinal)).Message);
        Assert.StartsWith("Change --muted to #767676 (4.54:1)",
            findings.Single(f => f.Message.Contains("--background", StringComparison.Ordinal)).Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--red: #b3261e;", "--red: #f28b82;", "--red (#f28b82) on --red-tint (#fbe9e7)")]
    [InlineData("--focus: #ffdd00;", "--focus: #333333;", "--focus (#333333) on --text (#0b0c0c)")]
    public void A11Y019_symbol_or_focus_token_below_3_to_1(string declared, string replacement, string expected)
    {
        var findings = CheckCss(Passing.Replace(declared, replacement, StringComparison.Ordinal));

        var finding = Assert.Single(findings);
        Assert.Equal(("assets/site.css", ":root", "A11Y019", SuccessCriteria.NonTextContrast),
            (finding.Page, finding.Selector, finding.RuleId, finding.SuccessCriterion));
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tokens_may_be_written_in_any_css_colour_syntax_or_refer_to_each_other()
    {
        var css = Passing
            .Replace("--text: #0b0c0c;", "--ink: rgb(11 12 12); --text: var(--ink);", StringComparison.Ordinal)
            .Replace("--background: #ffffff;", "--background: white;", StringComparison.Ordinal)
            .Replace("--muted: #484949;", "--muted: hsl(0 0% 60%);", StringComparison.Ordinal);

        var finding = Assert.Single(CheckCss(css), f => f.Message.Contains("on --background", StringComparison.Ordinal));

        Assert.StartsWith("--muted (#999999) on --background (#ffffff)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dark_scheme_in_a_media_query_is_checked_on_its_own()
    {
        var css = Passing + """
            @media (prefers-color-scheme: dark) {
              :root {
                --background: #0b0c0c; --text: #f3f2f1; --link: #1d4f91; --panel: #1b1c1c; --focus: #0b3d91; --muted: #b1b4b6;
                --link-visited: #c2a6f2; --red-tint: #3b0d0a; --green-tint: #0b2a1b; --red: #f28b82; --green: #5fd38d;
              }
            }
            """;

        var findings = CheckCss(css);

        Assert.Equal(
            [("assets/site.css", "@media (prefers-color-scheme: dark) :root", "A11Y018", SuccessCriteria.ContrastMinimum),
             ("assets/site.css", "@media (prefers-color-scheme: dark) :root", "A11Y018", SuccessCriteria.ContrastMinimum)],
            FindingAssert.Tuples(findings));
        Assert.All(findings, f => Assert.StartsWith("--link (#1d4f91) on --", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Pairs_whose_tokens_the_theme_does_not_declare_are_not_checked() =>
        Assert.Empty(CheckCss(":root { --text: #777777; }"));
}

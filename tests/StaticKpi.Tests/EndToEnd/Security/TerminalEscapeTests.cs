using System.Text.Json;
using StaticKpi.Cli;

namespace StaticKpi.Tests.EndToEnd.Security;

/// <summary>
/// Issue 12, finding 13 (terminal): text from a site's files reaches the terminal with its control characters
/// escaped visibly, so a committee name cannot retitle the terminal (ESC ] 0 ; … BEL), clear it (ESC [ 2 J),
/// overwrite a line (CR) or reverse what follows (U+202E).
/// </summary>
public sealed class TerminalEscapeTests
{
    private const string Invoices = "content/indicators/101-invoices-paid.yaml";

    /// <summary>As the YAML file holds it: double-quoted escapes, so the file itself is plain text.</summary>
    private const string AttackInYaml = @"\e]0;pwned\a\e[2J\rfinance\u202Etxt";

    /// <summary>What the attack is once parsed.</summary>
    private const string Attack = "\u001B]0;pwned\u0007\u001B[2J\rfinance\u202Etxt";

    /// <summary>What the terminal must show instead.</summary>
    private const string Shown = @"\x1B]0;pwned\x07\x1B[2J\rfinance\u202Etxt";

    [Fact]
    public void Every_control_character_is_escaped_visibly_and_other_text_is_left_as_it_is()
    {
        Assert.Equal(Shown, TerminalText.Escape(Attack));
        Assert.Equal(@"\x00\x01\t\n\x0B\x0C\r\x1F|\x7F\x80\x9B\x9F|\u2028\u2029|\u202A\u202B\u202C\u202D\u202E|\u2066\u2067\u2068\u2069",
            TerminalText.Escape("\0\u0001\t\n" +
                "\u000B\u000C\r\u001F|\u007F\u0080\u009B\u009F|\u2028\u2029|\u202A\u202B\u202C\u202D\u202E|\u2066\u2067\u2068\u2069"));
        const string Plain = @"C:\site\content: Gwasanaethau Cymdeithasol – £1,000 ≥ 95% ‎(עברית) 👍";
        Assert.Same(Plain, TerminalText.Escape(Plain));
    }

    [Fact]
    public void Validate_prints_a_committee_name_with_escape_codes_escaped()
    {
        using var site = SiteWithAttackInCommittee();

        var (exitCode, stdout, _) = Run("validate", "--source", site.Source, "--format", "text");

        Assert.Equal(1, exitCode);
        Assert.Equal(
            $"{Invoices}:3:12: error SKPI006: There is no committee '{Shown}' in site.config.yaml. " +
            "Add it under 'committees' in site.config.yaml, or use an existing key.\n" +
            "Found 1 error and 0 warnings; the site would not build.\n",
            stdout);
    }

    [Fact]
    public void Build_prints_the_same_diagnostic_escaped_on_stderr()
    {
        using var site = SiteWithAttackInCommittee();

        var (exitCode, _, stderr) = Run("build", "--source", site.Source, "--output", site.Output);

        Assert.Equal(1, exitCode);
        // The line after it is the build's own summary, not content.
        Assert.Equal(
            $"{Invoices}:3:12: error SKPI006: There is no committee '{Shown}' in site.config.yaml. " +
            "Add it under 'committees' in site.config.yaml, or use an existing key.",
            stderr.Split('\n')[0]);
    }

    [Fact]
    public void A_github_annotation_escapes_escape_codes_and_keeps_line_breaks_as_workflow_escapes()
    {
        using var site = SiteWithAttackInCommittee();

        var (exitCode, stdout, _) = Run("validate", "--source", site.Source, "--format", "github");

        Assert.Equal(1, exitCode);
        Assert.Equal(
            $"::error file={Invoices},line=3,col=12,title=SKPI006::There is no committee '{Shown.Replace(@"\r", "%0D", StringComparison.Ordinal)}' " +
            "in site.config.yaml. Add it under 'committees' in site.config.yaml, or use an existing key.\n" +
            "Found 1 error and 0 warnings; the site would not build.\n",
            stdout);
    }

    [Fact]
    public void Json_output_escapes_every_control_and_bidi_character_and_keeps_the_exact_text()
    {
        using var site = SiteWithAttackInCommittee();

        var (exitCode, stdout, _) = Run("validate", "--source", site.Source, "--format", "json");

        Assert.Equal(1, exitCode);
        Assert.Equal("", new string([.. stdout.Where(c => c != '\n' && TerminalText.IsUnsafe(c))]));
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal($"There is no committee '{Attack}' in site.config.yaml.", json.RootElement[0].GetProperty("message").GetString());
    }

    [Fact]
    public void A_parse_error_that_echoes_an_argument_escapes_it()
    {
        var (exitCode, _, stderr) = Run("validate", "--format", Attack);

        Assert.Equal(2, exitCode);
        Assert.Equal(
            $"error: Argument '{Shown}' not recognized. Must be one of:\n\t'text'\n\t'json'\n\t'github'\n" +
            "Run 'statickpi --help' to see the commands and options.\n",
            stderr);
    }

    [Fact]
    public void New_indicator_escapes_an_unknown_committee_in_its_refusal()
    {
        using var site = TempSite.FromMinimal();

        var (exitCode, stdout, stderr) = Run("new", "indicator", "--id", "182", "--title", "FOI", "--committee", Attack, "--source", site.Source);

        Assert.Equal(1, exitCode);
        Assert.Equal("", stdout);
        Assert.Equal($"error: There is no committee '{Shown}' in site.config.yaml. Use one of: finance.\n", stderr);
    }

    [Fact]
    public void Import_escapes_a_period_from_the_table_in_its_problem_lines()
    {
        using var site = TempSite.FromMinimal();
        var table = Path.Combine(site.Root, "figures.csv");
        File.WriteAllText(table, $"indicator,period,value\n101,\"{Attack}\",93\n");

        var (exitCode, stdout, stderr) = Run("import", table, "--source", site.Source);

        Assert.Equal(1, exitCode);
        Assert.Equal("", stdout);
        Assert.Equal(
            $"{table}:2: error: '{Shown}' is not a period. Write a quarter as '2024/25 Q3', a month as '2024-10' or a financial year as " +
            "'2023/24'.\n" +
            "Nothing was imported: 1 problem found. Fix the table and import again.\n",
            stderr);
    }

    private static TempSite SiteWithAttackInCommittee()
    {
        var site = TempSite.FromMinimal();
        site.Replace(Invoices, "committee: finance\n", $"committee: \"{AttackInYaml}\"\n");
        return site;
    }

    private static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = StatickpiCli.Run(args, stdout, stderr, _ => null);
        return (exitCode, stdout.ToString().ReplaceLineEndings("\n"), stderr.ToString().ReplaceLineEndings("\n"));
    }
}

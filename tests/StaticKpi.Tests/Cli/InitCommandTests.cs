using System.CommandLine;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using StaticKpi.Cli;
using StaticKpi.Cli.Serve;
using StaticKpi.Content;
using StaticKpi.Diagnostics;

namespace StaticKpi.Tests.Cli;

/// <summary>
/// <c>statickpi init</c> end to end: from an empty folder, the new site validates, builds, checks and serves with no
/// findings; a folder with something in it is refused; answers are taken from options or asked for at a terminal.
/// </summary>
public sealed class InitCommandTests
{
    private const string Organisation = "O'Brien: \"Council\" #1";

    private static readonly string[] Answers =
    [
        "--organisation", Organisation, "--url", "https://example.github.io/scorecards/", "--committee", "Audit & Governance Committee",
        "--period", "2025/26 Q2",
    ];

    private static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        // No CI variables: the site must pass with --strict given explicitly, as CI makes it.
        var exitCode = StatickpiCli.Run(args, stdout, stderr, _ => null);
        return (exitCode, stdout.ToString().ReplaceLineEndings("\n"), stderr.ToString().ReplaceLineEndings("\n"));
    }

    /// <summary>Runs init alone with <paramref name="terminal"/> as the keyboard (null: no terminal).</summary>
    private static (int ExitCode, string Stdout, string Stderr) RunInit(TextReader? terminal, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var root = new RootCommand { InitCommandLine.Create(stdout, stderr, terminal, () => new DateOnly(2025, 12, 5)) };
        var exitCode = root.Parse(["init", .. args]).Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
        return (exitCode, stdout.ToString().ReplaceLineEndings("\n"), stderr.ToString().ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("red-amber-green", "--red-threshold", "10")]
    [InlineData("red-amber-green-blue", "--blue-threshold", "5", "--red-threshold", "10")]
    public async Task From_an_empty_folder_the_new_site_validates_builds_checks_and_serves_with_no_findings(string policy, params string[] thresholds)
    {
        using var folder = new TempFolder();
        var site = folder.Combine("scorecards");

        var init = Run(["init", site, .. Answers, "--policy", policy, .. thresholds]);

        Assert.Equal((0, ""), (init.ExitCode, init.Stderr));
        Assert.Equal(
            string.Concat(Created.Select(f => $"Created {f}\n")) +
            $"The site for {Organisation} is in {site}, with a sample report for 2025/26 Q2.\n" +
            "Next: see it with 'statickpi serve', replace the sample files README.md lists, and push it to GitHub.\n",
            init.Stdout);

        Assert.Equal((0, "The site is valid: no errors, 0 warnings.\n", ""), Run("validate", "--strict", "--source", site));

        var output = folder.Combine("built", "_site");
        var build = Run("build", "--check", "--strict", "--source", site, "--output", output);
        Assert.Equal(
            (0, $"Built 11 pages (31 files) in 0.00 s to {output}; latest reports: 1 Green; 0 warnings.\n11 pages checked, 0 findings\n", ""),
            (build.ExitCode, Regex.Replace(build.Stdout, @"in \d+\.\d\d s", "in 0.00 s"), build.Stderr));

        await using var server = await PreviewServer.StartAsync(new ServeOptions(site, OutputDirectory: folder.Combine("serve")));
        using var client = new HttpClient { BaseAddress = server.Address };
        using var response = await client.GetAsync("");
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"{Organisation} performance scorecards", page.QuerySelector("h1")?.TextContent);
    }

    private static readonly string[] Created =
    [
        "README.md", "site.config.yaml", "content/indicators/1-freedom-of-information-requests-answered-on-time.yaml",
        "content/commentary/1/2025-26-q2.md", "content/reports/audit-governance-committee/2025-26-q2.yaml",
        ".github/workflows/pull-request.yml", ".github/workflows/deploy.yml", ".vscode/settings.json",
        "schemas/indicator.schema.json", "schemas/report.schema.json", "schemas/site-config.schema.json", ".gitignore", ".editorconfig",
    ];

    [Fact]
    public void A_folder_that_is_not_empty_is_refused_with_what_to_do_and_nothing_is_written()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.Combine("notes.txt"), "mine");

        var (exitCode, stdout, stderr) = Run(["init", folder.Path, .. Answers, "--policy", "red-amber-green", "--red-threshold", "10"]);

        var refusal = $"error: The folder '{folder.Path}' is not empty (it has notes.txt). Start the site in a new folder " +
            "(statickpi init my-scorecards), or add --force to add the site's files beside what is there: " +
            "files already there are kept, never overwritten.\n";
        Assert.Equal((2, "", refusal), (exitCode, stdout, stderr));
        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void With_force_files_already_there_are_kept_and_named_and_the_others_written()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.Combine("README.md"), "Our repository\n");

        var (exitCode, stdout, _) = Run(["init", folder.Path, .. Answers, "--policy", "red-amber-green", "--red-threshold", "10", "--force"]);

        Assert.Equal(0, exitCode);
        Assert.Equal("Our repository\n", File.ReadAllText(folder.Combine("README.md")));
        var lines = stdout.Split('\n');
        Assert.Equal([.. Created.Skip(1).Select(f => $"Created {f}"), "Kept README.md: it was already there, so it was left as it was."],
            lines.Take(Created.Length));
        Assert.Equal((0, "The site is valid: no errors, 0 warnings.\n", ""), Run("validate", "--strict", "--source", folder.Path));
    }

    [Fact]
    public void Without_a_terminal_each_missing_answer_is_a_usage_error_naming_its_option()
    {
        using var folder = new TempFolder();

        var (exitCode, stdout, stderr) = RunInit(null, folder.Path, "--organisation", "Test Council", "--policy", "red-amber-green-blue");

        Assert.Equal((2, ""), (exitCode, stdout));
        Assert.Equal(
            "error: statickpi init needs --url, --committee, --red-threshold, --blue-threshold when it cannot ask (the input is not a terminal). " +
            "Give each as an option, for example: statickpi init --organisation \"Example Council\" --url https://example.github.io/scorecards/ " +
            "--committee \"Audit Committee\" --policy red-amber-green --red-threshold 10\n",
            stderr);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }

    [Fact]
    public void At_a_terminal_missing_answers_are_asked_for_and_asked_again_until_they_can_be_used()
    {
        using var folder = new TempFolder();
        var keyboard = new StringReader(
            "\nTest Council\nexample.org\nhttps://example.org/kpi/\n!!!\nCabinet\nblue\nred-amber-green-blue\n10\nabc\n5\n");

        var (exitCode, stdout, stderr) = RunInit(keyboard, folder.Path, "--period", "2025/26 Q1");

        Assert.Equal((0, ""), (exitCode, stderr));
        Assert.Equal(
            "The organisation's name, as readers will see it: The organisation's name is empty; write it as readers should see it.\n" +
            "The organisation's name, as readers will see it: " +
            "The address the site will be published at (such as https://example.github.io/scorecards/): " +
            "'example.org' is not a web address; give the site's whole address, such as https://www.example.gov.uk/performance/.\n" +
            "The address the site will be published at (such as https://example.github.io/scorecards/): " +
            "The first committee's name: " +
            "The committee's name needs some letters or digits (a-z, 0-9): its key in web addresses is made from them.\n" +
            "The first committee's name: " +
            "The RAG policy (red-amber-green or red-amber-green-blue): Answer red-amber-green or red-amber-green-blue.\n" +
            "The RAG policy (red-amber-green or red-amber-green-blue): " +
            "Percent off target beyond which a value is Red (less is Amber), such as 10: " +
            "Percent better than target beyond which a value is Blue, such as 5: 'abc' is not a number; write a plain number such as 10 or 7.5.\n" +
            "Percent better than target beyond which a value is Blue, such as 5: Created README.md\n",
            stdout[..(stdout.IndexOf("Created README.md\n", StringComparison.Ordinal) + "Created README.md\n".Length)]);
        var config = SiteConfigLoader.Load(File.ReadAllText(folder.Combine("site.config.yaml")), "site.config.yaml", new DiagnosticBag())!;
        Assert.Equal(("Test Council", "https://example.org/kpi/", "cabinet", 10m, (decimal?)5m),
            (config.Organisation, config.BaseUrl, config.Committees.Single().Key, config.RagPolicies.Single().RedThreshold,
                config.RagPolicies.Single().BlueThreshold));
    }

    [Fact]
    public void Input_that_ends_before_every_answer_is_given_writes_nothing()
    {
        using var folder = new TempFolder();

        var (exitCode, _, stderr) = RunInit(new StringReader("Test Council\n"), folder.Path);

        Assert.Equal((2, "error: The input ended before every question was answered; nothing was written.\n"), (exitCode, stderr));
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }

    [Theory]
    [InlineData("--url", "ftp://example.org/",
        "'ftp://example.org/' is not a web address; give the site's whole address, such as https://www.example.gov.uk/performance/.")]
    [InlineData("--committee", "---", "The committee's name needs some letters or digits (a-z, 0-9): its key in web addresses is made from them.")]
    [InlineData("--organisation", "Two\nlines", "The organisation's name must be on one line, without tabs or other control characters.")]
    [InlineData("--red-threshold", "0", "--red-threshold is 0; give a percentage greater than 0, such as 10.")]
    [InlineData("--period", "2025/26", "--period '2025/26' is not a quarter; write it as 2025/26 Q2.")]
    public void An_answer_that_cannot_be_used_is_a_usage_error_before_anything_is_written(string option, string value, string message)
    {
        using var folder = new TempFolder();
        var args = new List<string>(["init", folder.Path, "--organisation", "Test Council", "--url", "https://example.org/", "--committee", "Cabinet",
            "--policy", "red-amber-green", "--red-threshold", "10"]);
        var index = args.IndexOf(option);
        if (index < 0)
        {
            args.AddRange([option, value]);
        }
        else
        {
            args[index + 1] = value;
        }

        var (exitCode, stdout, stderr) = Run([.. args]);

        Assert.Equal((2, ""), (exitCode, stdout));
        Assert.Equal($"error: {message}\nRun 'statickpi --help' to see the commands and options.\n", stderr);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }

    [Fact]
    public void The_same_options_give_byte_identical_folders()
    {
        using var folder = new TempFolder();
        Run(["init", folder.Combine("a"), .. Answers, "--policy", "red-amber-green", "--red-threshold", "10"]);
        Run(["init", folder.Combine("b"), .. Answers, "--policy", "red-amber-green", "--red-threshold", "10"]);

        static IEnumerable<(string, byte[])> Contents(string root) => Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).Select(f => (Path.GetRelativePath(root, f), File.ReadAllBytes(f)));
        Assert.Equal(Contents(folder.Combine("a")), Contents(folder.Combine("b")));
        Assert.Equal(13, Contents(folder.Combine("a")).Count());
    }
}

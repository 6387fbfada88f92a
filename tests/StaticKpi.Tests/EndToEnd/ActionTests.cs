using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using StaticKpi.Build;
using StaticKpi.Cli;
using StaticKpi.Tests.Support;

namespace StaticKpi.Tests.EndToEnd;

/// <summary>
/// The reusable GitHub Action (action.yml): its inputs, that its scripts take inputs only through env: (so an input
/// cannot run as shell code), that every statickpi command it runs exists, and its scripts run against a site with
/// the tool installed from the package this test run packed.
/// </summary>
public sealed partial class ActionTests(ActionTests.FullRun run) : IClassFixture<ActionTests.FullRun>
{
    [Fact]
    public void The_action_is_a_composite_action_named_for_what_it_does()
    {
        Assert.Equal(("StaticKpi: validate, build and check a scorecard site", "composite"),
            (ActionFile.Scalar(ActionFile.Root, "name"), ActionFile.Scalar(ActionFile.Runs, "using")));
    }

    [Fact]
    public void The_inputs_are_the_source_strictness_version_output_and_an_extra_package_source()
    {
        Assert.Equal(
            [("source", "."), ("strict", "true"), ("version", PackedTool.Version), ("output", "_site"), ("upload", "true"), ("package-source", "")],
            ActionFile.Inputs);
    }

    [Fact]
    public void Every_script_takes_inputs_only_through_env()
    {
        var inputs = ActionFile.Inputs.Select(input => input.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var step in ActionFile.Steps.Where(step => ActionFile.Scalar(step, "run") is not null))
        {
            // An expression inside the script would be pasted into it before bash reads it.
            Assert.DoesNotContain("${{", ActionFile.Scalar(step, "run"), StringComparison.Ordinal);
            Assert.All(ActionFile.Env(step), env => Assert.Contains(ActionFile.InputNamed(env.Value) ?? env.Value, inputs));
        }
    }

    [Fact]
    public void Every_action_it_uses_is_an_official_action_at_a_pinned_major_version()
    {
        Assert.Equal(["actions/setup-dotnet@v4", "actions/cache@v4", "actions/upload-pages-artifact@v3"],
            ActionFile.Steps.Select(step => ActionFile.Scalar(step, "uses")).OfType<string>());
    }

    [Fact]
    public void Every_statickpi_command_it_runs_exists_with_its_options()
    {
        var commands = ActionFile.Steps.Select(step => ActionFile.Scalar(step, "run")).OfType<string>()
            .SelectMany(script => StatickpiLine().Matches(script).Select(match => match.Groups["args"].Value.TrimEnd(' ', ';')))
            .ToList();

        Assert.Equal([
            "validate --source \"$SOURCE\" --format github --strict",
            "validate --source \"$SOURCE\" --format github",
            "build --check --strict --source \"$SOURCE\" --output \"$OUTPUT\"",
            "build --check --source \"$SOURCE\" --output \"$OUTPUT\"",
        ], commands);
        foreach (var command in commands)
        {
            // A quoted variable is one argument whatever its value; parsing proves the command and options exist.
            var args = command.Split(' ').Select(arg => arg.StartsWith("\"$", StringComparison.Ordinal) ? "value" : arg).ToArray();
            Assert.Equal([], StatickpiCli.UsageErrors(args));
        }
    }

    [Theory]
    [InlineData("_site")]
    [InlineData("public/site")]
    public void The_cache_keeps_the_output_and_the_cache_folder_statickpi_writes_beside_it(string output)
    {
        using var temp = new TempFolder();
        var action = new ActionRun(Inputs(output), temp.CopyFrom(TempSite.MinimalFixture, "workspace"), temp.Combine("runner"));

        var outcome = action.Run(ActionFile.Step("Find the build cache"));

        Assert.Equal((0, ""), (outcome.ExitCode, outcome.Errors));
        var cache = Assert.Single(File.ReadAllLines(action.GithubOutput));
        Assert.StartsWith("cache=", cache, StringComparison.Ordinal);
        Assert.Equal(BuildOptions.CacheBeside(Path.Combine(action.Workspace, output)),
            Path.GetFullPath(Path.Combine(action.Workspace, cache["cache=".Length..])));
        var with = (YamlDotNet.RepresentationModel.YamlMappingNode)ActionFile.Uses("actions/cache@v4").Children["with"];
        Assert.Equal("${{ inputs.output }}\n${{ steps.paths.outputs.cache }}\n", ActionFile.Scalar(with, "path"));
        Assert.Equal("statickpi-${{ inputs.version }}-${{ runner.os }}-", ActionFile.Scalar(with, "restore-keys"));
    }

    [Fact]
    public void The_built_site_is_uploaded_as_the_pages_artifact_unless_upload_is_false()
    {
        var step = ActionFile.Uses("actions/upload-pages-artifact@v3");
        var with = (YamlDotNet.RepresentationModel.YamlMappingNode)step.Children["with"];

        Assert.Equal("${{ inputs.output }}", ActionFile.Scalar(with, "path"));
        Assert.Equal("inputs.upload == 'true'", ActionFile.Scalar(step, "if"));
    }

    [Fact]
    public void Its_scripts_install_the_packed_tool_then_validate_build_and_check_the_site()
    {
        Assert.Equal(
            [("Install statickpi", 0), ("Find the build cache", 0), ("Validate the content", 0), ("Build and check the site", 0)],
            run.Outcomes.Select(o => (o.Step, o.Outcome.ExitCode)));
        Assert.Equal(Path.Combine(run.Action.RunnerTemp, "statickpi"), File.ReadAllText(run.Action.GithubPath).TrimEnd('\n'));
        Assert.Equal("The site is valid: no errors, 0 warnings.\n", run.Outcome("Validate the content").Output);

        var site = Path.Combine(run.Action.Workspace, "_site");
        Assert.True(File.Exists(Path.Combine(site, ".statickpi-output")));
        var index = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, "index.html")));
        Assert.Equal("en-GB", index.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void A_problem_in_the_content_fails_the_validate_step_with_an_annotation_on_its_line()
    {
        using var temp = new TempFolder();
        var workspace = temp.CopyFrom(TempSite.MinimalFixture, "workspace");
        var indicator = Path.Combine(workspace, "content", "indicators", "101-invoices-paid.yaml");
        File.WriteAllText(indicator, File.ReadAllText(indicator).Replace("direction: up\n", "direction: upwards\n", StringComparison.Ordinal));

        var outcome = run.WithToolInstalled(workspace, temp.Combine("runner")).Run(ActionFile.Step("Validate the content"));

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(
            "::error file=content/indicators/101-invoices-paid.yaml,line=7,col=12,title=SKPI012::"
            + "'upwards' is not a valid value for 'direction'. Use one of: up, down, none.\n"
            + "Found 1 error and 0 warnings; the site would not build.\n",
            outcome.Output);
    }

    /// <summary>On GitHub CI=true makes statickpi strict by itself: strict: false must still let a draft through.</summary>
    [Theory]
    [InlineData("true", 1, "error", "Found 1 error and 0 warnings; the site would not build.")]
    [InlineData("false", 0, "warning", "The site is valid: no errors, 1 warning.")]
    public void Placeholder_text_fails_the_validate_step_only_when_strict(string strict, int exitCode, string severity, string summary)
    {
        using var temp = new TempFolder();
        var workspace = temp.CopyFrom(TempSite.MinimalFixture, "workspace");
        var commentary = Path.Combine(workspace, "content", "commentary", "101", "2024-25-q3.md");
        File.AppendAllText(commentary, "\nReplace this sentence with the commentary.\n");

        var outcome = run.WithToolInstalled(workspace, temp.Combine("runner"), strict).Run(ActionFile.Step("Validate the content"));

        Assert.Equal((exitCode,
            $"::{severity} file=content/commentary/101/2024-25-q3.md,line=17,col=1,title=SKPI032::"
            + "'Replace this sentence with the commentary.' is placeholder text for you to replace; as it is, it would be published. "
            + "Write the real text in its place, or delete it. In CI (CI=true) or with --strict, 'statickpi build' refuses to publish "
            + "a page with placeholder text, and 'statickpi validate' reports it as an error.\n"
            + summary + "\n"), (outcome.ExitCode, outcome.Output));
    }

    [Fact]
    public void A_strict_input_other_than_true_or_false_stops_the_action_before_it_builds()
    {
        using var temp = new TempFolder();
        var workspace = temp.CopyFrom(TempSite.MinimalFixture, "workspace");

        var outcome = run.WithToolInstalled(workspace, temp.Combine("runner"), "yes").Run(ActionFile.Step("Validate the content"));

        Assert.Equal((2, "::error title=StaticKpi action::The input 'strict' must be true or false.\n"), (outcome.ExitCode, outcome.Output));
    }

    private static Dictionary<string, string> Inputs(string output = "_site", string strict = "true") => new(StringComparer.Ordinal)
    {
        ["source"] = ".",
        ["strict"] = strict,
        ["version"] = PackedTool.Version,
        ["output"] = output,
        ["package-source"] = PackedTool.Feed,
    };

    /// <summary>
    /// Every script of the action run once, in order, over a copy of tests/fixtures/minimal, with its default inputs
    /// and the packed tool's folder as package-source.
    /// </summary>
    public sealed class FullRun : IDisposable
    {
        private readonly TempFolder temp = new();

        public FullRun()
        {
            var workspace = temp.CopyFrom(TempSite.MinimalFixture, "workspace");
            // Only the packed folder as a feed (package-source adds it): the test must not need the network.
            File.WriteAllText(Path.Combine(workspace, "nuget.config"),
                "<configuration><packageSources><clear /></packageSources></configuration>");
            Action = new ActionRun(Inputs(), workspace, temp.Combine("runner"));
            foreach (var step in ActionFile.Steps.Where(step => ActionFile.Scalar(step, "run") is not null))
            {
                var outcome = Action.Run(step);
                Outcomes.Add((ActionFile.Scalar(step, "name")!, outcome));
                if (outcome.ExitCode != 0)
                {
                    break;
                }
            }
        }

        public ActionRun Action { get; }

        public List<(string Step, ChildProcess.Outcome Outcome)> Outcomes { get; } = [];

        public ChildProcess.Outcome Outcome(string step) => Outcomes.Single(o => o.Step == step).Outcome;

        /// <summary>A runner for another workspace with the tool this run installed already on its PATH.</summary>
        public ActionRun WithToolInstalled(string workspace, string folder, string strict = "true")
        {
            var action = new ActionRun(Inputs(strict: strict), workspace, folder);
            File.Copy(Action.GithubPath, action.GithubPath, overwrite: true);
            return action;
        }

        public void Dispose() => temp.Dispose();
    }

    /// <summary>A statickpi command in a script, alone on its line or as a case branch ('true) statickpi …;;').</summary>
    [GeneratedRegex(@"^\s*(?:[a-z]+\)\s*)?(?:[A-Z_]+=\S*\s+)?statickpi (?<args>[^;\n]+)", RegexOptions.Multiline)]
    private static partial Regex StatickpiLine();
}

using System.Text.RegularExpressions;
using StaticKpi.Cli;
using StaticKpi.Starting;
using StaticKpi.Tests.EndToEnd;
using YamlDotNet.RepresentationModel;

namespace StaticKpi.Tests.Starting;

/// <summary>
/// The new site's workflows and README name only what exists: StaticKpi's action with its real inputs, official
/// actions at pinned versions, and statickpi command lines the tool's own parser accepts.
/// </summary>
public sealed partial class NewSiteWorkflowTests
{
    /// <summary>The inputs of statickpi/statickpi's action.yml (the shared decision for issue 17).</summary>
    private static readonly string[] ActionInputs = ["source", "strict", "version", "output", "upload"];

    private static readonly IReadOnlyList<NewSiteFile> Files = NewSite.Files(NewSiteTests.Answers());

    public static TheoryData<string> Workflows() => new(".github/workflows/pull-request.yml", ".github/workflows/deploy.yml");

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Each_workflow_runs_the_statickpi_action_at_v0_1_0_with_only_its_inputs_and_strict_on(string workflow)
    {
        var step = Assert.Single(Steps(Load(workflow)), s => Scalar(s, "uses")?.StartsWith("statickpi/", StringComparison.Ordinal) == true);

        Assert.Equal("statickpi/statickpi@v0.1.0", Scalar(step, "uses"));
        var with = (YamlMappingNode)step.Children["with"];
        Assert.All(with.Children.Keys.Cast<YamlScalarNode>(), key => Assert.Contains(key.Value, ActionInputs));
        Assert.Equal(".", Scalar(with, "source"));
        Assert.Equal("true", Scalar(with, "strict"));
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Every_other_action_comes_from_the_official_actions_organisation_at_a_pinned_major_version(string workflow)
    {
        var others = Steps(Load(workflow)).Select(s => Scalar(s, "uses")).OfType<string>()
            .Where(u => !u.StartsWith("statickpi/", StringComparison.Ordinal));
        foreach (var uses in others)
        {
            Assert.Matches(@"^actions/[a-z-]+@v\d+$", uses);
        }
    }

    [Fact]
    public void The_pull_request_check_runs_on_pull_requests_and_only_reads_the_repository()
    {
        var workflow = Load(".github/workflows/pull-request.yml");

        Assert.Equal("pull_request", ((YamlMappingNode)workflow.Children["on"]).Children.Keys.Cast<YamlScalarNode>().Single().Value);
        Assert.Equal([("contents", "read")], Pairs((YamlMappingNode)workflow.Children["permissions"]));
        Assert.Equal(["actions/checkout@v4", "statickpi/statickpi@v0.1.0"], Steps(workflow).Select(s => Scalar(s, "uses")));
        // Nothing is published from a pull request, so the site is not uploaded as a Pages artifact.
        var action = Steps(workflow).Single(s => Scalar(s, "uses") == "statickpi/statickpi@v0.1.0");
        Assert.Equal([("source", "."), ("strict", "true"), ("upload", "false")], Pairs((YamlMappingNode)action.Children["with"]));
    }

    [Fact]
    public void The_deployment_builds_checks_and_uploads_the_site_then_publishes_it_to_pages()
    {
        // The action keeps the build cache itself (action.yml), so the workflow has no cache step of its own.
        var workflow = Load(".github/workflows/deploy.yml");
        var action = Assert.Single(Steps(workflow), s => Scalar(s, "uses") == "statickpi/statickpi@v0.1.0");

        Assert.Equal([("source", "."), ("strict", "true"), ("output", "_site")], Pairs((YamlMappingNode)action.Children["with"]));
        Assert.Equal(
            ["actions/checkout@v4", "actions/configure-pages@v5", "statickpi/statickpi@v0.1.0", "actions/deploy-pages@v4"],
            Steps(workflow).Select(s => Scalar(s, "uses")));
        Assert.Equal([("contents", "read"), ("pages", "write"), ("id-token", "write")], Pairs((YamlMappingNode)workflow.Children["permissions"]));
    }

    [Fact]
    public void The_workflows_inputs_are_the_ones_the_action_declares_when_this_repository_has_it()
    {
        // action.yml is written on another branch of issue 17; once merged, the inputs used must be declared there.
        var path = Path.Combine(RepoPaths.Root, "action.yml");
        var declared = File.Exists(path)
            ? ((YamlMappingNode)LoadText(File.ReadAllText(path)).Children["inputs"]).Children.Keys
                .Cast<YamlScalarNode>().Select(k => k.Value!).ToList()
            : [.. ActionInputs];

        Assert.Subset(declared.ToHashSet(), ActionInputs.ToHashSet());
    }

    [Fact]
    public void Every_statickpi_command_in_the_readme_exists_with_its_options()
    {
        var readme = Files.Single(f => f.Path == "README.md").Text;
        var commands = CommandLine().Matches(readme).Select(m => m.Groups["args"].Value).ToList();

        Assert.Equal(
        [
            "new period \"2025/26 Q3\" --committee audit-governance-risk-2-draft",
            "import figures.csv",
            "validate",
            "new indicator --title \"Its name\" --committee audit-governance-risk-2-draft",
            "serve",
            "schema",
        ], commands);
        foreach (var command in commands)
        {
            var args = Arguments().Matches(command).Select(m => m.Groups["quoted"].Success ? m.Groups["quoted"].Value : m.Value).ToArray();
            Assert.True(StatickpiCli.UsageErrors(args).Count == 0, $"'{command}': {string.Join("; ", StatickpiCli.UsageErrors(args))}");
        }
    }

    private static YamlMappingNode Load(string workflow) => LoadText(Files.Single(f => f.Path == workflow).Text);

    private static YamlMappingNode LoadText(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode workflow) => WorkflowTests.StepNodes(workflow);

    private static string? Scalar(YamlMappingNode node, string key) => WorkflowTests.Scalar(node, key);

    private static List<(string, string)> Pairs(YamlMappingNode node) =>
        [.. node.Children.Select(p => (((YamlScalarNode)p.Key).Value!, ((YamlScalarNode)p.Value).Value!))];

    /// <summary>A statickpi command in a code block line or in inline code.</summary>
    [GeneratedRegex(@"(?:^\s*|`)statickpi (?<args>[^`\n]+)", RegexOptions.Multiline)]
    private static partial Regex CommandLine();

    [GeneratedRegex("\"(?<quoted>[^\"]*)\"|[^ ]+")]
    private static partial Regex Arguments();
}

using System.Text.RegularExpressions;
using StaticKpi.Cli;
using YamlDotNet.RepresentationModel;

namespace StaticKpi.Tests.EndToEnd;

/// <summary>The GitHub workflows are valid YAML and every statickpi command they run exists with those options.</summary>
public sealed partial class WorkflowTests
{
    public static TheoryData<string> Workflows()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, ".github", "workflows"), "*.yml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void There_is_a_pull_request_check_and_a_pages_deployment()
    {
        Assert.Equal(["deploy.yml", "pull-request.yml"], ((IEnumerable<object[]>)Workflows()).Select(r => (string)r[0]).ToList());
        var deploy = Load("deploy.yml");
        var uses = Steps(deploy).Select(s => s.Uses).OfType<string>().ToList();
        Assert.Contains("actions/upload-pages-artifact@v3", uses);
        Assert.Contains("actions/deploy-pages@v4", uses);
        Assert.Equal("pull_request", ((YamlMappingNode)Load("pull-request.yml").Children["on"]).Children.Keys.Cast<YamlScalarNode>().Single().Value);
    }

    [Fact]
    public void The_deployment_keeps_the_build_cache_and_the_site_it_describes_between_runs()
    {
        var cache = Assert.Single(StepNodes(Load("deploy.yml")), s => Scalar(s, "uses") == "actions/cache@v4");
        var with = (YamlMappingNode)cache.Children["with"];
        var paths = Scalar(with, "path")!.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        Assert.Equal(["_site", Path.GetFileName(StaticKpi.Build.BuildOptions.CacheBeside("_site"))], paths);
        Assert.Equal("statickpi-build-${{ github.ref_name }}-${{ github.run_id }}", Scalar(with, "key"));
        Assert.Equal("statickpi-build-${{ github.ref_name }}-", Scalar(with, "restore-keys"));
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Every_statickpi_command_in_a_workflow_exists_with_its_options(string workflow)
    {
        var commands = Steps(Load(workflow)).Select(s => s.Run).OfType<string>()
            .SelectMany(run => StatickpiInvocation().Matches(run).Select(m => m.Groups["args"].Value))
            .ToList();
        Assert.NotEmpty(commands);

        foreach (var command in commands)
        {
            // Parsing proves the command and every option exist, without running anything.
            var args = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(StatickpiCli.UsageErrors(args).Count == 0, $"'{command}' in {workflow}: {string.Join("; ", StatickpiCli.UsageErrors(args))}");
        }
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Every_action_comes_from_the_official_actions_organisation_at_a_pinned_major_version(string workflow)
    {
        foreach (var uses in Steps(Load(workflow)).Select(s => s.Uses).OfType<string>())
        {
            Assert.Matches(@"^actions/[a-z-]+@v\d+$", uses);
        }
    }

    private static YamlMappingNode Load(string name)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Root, ".github", "workflows", name))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static IEnumerable<(string? Run, string? Uses)> Steps(YamlMappingNode workflow) =>
        StepNodes(workflow).Select(step => (Scalar(step, "run"), Scalar(step, "uses")));

    internal static IEnumerable<YamlMappingNode> StepNodes(YamlMappingNode workflow) =>
        ((YamlMappingNode)workflow.Children["jobs"]).Children.Values
            .Cast<YamlMappingNode>()
            .SelectMany(job => job.Children.TryGetValue("steps", out var steps) ? ((YamlSequenceNode)steps).Children : [])
            .Cast<YamlMappingNode>();

    internal static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(key, out var value) ? ((YamlScalarNode)value).Value : null;

    [GeneratedRegex(@"src/StaticKpi\.Cli[^\n]*? -- (?<args>[^\n]+)")]
    private static partial Regex StatickpiInvocation();
}

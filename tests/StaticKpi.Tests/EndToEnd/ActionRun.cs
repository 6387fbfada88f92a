using StaticKpi.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace StaticKpi.Tests.EndToEnd;

/// <summary>
/// Runs the shell steps of action.yml as a GitHub runner would, without GitHub: each 'run:' script with
/// 'bash --noprofile --norc -eo pipefail' (GitHub's bash), its 'env:' filled in from the inputs, the runner's
/// variables (RUNNER_TEMP, GITHUB_PATH, GITHUB_OUTPUT, GITHUB_ACTIONS, CI) faked in a temporary folder, and the
/// folders a step adds to GITHUB_PATH put on PATH for the steps after it. 'uses:' steps (setup-dotnet, cache,
/// upload) need GitHub and are not run.
/// </summary>
public sealed class ActionRun
{
    private readonly IReadOnlyDictionary<string, string> inputs;
    private readonly string runner;

    /// <param name="folder">An empty folder for the runner's files.</param>
    public ActionRun(IReadOnlyDictionary<string, string> inputs, string workspace, string folder)
    {
        this.inputs = inputs;
        Workspace = workspace;
        runner = folder;
        Directory.CreateDirectory(Path.Combine(runner, "temp"));
        File.WriteAllText(GithubPath, "");
        File.WriteAllText(GithubOutput, "");
    }

    public string Workspace { get; }

    public string RunnerTemp => Path.Combine(runner, "temp");

    public string GithubPath => Path.Combine(runner, "github-path");

    public string GithubOutput => Path.Combine(runner, "github-output");

    /// <summary>Runs one step's script; the step's env values are all '${{ inputs.NAME }}' (ActionTests checks that).</summary>
    public ChildProcess.Outcome Run(YamlMappingNode step)
    {
        var script = Path.Combine(runner, "step.sh");
        File.WriteAllText(script, ActionFile.Scalar(step, "run"));
        var environment = ChildProcess.DotnetEnvironment(Path.Combine(runner, "nuget-packages"));
        environment["GITHUB_ACTIONS"] = "true";
        environment["CI"] = "true";
        environment["GITHUB_WORKSPACE"] = Workspace;
        environment["RUNNER_TEMP"] = RunnerTemp;
        environment["GITHUB_PATH"] = GithubPath;
        environment["GITHUB_OUTPUT"] = GithubOutput;
        // The runner adds each line written to GITHUB_PATH in front of PATH for the later steps, last line first.
        var added = File.ReadAllLines(GithubPath).Where(line => line.Length > 0).Reverse();
        environment["PATH"] = string.Join(Path.PathSeparator, added.Append(Environment.GetEnvironmentVariable("PATH")));
        foreach (var (name, value) in ActionFile.Env(step))
        {
            environment[name] = inputs[ActionFile.InputNamed(value)!];
        }

        return ChildProcess.Run("bash", ["--noprofile", "--norc", "-eo", "pipefail", script], Workspace, environment, TimeSpan.FromMinutes(3));
    }
}

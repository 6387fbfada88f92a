using System.CommandLine;
using StaticKpi.Cli;

namespace StaticKpi.Tests.Cli;

/// <summary>Every command that reads a site folder takes the same <c>--source</c> option: one name, one help text, one default.</summary>
public sealed class CommonOptionsTests
{
    private const string SourceHelp = "The site folder, holding site.config.yaml and content/ (default: the current folder).";

    private static IEnumerable<(string Path, Command Command)> Commands(Command command, string path)
    {
        yield return (path, command);
        foreach (var sub in command.Subcommands)
        {
            foreach (var found in Commands(sub, path.Length == 0 ? sub.Name : $"{path} {sub.Name}"))
            {
                yield return found;
            }
        }
    }

    [Fact]
    public void Every_command_with_a_source_option_explains_and_defaults_it_the_same_way()
    {
        var root = StatickpiCli.BuildCommand(TextWriter.Null, TextWriter.Null, _ => null, CrashReport.InTempFolder);

        var sources = Commands(root, "")
            .SelectMany(c => c.Command.Options.Where(o => o.Name == "--source").Select(o => (c.Path, Option: (Option<DirectoryInfo>)o)))
            .ToList();

        Assert.Equal(["build", "check", "validate", "new indicator", "new period", "import", "serve", "migrate"], sources.Select(s => s.Path));
        Assert.All(sources, s =>
        {
            Assert.Equal(["-s"], s.Option.Aliases);
            Assert.Equal(SourceHelp, s.Option.Description);
            Assert.False(s.Option.Required);
        });
    }

    [Theory]
    [InlineData("build")]
    [InlineData("validate")]
    [InlineData("check")]
    [InlineData("serve")]
    [InlineData("new indicator --title T --committee c")]
    [InlineData("new period --committee c 2025/26-q1")]
    [InlineData("import figures.csv")]
    public void Leaving_source_out_means_the_current_folder(string commandLine)
    {
        var root = StatickpiCli.BuildCommand(TextWriter.Null, TextWriter.Null, _ => null, CrashReport.InTempFolder);
        var parsed = root.Parse(commandLine);
        var command = parsed.CommandResult.Command;
        var source = (Option<DirectoryInfo>)command.Options.Single(o => o.Name == "--source");

        Assert.Equal(new DirectoryInfo(".").FullName, parsed.GetValue(source)!.FullName);
    }
}

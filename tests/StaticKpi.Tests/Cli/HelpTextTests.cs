using System.CommandLine;
using StaticKpi.Cli;

namespace StaticKpi.Tests.Cli;

/// <summary>'statickpi --help' reads well: each command is described in one plain sentence that fits a line.</summary>
public sealed class HelpTextTests
{
    private const int LongestDescription = 110;

    [Fact]
    public void Every_command_has_a_one_line_sentence_as_its_description()
    {
        var root = StatickpiCli.BuildCommand(TextWriter.Null, TextWriter.Null, _ => null, CrashReport.InTempFolder);

        var badlyDescribed = Commands(root, "statickpi")
            .Where(c => c.Command.Description is not { Length: > 0 and <= LongestDescription } text
                || !char.IsUpper(text[0]) || !text.EndsWith('.') || text.Contains('\n'))
            .Select(c => $"{c.Path}: {c.Command.Description}")
            .ToList();

        Assert.Empty(badlyDescribed);
    }

    private static IEnumerable<(string Path, Command Command)> Commands(Command command, string path) =>
        command.Subcommands.SelectMany(sub => Commands(sub, path + " " + sub.Name)).Prepend((path, command));
}

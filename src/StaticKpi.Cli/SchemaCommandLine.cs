using System.CommandLine;
using System.Text;
using StaticKpi.Content;

namespace StaticKpi.Cli;

/// <summary><c>statickpi schema</c>: writes the JSON Schemas editors' tools use for autocompletion and checking as you type.</summary>
internal static class SchemaCommandLine
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var output = CommonOptions.Output(
            "The folder to write indicator.schema.json, report.schema.json and site-config.schema.json to (default: schemas).",
            "schemas");
        var command = new Command("schema", "Write the JSON Schemas of indicator files, report files and site.config.yaml.") { output };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(output)!.FullName;
            try
            {
                Directory.CreateDirectory(folder);
                foreach (var file in ContentSchema.Files())
                {
                    var path = Path.Combine(folder, file.FileName);
                    File.WriteAllText(path, file.Json, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                    stdout.WriteLine($"Wrote {TerminalText.Escape(path)}");
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // The exception's own text is .NET's, not ours; say what the editor can check instead.
                stderr.WriteLine($"error: The schemas could not be written to {TerminalText.Escape(folder)}. " +
                                 "Check that it is a folder you may write to (not a file) and that the disk is not full.");
                return StatickpiCli.ContentErrors;
            }

            return StatickpiCli.Success;
        });
        return command;
    }
}

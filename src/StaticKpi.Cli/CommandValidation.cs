using System.CommandLine;
using System.CommandLine.Parsing;

namespace StaticKpi.Cli;

/// <summary>Validators that check several of a command's options together.</summary>
internal static class CommandValidation
{
    /// <summary>
    /// Adds <paramref name="validate"/> to <paramref name="command"/>. A command's validator runs even when an option
    /// was given twice or its text is not of its type, and reading that option's value then throws: an internal error
    /// instead of the usage error the parser reports by itself. Such a read ends the check with nothing to add.
    /// </summary>
    public static void Add(Command command, Action<CommandResult> validate) =>
        command.Validators.Add(result =>
        {
            try
            {
                validate(result);
            }
            catch (InvalidOperationException)
            {
                // The parser's own error for that option is reported instead.
            }
        });
}

using StaticKpi.Cli;

namespace StaticKpi.Tests.Cli;

/// <summary>A command whose validator checks options together still answers an option given twice with a usage error.</summary>
public sealed class CommandValidationTests
{
    [Theory]
    [InlineData("--produced-on", "new", "period", "2025/26 Q1", "--committee", "finance", "--produced-on", "2025-01-01",
        "--produced-on", "2025-01-02")]
    [InlineData("--url", "init", "--url", "https://a.example/", "--url", "https://b.example/")]
    public void An_option_given_twice_is_a_usage_error_not_an_internal_error(string option, params string[] args) =>
        AssertUsageError($"Option '{option}' expects a single argument but 2 were provided.", args);

    [Fact]
    public void A_threshold_given_text_is_a_usage_error_in_plain_words() =>
        AssertUsageError("--red-threshold 'abc' is not a number; write a plain number such as 10 or 7.5.",
            "init", "--red-threshold", "abc", "--period", "2025/26 Q1");

    private static void AssertUsageError(string error, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exitCode = StatickpiCli.Run(args, stdout, stderr, _ => null);

        Assert.Equal(2, exitCode);
        Assert.Equal(
            $"error: {error}\nRun 'statickpi --help' to see the commands and options.\n",
            stderr.ToString().ReplaceLineEndings("\n"));
    }
}

using System.Text;
using StaticKpi.Cli;

namespace StaticKpi.Tests.EndToEnd.Security;

/// <summary>
/// Issue 12, finding 13 ("no internal exception text ever"): when StaticKpi fails by its own fault, the editor is
/// told so in plain words, with no exception type, message or stack trace, and the details go to a crash report.
/// </summary>
public sealed class TerminalInternalErrorTests
{
    /// <summary>What the bug's exception says: internal text, with an escape code to prove none of it is printed.</summary>
    private const string InternalText = "Index was outside the bounds of the array. \u001B]0;pwned\u0007 at /home/runner/secret";

    [Fact]
    public void An_unexpected_exception_prints_a_plain_message_and_writes_the_details_to_a_crash_report()
    {
        using var site = TempSite.FromMinimal();
        var reports = Path.Combine(site.Root, "crash-reports");
        using var stderr = new StringWriter();

        // The command's output throws, as a bug inside a command would: the catch-all sees an exception it did not expect.
        var exitCode = StatickpiCli.Run(["validate", "--source", site.Source], new ThrowingWriter(), stderr, _ => null, new CrashReport(reports));

        Assert.Equal(1, exitCode);
        var report = Assert.Single(Directory.GetFiles(reports));
        Assert.Matches(@"^statickpi-crash-\d{8}-\d{6}-\d+-[0-9a-f]{8}\.log$", Path.GetFileName(report));
        Assert.Equal(
            "error: StaticKpi hit an internal error and stopped. This is a bug in StaticKpi, not a problem in your files; " +
            "the existing site was left as it was.\n" +
            $"The details are in {report}: please attach that file when you report this.\n",
            stderr.ToString().ReplaceLineEndings("\n"));
        var details = File.ReadAllText(report).ReplaceLineEndings("\n").Split('\n');
        Assert.Equal("StaticKpi crash report: please attach this file to a bug report.", details[0]);
        Assert.Equal($"During: statickpi validate --source {site.Source}", details[4]);
        Assert.Equal($"System.InvalidOperationException: {InternalText}", details[6]);
        Assert.StartsWith("   at StaticKpi.Tests.EndToEnd.Security.TerminalInternalErrorTests.ThrowingWriter.Write(Char value)", details[7],
            StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(report));
        }
    }

    [Fact]
    public void When_no_crash_report_can_be_written_the_plain_message_still_says_so()
    {
        using var site = TempSite.FromMinimal();
        var notAFolder = Path.Combine(site.Root, "file");
        File.WriteAllText(notAFolder, "");
        using var stderr = new StringWriter();

        var exitCode = StatickpiCli.Run(["validate", "--source", site.Source], new ThrowingWriter(), stderr, _ => null, new CrashReport(notAFolder));

        Assert.Equal(1, exitCode);
        Assert.Equal(
            "error: StaticKpi hit an internal error and stopped. This is a bug in StaticKpi, not a problem in your files; " +
            "the existing site was left as it was.\n" +
            "No crash report could be written to the temporary folder; please report this with what you were doing.\n",
            stderr.ToString().ReplaceLineEndings("\n"));
    }

    /// <summary>A writer that fails like a bug would, with internal text in its message.</summary>
    private sealed class ThrowingWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new InvalidOperationException(InternalText);
    }
}

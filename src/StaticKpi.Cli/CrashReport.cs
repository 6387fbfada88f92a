using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;

namespace StaticKpi.Cli;

/// <summary>
/// What happens to an exception StaticKpi did not expect (a bug). Editors never see its type, message or stack
/// trace: those are internal, mean nothing to them, and can quote file contents or paths into a CI log. The details
/// go to a crash report file instead (readable by the current user only), and the editor is told in plain words
/// what happened, that their files were left alone, and where the report is for a bug report.
/// </summary>
/// <param name="folder">Where reports are written: the temporary folder, or a test's own folder.</param>
internal sealed class CrashReport(string folder)
{
    public static CrashReport InTempFolder { get; } = new(Path.GetTempPath());

    /// <summary>Where reports are written.</summary>
    public string Folder { get; } = folder;

    /// <summary>
    /// Writes the report and returns its path, or null when it could not be written (the disk is full, the folder
    /// is read-only): the plain message is still printed then, so a failure here never hides the first one.
    /// </summary>
    /// <param name="during">What StaticKpi was doing, such as the command line or "rebuilding the preview".</param>
    public string? Write(Exception exception, string during)
    {
        try
        {
            Directory.CreateDirectory(Folder);
            var name = string.Create(CultureInfo.InvariantCulture,
                $"statickpi-crash-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}.log");
            var path = Path.Combine(Folder, name);
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                // The temporary folder is shared on Linux; the details can quote the site's files.
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using var writer = new StreamWriter(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), options);
            writer.WriteLine("StaticKpi crash report: please attach this file to a bug report.");
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Time: {DateTime.UtcNow:yyyy-MM-dd HH:mm:ss} UTC"));
            writer.WriteLine($"Version: {Version}");
            writer.WriteLine($"Runtime: {RuntimeInformation.FrameworkDescription} on {RuntimeInformation.OSDescription} " +
                $"({RuntimeInformation.OSArchitecture})");
            writer.WriteLine($"During: {during}");
            writer.WriteLine();
            writer.WriteLine(exception.ToString());
            return path;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// For the process: an exception on a thread of its own (a timer, a file watcher's event) would otherwise end
    /// it with the runtime's stack trace on stderr. Prints the plain message and the report's place instead, and
    /// exits with 1 before the runtime prints anything.
    /// </summary>
    public void HandleUnhandledExceptions(TextWriter stderr) =>
        AppDomain.CurrentDomain.UnhandledException += (_, e) =>
        {
            var report = e.ExceptionObject is Exception exception
                ? Write(exception, "statickpi " + string.Join(' ', Environment.GetCommandLineArgs().Skip(1)))
                : null;
            stderr.WriteLine(StatickpiCli.InternalErrorMessage);
            stderr.WriteLine(WhereTheDetailsAre(report));
            stderr.Flush();
            Environment.Exit(StatickpiCli.ContentErrors);
        };

    /// <summary>The sentence that says where the details are, for the line after the plain error.</summary>
    public static string WhereTheDetailsAre(string? reportPath) => reportPath is null
        ? "No crash report could be written to the temporary folder; please report this with what you were doing."
        : $"The details are in {TerminalText.Escape(reportPath)}: please attach that file when you report this.";

    private static string Version =>
        typeof(CrashReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}

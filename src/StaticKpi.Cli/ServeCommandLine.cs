using System.CommandLine;
using System.Runtime.InteropServices;
using StaticKpi.Cli.Serve;

namespace StaticKpi.Cli;

/// <summary>
/// <c>statickpi serve</c>: a live preview on 127.0.0.1 that rebuilds on every change and reloads open pages.
/// Runs until Ctrl+C. Exit codes: 0 stopped, 1 the server could not start (the port is taken), 2 usage.
/// </summary>
internal static class ServeCommandLine
{
    public static Command Create(TextWriter stdout, TextWriter stderr, CrashReport crashReports)
    {
        var source = CommonOptions.Source();
        var port = new Option<int>("--port", "-p")
        {
            Description = "The port to listen on at 127.0.0.1 (default: 0, a free port).",
            DefaultValueFactory = _ => 0,
        };
        port.Validators.Add(result =>
        {
            if (result.GetValue(port) is < 0 or > 65535)
            {
                result.AddError("--port must be between 0 and 65535.");
            }
        });
        var command = new Command("serve", "Preview the site on this computer, rebuilding it and reloading the browser when you save a file.")
        {
            source, port,
        };
        command.SetAction(parse =>
        {
            using var stop = new CancellationTokenSource();
            // Ctrl+C (and a terminal closing or 'kill') stop the server cleanly instead of ending the process.
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            return Run(parse.GetValue(source)!.FullName, parse.GetValue(port), stdout, stderr, stop.Token, crashReports);

            void Stop(PosixSignalContext context)
            {
                context.Cancel = true;
                stop.Cancel();
            }
        });
        return command;
    }

    /// <summary>Serves until <paramref name="stop"/> is cancelled.</summary>
    public static int Run(string sourceDirectory, int port, TextWriter stdout, TextWriter stderr, CancellationToken stop) =>
        Run(sourceDirectory, port, stdout, stderr, stop, CrashReport.InTempFolder);

    /// <param name="crashReports">Where the details of a rebuild that fails by StaticKpi's fault go.</param>
    internal static int Run(string sourceDirectory, int port, TextWriter stdout, TextWriter stderr, CancellationToken stop, CrashReport crashReports)
    {
        PreviewServer server;
        try
        {
            server = PreviewServer.StartAsync(new ServeOptions(sourceDirectory, port, Log: stdout) { CrashReports = crashReports })
                .GetAwaiter().GetResult();
        }
        catch (IOException)
        {
            // Kestrel's message names its own address and socket error; the port is what the editor can change.
            stderr.WriteLine($"error: The preview could not start on port {port}: the port is in use, or this user may not listen on it.");
            stderr.WriteLine("Choose another port with --port, or leave it out to use a free one.");
            return StatickpiCli.ContentErrors;
        }

        try
        {
            stdout.WriteLine($"Serving {TerminalText.Escape(sourceDirectory)} at {server.Address} (press Ctrl+C to stop)");
            stdout.Flush();
            stop.WaitHandle.WaitOne();
            stdout.WriteLine("Stopping…");
        }
        finally
        {
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        stdout.WriteLine("Stopped.");
        return StatickpiCli.Success;
    }
}

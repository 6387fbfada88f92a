/// <summary>
/// A .NET startup hook (<c>DOTNET_STARTUP_HOOKS</c>) that <see cref="StaticKpi.Tests.EndToEnd.Security.ImportChildProcess"/>
/// loads into the StaticKpi process it starts: as that process exits, after all its work, the hook copies
/// <c>/proc/self/status</c> (whose <c>VmHWM</c> line is the peak resident memory of the whole process, managed and
/// native) to the file named by <c>STATICKPI_TEST_STATUS_FILE</c>. The runtime requires this name, without a namespace.
/// </summary>
internal static class StartupHook
{
    public static void Initialize()
    {
        var file = Environment.GetEnvironmentVariable("STATICKPI_TEST_STATUS_FILE");
        if (!string.IsNullOrEmpty(file))
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) => File.WriteAllText(file, File.ReadAllText("/proc/self/status"));
        }
    }
}

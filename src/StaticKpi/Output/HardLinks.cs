using System.Runtime.InteropServices;

namespace StaticKpi.Output;

/// <summary>Hard links, which .NET has no API for: link(2) on Linux and macOS, CreateHardLinkW on Windows.</summary>
internal static class HardLinks
{
    /// <summary>Gives the file at <paramref name="existing"/> a second name; false when the file system cannot.</summary>
    public static bool TryCreate(string existing, string link)
    {
        try
        {
            if (OperatingSystem.IsWindows())
            {
                return CreateHardLinkW(link, existing, IntPtr.Zero);
            }

            return (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()) && Link(existing, link) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    // DllImport rather than LibraryImport, which needs unsafe code enabled: strings marshal as UTF-8 on Unix.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "link", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false)]
    private static extern int Link(string existing, string link);

    [DllImport("kernel32", EntryPoint = "CreateHardLinkW", SetLastError = true, CharSet = CharSet.Unicode)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool CreateHardLinkW(string link, string existing, IntPtr securityAttributes);
#pragma warning restore SYSLIB1054
}

using System.Runtime.InteropServices;

namespace StaticKpi.Output;

/// <summary>
/// Puts a complete staged site in place of the output folder. On Linux the two folders are exchanged in one step with
/// renameat2(RENAME_EXCHANGE), so at every instant the output path holds a whole site, old or new, whatever happens
/// to the process. Where that is not available (another system, or a file system that answers EINVAL or ENOSYS) it
/// is two renames, output to previous and staging to output; a process killed between them leaves no output, and the
/// next build or preview puts the site back from the folders left beside it (<see cref="StaleOutputs"/>).
/// </summary>
internal static class DirectorySwap
{
    private const int AtCurrentDirectory = -100;
    private const uint RenameExchange = 2;
    private const int InvalidArgument = 22;
    private const int NotImplemented = 38;
    private const int NotSupported = 95;

    /// <summary>
    /// For tests only: the environment variable that makes a build take the two-rename path ("rename"), or take it and
    /// stop for ever between the two renames ("rename-pause"), so that a test can kill it exactly there.
    /// </summary>
    internal const string TestSeamVariable = "STATICKPI_TEST_SWAP";

    /// <summary>Exchanges <paramref name="staging"/> and <paramref name="output"/>, or moves output to previous then staging to output.</summary>
    /// <returns>Where the old site is now: the staging path after an exchange, <paramref name="previous"/> after two renames.</returns>
    public static string Replace(string staging, string output, string previous)
    {
        var seam = Environment.GetEnvironmentVariable(TestSeamVariable);
        if (seam is null && TryExchange(staging, output))
        {
            return staging;
        }

        Directory.Move(output, previous);
        if (seam == "rename-pause")
        {
            Thread.Sleep(Timeout.Infinite);
        }

        try
        {
            Directory.Move(staging, output);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Put the old site back rather than leave no site; the build then reports the failure.
            Directory.Move(previous, output);
            throw;
        }

        return previous;
    }

    /// <summary>Swaps the two folders atomically; false where the system or file system cannot.</summary>
    private static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            if (RenameAt2(AtCurrentDirectory, first, AtCurrentDirectory, second, RenameExchange) == 0)
            {
                return true;
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // A C library older than glibc 2.28, or another one without renameat2.
            return false;
        }

        var error = Marshal.GetLastPInvokeError();
        if (error is InvalidArgument or NotImplemented or NotSupported)
        {
            return false;
        }

        throw new IOException($"The new site could not be put in place of {second}: {Marshal.GetPInvokeErrorMessage(error)}.");
    }

    // DllImport rather than LibraryImport, which needs unsafe code enabled: strings marshal as UTF-8 on Unix.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false)]
    private static extern int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);
#pragma warning restore SYSLIB1054
}

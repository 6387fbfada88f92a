using System.Text;

namespace StaticKpi.Output;

/// <summary>
/// The small file every build writes into its output folder, saying that StaticKpi wrote the folder and will replace
/// it whole. A build replaces an existing non-empty folder only when it holds this file, so a mistyped --output can
/// never delete someone's files. It is also written last, just before the swap, so a staging folder that holds it is
/// a complete site (see <see cref="StaleOutputs"/>). Its bytes never change, so two builds stay byte-identical.
/// </summary>
public static class OutputMarker
{
    /// <summary>The marker's name, at the top of the output folder.</summary>
    public const string FileName = ".statickpi-output";

    private const string FirstLine = "This folder is a website written by StaticKpi (statickpi build).";

    /// <summary>The marker's contents, the same in every build.</summary>
    internal static ReadOnlySpan<byte> Bytes => BytesArray;

    private static readonly byte[] BytesArray = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(
        FirstLine + "\n" +
        "The next build replaces the whole folder, so anything else put here will be lost.\n" +
        "Without this file StaticKpi refuses to replace the folder.\n");

    /// <summary>Whether <paramref name="directory"/> holds the marker (a file, not a link, starting with its first line).</summary>
    public static bool IsIn(string directory)
    {
        var path = Path.Combine(directory, FileName);
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.LinkTarget is not null || info.Length > 4096)
            {
                return false;
            }

            using var reader = new StreamReader(path, Encoding.UTF8);
            return reader.ReadLine() == FirstLine;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}

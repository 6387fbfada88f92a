using StaticKpi.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace StaticKpi.Content;

public static partial class SiteConfigLoader
{
    /// <summary>
    /// Reads <c>format:</c> (<see cref="ContentFormat"/>). False when the site is written for a newer format than
    /// this tool reads: nothing else in it is read, since its fields may mean what this version does not know.
    /// A site without <c>format:</c> is read as the current format, with one warning saying how to mark it.
    /// </summary>
    private static bool ReadFormat(YamlMappingNode root, string file, DiagnosticBag diagnostics)
    {
        var format = ContentFormat.Read(root, file, diagnostics);
        if (format == ContentFormat.Unversioned)
        {
            diagnostics.Warning(RuleIds.NoContentFormat, new SourceLocation(file, 1, 1),
                $"{FileName} does not say which content format it is written in, so it was read as format {ContentFormat.Current}.",
                $"Add '{ContentFormat.Key}: {ContentFormat.Current}' as its first line, or run 'statickpi migrate' to add it.");
        }

        return format is not > ContentFormat.Current;
    }
}

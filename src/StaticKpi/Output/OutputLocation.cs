using StaticKpi.Files;

namespace StaticKpi.Output;

/// <summary>Why a folder cannot be a build's output, and what to do instead; plain sentences for editors.</summary>
public sealed record OutputRefusal(string Message, string Fix);

/// <summary>
/// The guard on where a site may be written. A build replaces its output folder whole, so pointing --output at the
/// wrong folder would delete it: the site itself, a repository, a home folder. Everything is compared after links
/// and ".." are resolved (<see cref="PhysicalPath"/>), and with a separator after each folder, so that neither a link
/// to the site nor a sibling such as site2 next to site gets past it (Jekyll once had that bug). Refused: the root of
/// a file system; the home folder or a folder holding it; the site folder or a folder holding it; a folder that is or
/// is inside the site's content/ or themes/; a git work tree root (a folder holding .git) or a folder holding one; a
/// file; and a non-empty folder that is not a previous StaticKpi output (<see cref="OutputMarker"/>). The default,
/// _site inside the site folder, passes.
/// </summary>
public static class OutputLocation
{
    private const string DefaultFix =
        "Choose another folder with --output: a new or empty folder, or one a previous build wrote (the default is _site inside the site folder).";

    /// <summary>
    /// Why <paramref name="outputDirectory"/> must not be written by a build of <paramref name="sourceDirectory"/>;
    /// null when it may.
    /// </summary>
    /// <param name="homeDirectory">The user's home folder; null for the current user's.</param>
    public static OutputRefusal? Check(string sourceDirectory, string outputDirectory, string? homeDirectory = null)
    {
        var output = PhysicalPath.Of(outputDirectory);
        var source = PhysicalPath.Of(sourceDirectory);
        var shown = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var home = homeDirectory ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

        if (PhysicalPath.IsRoot(output))
        {
            return Refuse($"The output folder {shown} is the root of a file system; a build replaces its output folder whole, so it must be a " +
                "folder of its own.");
        }

        if (home.Length > 0 && PhysicalPath.IsSameOrInside(PhysicalPath.Of(home), output))
        {
            return Refuse($"The output folder {shown} is your home folder or holds it; a build replaces its output folder whole, " +
                "which would delete your files.");
        }

        if (PhysicalPath.IsSameOrInside(source, output))
        {
            var what = PhysicalPath.IsSameOrInside(output, source) ? "is the site folder itself" : $"holds the site folder {source}";
            return Refuse($"The output folder {shown} {what}; a build replaces its output folder whole, which would delete the site.");
        }

        foreach (var folder in (string[])["content", "themes"])
        {
            if (PhysicalPath.IsSameOrInside(output, PhysicalPath.Of(Path.Combine(source, folder))))
            {
                return Refuse($"The output folder {shown} is inside the site's {folder}/ folder; a build replaces its output folder whole, which " +
                    $"would delete the site's {folder}.");
            }
        }

        if (File.Exists(output))
        {
            return new OutputRefusal($"The output path {shown} is a file, not a folder.", DefaultFix);
        }

        if (!Directory.Exists(output))
        {
            return null;
        }

        if (GitWorkTree(output) is { } git)
        {
            return Refuse($"The output folder {shown} is or holds a git work tree ({git}); a build replaces its output folder whole, which would " +
                "delete the repository.");
        }

        if (!OutputMarker.IsIn(output) && Directory.EnumerateFileSystemEntries(output).Any())
        {
            return new OutputRefusal(
                $"The output folder {shown} is not empty and was not written by StaticKpi (it has no {OutputMarker.FileName} file), so the build " +
                "will not replace it.",
                "Choose a new or empty folder with --output. If it holds a site built by an earlier StaticKpi, which did not mark its output, " +
                "delete or empty the folder and build again.");
        }

        return null;
    }

    /// <summary>
    /// The first .git (a folder, or the file of a linked work tree) in or under <paramref name="directory"/>; links are
    /// not followed.
    /// </summary>
    private static string? GitWorkTree(string directory)
    {
        var own = Path.Combine(directory, ".git");
        if (Path.Exists(own))
        {
            return own;
        }

        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.ReparsePoint,
        };
        return Directory.EnumerateFileSystemEntries(directory, ".git", options).FirstOrDefault();
    }

    private static OutputRefusal Refuse(string message) => new(message, DefaultFix);
}

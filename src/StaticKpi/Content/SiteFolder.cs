using System.Globalization;
using System.Text;
using StaticKpi.Diagnostics;
using StaticKpi.Files;

namespace StaticKpi.Content;

/// <summary>
/// One file a site's content or theme is made of, found by <see cref="SiteFolder"/>: either readable (its real path,
/// inside the site, and a size within <see cref="SiteFolder.MaximumFileSize"/>) or a <see cref="Problem"/> that says
/// why it is not read at all.
/// </summary>
/// <param name="RelativePath">The path in the site folder, with '/', as diagnostics name it.</param>
/// <param name="PhysicalPath">Where it really is once links are followed; null when it has a problem.</param>
public sealed record SiteFile(string RelativePath, string? PhysicalPath, Diagnostic? Problem)
{
    /// <summary>The file's text, or null after adding to <paramref name="diagnostics"/> why it could not be read.</summary>
    public string? ReadText(DiagnosticBag diagnostics) => Read(File.ReadAllText, diagnostics);

    /// <summary>
    /// The file's bytes, or null after adding to <paramref name="diagnostics"/> why it could not be read; with
    /// <see cref="Decode"/>, the same text as <see cref="ReadText"/>, for a caller that also needs the bytes.
    /// </summary>
    public byte[]? ReadBytes(DiagnosticBag diagnostics) => Read(File.ReadAllBytes, diagnostics);

    /// <summary>
    /// Bytes read by <see cref="ReadBytes"/> as text, decoded exactly as <see cref="File.ReadAllText(string)"/> decodes
    /// a file: UTF-8 unless a byte order mark names another encoding (the mark is dropped), invalid bytes replaced.
    /// </summary>
    public static string Decode(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes, writable: false), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private T? Read<T>(Func<string, T> read, DiagnosticBag diagnostics)
        where T : class
    {
        if (Problem is not null || PhysicalPath is null)
        {
            diagnostics.Add(Problem!);
            return null;
        }

        try
        {
            return read(PhysicalPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(RuleIds.FileError, SourceLocation.FileOnly(RelativePath), "The file could not be read.",
                "Check that it exists and that you have permission to read it.");
            return null;
        }
    }
}

/// <summary>
/// Finds the files of a site folder without ever leaving it. A symbolic link (to a file or a folder, directly or
/// through a chain of links) is followed only while its target stays inside the site folder; one that leads outside
/// is an error and nothing at its target is read, so a pull request cannot publish a build machine's files (such as
/// <c>/proc/self/environ</c>) by committing a link to them. .NET's own recursive listing follows links to folders
/// wherever they lead, so folders are walked here one level at a time.
/// </summary>
public sealed class SiteFolder
{
    /// <summary>The largest content file read: far above any real indicator, report or commentary (a few kilobytes).</summary>
    public const long MaximumFileSize = 10 * 1024 * 1024;

    private readonly string _physicalRoot;

    public SiteFolder(string root)
    {
        Root = root;
        _physicalRoot = PhysicalPath.Of(root);
    }

    public string Root { get; }

    /// <summary>
    /// The file at a path relative to the site folder; null when there is nothing there (or a folder). A link that
    /// leaves the site, a circle of links or a file that is too large comes back with its <see cref="SiteFile.Problem"/>.
    /// </summary>
    public SiteFile? File(string relativePath)
    {
        var (outcome, physical) = PhysicalPath.Follow(_physicalRoot, _physicalRoot, relativePath);
        return outcome switch
        {
            PhysicalPath.Outcome.Outside => LeavesSite(relativePath),
            PhysicalPath.Outcome.Loop => Loop(relativePath),
            _ when System.IO.File.Exists(physical) => Checked(relativePath, physical, new FileInfo(physical).Length),
            _ => null,
        };
    }

    /// <summary>Whether a path relative to the site folder leads to a folder that is inside it.</summary>
    public bool IsFolder(string relativePath)
    {
        var (outcome, physical) = PhysicalPath.Follow(_physicalRoot, _physicalRoot, relativePath);
        return outcome == PhysicalPath.Outcome.Inside && Directory.Exists(physical);
    }

    /// <summary>
    /// Every file matching <paramref name="pattern"/> in a folder (relative to the site folder) and, when
    /// <paramref name="recursive"/>, in the folders below it, in ordinal order of their paths; links that leave the
    /// site (to files or folders) are listed with their problem, whatever their name. None when the folder is absent.
    /// </summary>
    public IReadOnlyList<SiteFile> FindFiles(string folder, string pattern, bool recursive = true)
    {
        var found = new List<SiteFile>();
        var (outcome, physical) = PhysicalPath.Follow(_physicalRoot, _physicalRoot, folder);
        switch (outcome)
        {
            case PhysicalPath.Outcome.Outside:
                found.Add(LeavesSite(folder));
                break;
            case PhysicalPath.Outcome.Loop:
                found.Add(Loop(folder));
                break;
            default:
                if (Directory.Exists(physical))
                {
                    Walk(folder, physical, pattern, recursive, [physical], found);
                }

                break;
        }

        found.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return found;
    }

    /// <param name="open">The real paths of the folders being walked, so a link back to one of them is not walked for ever.</param>
    private void Walk(string folder, string physical, string pattern, bool recursive, HashSet<string> open, List<SiteFile> found)
    {
        var directory = new DirectoryInfo(physical);
        foreach (var file in directory.EnumerateFiles(pattern, ExactNames))
        {
            var relative = folder + "/" + file.Name;
            if (!file.Attributes.HasFlag(FileAttributes.ReparsePoint))
            {
                found.Add(Checked(relative, file.FullName, file.Length));
                continue;
            }

            var (outcome, target) = PhysicalPath.Follow(_physicalRoot, physical, file.Name);
            found.Add(outcome switch
            {
                PhysicalPath.Outcome.Outside => LeavesSite(relative),
                PhysicalPath.Outcome.Loop => Loop(relative),
                _ when System.IO.File.Exists(target) => Checked(relative, target, new FileInfo(target).Length),
                _ => Missing(relative),
            });
        }

        foreach (var subfolder in directory.EnumerateDirectories())
        {
            var relative = folder + "/" + subfolder.Name;
            var target = subfolder.FullName;
            if (subfolder.Attributes.HasFlag(FileAttributes.ReparsePoint))
            {
                var (outcome, resolved) = PhysicalPath.Follow(_physicalRoot, physical, subfolder.Name);
                if (outcome != PhysicalPath.Outcome.Inside)
                {
                    found.Add(outcome == PhysicalPath.Outcome.Outside ? LeavesSite(relative) : Loop(relative));
                    continue;
                }

                target = resolved;
            }

            if (!recursive)
            {
                continue;
            }

            if (!open.Add(target))
            {
                found.Add(Loop(relative));
                continue;
            }

            Walk(relative, target, pattern, recursive, open, found);
            open.Remove(target);
        }
    }

    /// <summary>
    /// Names are matched with their capitals on every system: '*.md' never reads 'notes.MD', on Windows and macOS as on
    /// Linux, so a site builds the same everywhere (and <see cref="CommentaryFileNames"/> warns about 'notes.MD').
    /// Otherwise as <see cref="DirectoryInfo.EnumerateFiles(string)"/>: hidden files too, and no error is skipped.
    /// </summary>
    private static readonly EnumerationOptions ExactNames = new()
    {
        MatchCasing = MatchCasing.CaseSensitive,
        MatchType = MatchType.Simple,
        AttributesToSkip = 0,
        IgnoreInaccessible = false,
        RecurseSubdirectories = false,
    };

    private static SiteFile Checked(string relative, string physical, long length) =>
        length <= MaximumFileSize
            ? new SiteFile(relative, physical, null)
            : Problem(relative, RuleIds.FileTooLarge, string.Create(CultureInfo.InvariantCulture,
                $"The file is {length:N0} bytes, more than the {MaximumFileSize:N0} (10 MB) any content file could need, so it was not read."),
                "Check it was not replaced by a data dump or a binary file by mistake; split it, or remove it.");

    private static SiteFile LeavesSite(string relative) =>
        Problem(relative, RuleIds.LinkLeavesSite,
            "This is a symbolic link to something outside the site folder, so it was not read: a build must not publish files from elsewhere on " +
            "the machine.",
            "Replace the link with a real file, or point it at a file inside the site folder.");

    private static SiteFile Loop(string relative) =>
        Problem(relative, RuleIds.FileError,
            "This symbolic link leads round in a circle (back to itself or to a folder that holds it), so it was not read.",
            "Replace the link with a real file or folder, or point it somewhere else inside the site folder.");

    private static SiteFile Missing(string relative) =>
        Problem(relative, RuleIds.FileError, "This symbolic link points to a file that does not exist.",
            "Point the link at an existing file inside the site folder, or remove it.");

    private static SiteFile Problem(string relative, string ruleId, string message, string fix) =>
        new(relative, null, new Diagnostic(Severity.Error, ruleId, new SourceLocation(relative, 1, 1), message, fix));
}

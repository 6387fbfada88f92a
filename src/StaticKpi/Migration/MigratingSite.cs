using System.Text;
using StaticKpi.Content;
using StaticKpi.Diagnostics;

namespace StaticKpi.Migration;

/// <summary>
/// The files of a site as the migration steps have left them so far, in memory: each step reads a file's latest text
/// and records its new text with what it changed. <see cref="SiteMigration"/> writes the changed files only after
/// every step has succeeded.
/// </summary>
public sealed class MigratingSite
{
    private static readonly byte[] Utf8Bom = Encoding.UTF8.GetPreamble();
    private readonly SiteFolder _folder;
    private readonly Dictionary<string, MigratedFile> _files = new(StringComparer.Ordinal);

    public MigratingSite(string sourceDirectory, DiagnosticBag diagnostics)
    {
        _folder = new SiteFolder(sourceDirectory);
        Diagnostics = diagnostics;
    }

    /// <summary>Where a step reports why it cannot migrate the site; any error means nothing is written.</summary>
    public DiagnosticBag Diagnostics { get; }

    /// <summary>The files whose text a step changed, in the order first changed.</summary>
    public IEnumerable<MigratedFile> ChangedFiles => _files.Values.Where(f => f.Changes.Count > 0);

    /// <summary>The text of a file of the site (a path relative to it, with '/'), or null when it cannot be read (reported).</summary>
    public string? Text(string relativePath)
    {
        if (_files.TryGetValue(relativePath, out var known))
        {
            return known.Text;
        }

        var file = _folder.File(relativePath);
        if (file is null)
        {
            Diagnostics.Error(RuleIds.FileError, SourceLocation.FileOnly(relativePath),
                $"There is no {relativePath} in '{Path.GetFullPath(_folder.Root)}'.",
                "Run the command from your site's folder or pass --source with the folder that holds site.config.yaml.");
            return null;
        }

        if (file.ReadBytes(Diagnostics) is not { } bytes)
        {
            return null;
        }

        // A byte order mark is kept as it was; the text the steps edit is without it, as YAML's marks count it.
        var hasBom = bytes.AsSpan().StartsWith(Utf8Bom);
        var text = SiteFile.Decode(bytes);
        _files[relativePath] = new MigratedFile(relativePath, file.PhysicalPath!, hasBom, text);
        return text;
    }

    /// <summary>Records a step's new text of a file it has read, and what it changed (for the report).</summary>
    public void Change(string relativePath, string newText, string whatChanged)
    {
        var file = _files[relativePath];
        if (newText == file.Text)
        {
            return;
        }

        file.Change(newText, whatChanged);
    }
}

/// <summary>A file a migration read: where it is, its text as the steps have left it, and what they changed.</summary>
public sealed class MigratedFile(string relativePath, string physicalPath, bool hasBom, string text)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly List<string> _changes = [];

    public string RelativePath { get; } = relativePath;

    public string PhysicalPath { get; } = physicalPath;

    public string Text { get; private set; } = text;

    /// <summary>What the steps changed in it, one sentence each, in order.</summary>
    public IReadOnlyList<string> Changes => _changes;

    /// <summary>The bytes to write: the text in UTF-8, with a byte order mark when the file had one.</summary>
    public byte[] Bytes() => hasBom ? [.. Encoding.UTF8.GetPreamble(), .. Utf8.GetBytes(Text)] : Utf8.GetBytes(Text);

    internal void Change(string newText, string whatChanged)
    {
        Text = newText;
        _changes.Add(whatChanged);
    }
}

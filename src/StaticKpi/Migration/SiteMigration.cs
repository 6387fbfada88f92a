using StaticKpi.Content;
using StaticKpi.Diagnostics;
using StaticKpi.Import;

namespace StaticKpi.Migration;

/// <summary>What <c>statickpi migrate</c> did, or would do with <c>--dry-run</c>.</summary>
/// <param name="From">The format the site was written in (0: no <c>format:</c>); null when it could not be read.</param>
/// <param name="Files">The files changed (or that would be), each with what changed in it.</param>
/// <param name="Problems">Why the site was not migrated; when there are any, no file was changed.</param>
public sealed record MigrationResult(int? From, int To, IReadOnlyList<MigratedFile> Files, IReadOnlyList<Diagnostic> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>
/// <c>statickpi migrate</c>: upgrades a site from the format it is written in to the current one by running each
/// step from that format on (<see cref="MigrationSteps"/>) on the files' texts in memory. Only once every step has
/// succeeded are the changed files written, all together (<see cref="AtomicFileSet"/>: each to a temporary file,
/// then renamed over the old one; if one fails, none is changed). A site already in the current format is left alone,
/// so running it twice changes nothing the second time; a site in a newer format is refused (SKPI041).
/// </summary>
public static class SiteMigration
{
    public static MigrationResult Run(string sourceDirectory, bool dryRun = false) =>
        Run(sourceDirectory, dryRun, MigrationSteps.All);

    /// <param name="steps">The steps, one per format from 0; tests pass their own.</param>
    public static MigrationResult Run(string sourceDirectory, bool dryRun, IReadOnlyList<IMigrationStep> steps)
    {
        var to = steps.Count == 0 ? ContentFormat.Current : steps.Max(s => s.From) + 1;
        var diagnostics = new DiagnosticBag();
        var site = new MigratingSite(sourceDirectory, diagnostics);
        var from = site.Text(SiteConfigLoader.FileName) is { } text && YamlFile.ParseMapping(text, SiteConfigLoader.FileName, diagnostics) is { } root
            ? ContentFormat.Read(root, SiteConfigLoader.FileName, diagnostics)
            : null;
        if (from is null || diagnostics.HasErrors)
        {
            return new MigrationResult(from, to, [], diagnostics.ToSortedList());
        }

        foreach (var step in steps.Where(s => s.From >= from).OrderBy(s => s.From))
        {
            step.Apply(site);
            if (diagnostics.HasErrors)
            {
                return new MigrationResult(from, to, [], diagnostics.ToSortedList());
            }
        }

        var changed = site.ChangedFiles.ToList();
        if (!dryRun && changed.Count > 0)
        {
            try
            {
                AtomicFileSet.Write([.. changed.Select(file => (file.PhysicalPath, file.Bytes()))]);
            }
            catch (FileSetWriteException ex)
            {
                var file = changed.Find(f => f.PhysicalPath == ex.Path)?.RelativePath ?? SiteConfigLoader.FileName;
                diagnostics.Error(RuleIds.FileError, SourceLocation.FileOnly(file),
                    "The file could not be written (the disk may be full, or the file or its folder read-only), so no file was changed.",
                    "Check that you can write to the site's folder, then run the command again.");
                return new MigrationResult(from, to, [], diagnostics.ToSortedList());
            }
        }

        return new MigrationResult(from, to, changed, diagnostics.ToSortedList());
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using StaticKpi.Charts;
using StaticKpi.Content;
using StaticKpi.Diagnostics;
using StaticKpi.Files;
using StaticKpi.Model;
using StaticKpi.OpenData;
using StaticKpi.Output;
using StaticKpi.Pages;
using StaticKpi.Publishing;
using StaticKpi.Render;
using StaticKpi.Scoring;

namespace StaticKpi.Build;

/// <param name="Strict">Whether half-written text (<see cref="Strictness.StrictRules"/>) is an error that stops the build.</param>
public sealed record BuildOptions(string SourceDirectory, string OutputDirectory, bool Strict = false);

/// <param name="PagesWritten">Every page of the site; for an incremental build, the pages it rebuilt.</param>
/// <param name="FilesWritten">Every file of the site; for an incremental build, the files whose bytes changed and were replaced.</param>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    int PagesWritten,
    int FilesWritten,
    IReadOnlyDictionary<Rating, int> RatingCounts,
    TimeSpan Elapsed)
{
    /// <summary>Whether only the pages affected by the changed files were rebuilt, in place (see <see cref="IncrementalBuild"/>).</summary>
    public bool Incremental { get; init; }

    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>
/// The whole pipeline, top to bottom: Content -> Scoring -> OpenData -> Pages (planned) -> Charts, Pages, Render and
/// Output, group by group in parallel. Each stage only reads what the one before produced. Nothing is written unless
/// every earlier stage succeeded, and the output folder is swapped in only when complete.
/// </summary>
public static class SiteBuild
{
    /// <summary>
    /// What a successful build made from the content besides the pages, none of which depends on commentary: an
    /// <see cref="IncrementalBuild"/> keeps it to rebuild the pages that show an edited commentary.
    /// </summary>
    /// <param name="Caches">What the build remembered while rendering, kept (and disposed of) by whoever keeps the site.</param>
    internal sealed record BuiltSite(IReadOnlyList<ScoredReport> Reports, OpenDataFiles Data, SitePlan Plan, PageRenderer Renderer,
        BuildCaches Caches);

    public static BuildResult Run(BuildOptions options, BuildTimings? timings = null)
    {
        var result = Run(options, timings, out _, out var built);
        built?.Caches.Dispose();
        return result;
    }

    /// <param name="sources">Every content file as loaded, kept by the preview to reload single files later.</param>
    /// <param name="built">What the pages were built and rendered with, for rebuilding some of them; null unless the build succeeded.</param>
    internal static BuildResult Run(BuildOptions options, BuildTimings? timings, out SiteSources sources, out BuiltSite? built)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        built = null;

        // Content: load every file (the preview keeps them, even when the build cannot go on).
        sources = SiteSources.Load(options.SourceDirectory);
        timings?.Lap("load");

        // Output: never replace the site itself, a repository, a home folder or someone's files (the command line
        // checks this too, to refuse with a usage error); then clear up after builds of this output that were killed.
        if (OutputLocation.Check(options.SourceDirectory, options.OutputDirectory) is { } refusal)
        {
            diagnostics.Error(RuleIds.FileError, SourceLocation.FileOnly(options.OutputDirectory), refusal.Message, refusal.Fix);
            return Failed(diagnostics, clock);
        }

        StaleOutputs.Clean(PhysicalPath.Of(options.OutputDirectory));

        // Content: validate every file, then check them against each other; a strict build refuses half-written text.
        var content = new DiagnosticBag();
        var site = CheckedContent.Assemble(sources, content);
        diagnostics.AddRange(options.Strict ? Strictness.Apply(content.ToList()) : content.ToList());
        timings?.Lap("check");
        if (site is null || diagnostics.HasErrors)
        {
            return Failed(diagnostics, clock);
        }

        // Scoring: ratings, changes, summaries, movements.
        var reports = ReportScorer.ScoreAll(site);
        timings?.Lap("score");

        // OpenData: every download, made in memory so pages can state their sizes.
        var data = OpenDataFiles.Build(site, reports);
        timings?.Lap("data");

        // Pages: the plan of every page; models (with their charts) are built group by group while rendering.
        var plan = SitePlan.Create(site);
        timings?.Lap("plan");

        // Render and Output: templates into a staged folder, swapped in at the end.
        var theme = new Theme(Path.Combine(options.SourceDirectory, "themes", site.Config.Theme));
        // This build's memos: handed on with the built site when it succeeds, else let go of here.
        BuildCaches? caches = new();
        try
        {
            using var output = new StagedOutput(options.OutputDirectory);
            // The open data and the files for crawlers first, so their bytes are let go before the pages render.
            WritePublicationFiles(site, reports, plan, data, output);
            data = data.Written();
            timings?.Lap("files");
            var charts = new ChartBuilder(site.Config, caches.Charts);
            var pages = new PageFactory(site, reports, charts, data, caches.Pages);
            var assets = AssetWriter.Write(theme, output);
            var renderer = new PageRenderer(theme, pages.SiteView, assets, caches.Render);
            renderer.Prepare(plan.Pages.Select(p => p.Kind.Layout));
            var written = RenderAndWrite(plan, pages, renderer, output);
            timings?.Lap("render");
            output.Commit();
            timings?.Lap("commit");
            if (output.OldSiteLeftAt is { } left)
            {
                // The new site is published: the build succeeded, and the editor only has a folder to delete.
                diagnostics.Warning(RuleIds.FileError, SourceLocation.FileOnly(left),
                    $"The new site is published at {options.OutputDirectory}, but the old one could not be deleted and was left at {left}.",
                    $"Delete {left} by hand; the next build also tries to.");
            }

            built = new BuiltSite(reports, data, plan, renderer, caches);
            caches = null;
            return new BuildResult(diagnostics.ToSortedList(), written, output.FilesWritten, CountRatings(reports), clock.Elapsed);
        }
        catch (Exception ex) when (IsWriteFailure(ex))
        {
            ReportWriteFailure(ex, diagnostics, site.Config, options.OutputDirectory);
        }
        finally
        {
            caches?.Dispose();
        }

        return Failed(diagnostics, clock);
    }

    /// <summary>A problem in the theme's templates or in writing the files: reported as a diagnostic, not thrown.</summary>
    internal static bool IsWriteFailure(Exception ex) => ex is TemplateProblem or IOException or UnauthorizedAccessException;

    internal static void ReportWriteFailure(Exception ex, DiagnosticBag diagnostics, SiteConfig config, string outputDirectory)
    {
        switch (ex)
        {
            case TemplateProblem problem:
                diagnostics.Error(RuleIds.TemplateError, SourceLocation.FileOnly("themes/" + config.Theme), problem.Message, problem.Fix);
                break;
            case UnauthorizedAccessException:
                diagnostics.Error(RuleIds.FileError, SourceLocation.FileOnly(outputDirectory),
                    $"The site could not be written: {ex.Message}", "Check you have permission to write to the output folder.");
                break;
            default:
                diagnostics.Error(RuleIds.FileError, SourceLocation.FileOnly(outputDirectory),
                    $"The site could not be written: {ex.Message}", "Check the output folder can be written and the disk is not full.");
                break;
        }
    }

    /// <summary>The open data, sitemap, robots.txt and feed, made and written on every core.</summary>
    private static void WritePublicationFiles(Site site, IReadOnlyList<ScoredReport> reports, SitePlan plan, OpenDataFiles data, ISiteOutput output)
    {
        var files = SitePublication.Files(site, reports, plan, data);
        OnEveryCore(files.Count, i => output.WriteBytes(files[i].Path, files[i].Bytes));
    }

    /// <summary>
    /// Builds, renders and writes every page group, spread over every core. Each page's model is dropped once its HTML
    /// is written, so memory holds a few groups at a time, not the whole site.
    /// </summary>
    /// <returns>How many pages were written.</returns>
    internal static int RenderAndWrite(SitePlan plan, PageFactory pages, PageRenderer renderer, ISiteOutput output,
        Func<PlannedPage, bool>? wanted = null)
    {
        var written = 0;
        // The largest groups first, so no core is left finishing a long one after the others are done.
        var work = plan.Groups.OrderByDescending(g => g.Pages.Count).ToArray();
        OnEveryCore(work.Length, i =>
        {
            foreach (var page in pages.Build(work[i], wanted))
            {
                output.WriteBytes(page.OutputPath, renderer.RenderUtf8(page).Span);
                foreach (var file in PageFiles.Of(page))
                {
                    output.WriteBytes(file.RelativePath, file.Bytes);
                }

                Interlocked.Increment(ref written);
            }
        });

        return written;
    }

    /// <summary>
    /// Runs <paramref name="write"/> for 0 to <paramref name="count"/> - 1 in parallel. A template or file problem
    /// (<see cref="IsWriteFailure"/>) stops nothing else; the first of them, by message so that every run reports the
    /// same one, is thrown once all are done, as itself rather than wrapped.
    /// </summary>
    private static void OnEveryCore(int count, Action<int> write)
    {
        var failures = new ConcurrentQueue<Exception>();
        Parallel.For(0, count, i =>
        {
            try
            {
                write(i);
            }
            catch (Exception ex) when (IsWriteFailure(ex))
            {
                failures.Enqueue(ex);
            }
        });

        if (!failures.IsEmpty)
        {
            throw failures.OrderBy(f => f.Message, StringComparer.Ordinal).First();
        }
    }

    internal static Dictionary<Rating, int> CountRatings(IReadOnlyList<ScoredReport> reports)
    {
        var latest = reports.GroupBy(r => r.Committee.Key).Select(g => g.MaxBy(r => r.Report.Period)!);
        return latest.SelectMany(r => r.Indicators)
            .GroupBy(i => i.Rating)
            .OrderBy(g => g.Key)
            .ToDictionary(g => g.Key, g => g.Count());
    }

    internal static BuildResult Failed(DiagnosticBag diagnostics, Stopwatch clock) =>
        new(diagnostics.ToSortedList(), 0, 0, new Dictionary<Rating, int>(), clock.Elapsed);
}

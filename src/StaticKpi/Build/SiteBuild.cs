using System.Collections.Concurrent;
using System.Diagnostics;
using StaticKpi.Charts;
using StaticKpi.Content;
using StaticKpi.Diagnostics;
using StaticKpi.Model;
using StaticKpi.OpenData;
using StaticKpi.Output;
using StaticKpi.Pages;
using StaticKpi.Publishing;
using StaticKpi.Render;
using StaticKpi.Scoring;

namespace StaticKpi.Build;

public sealed record BuildOptions(string SourceDirectory, string OutputDirectory);

public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    int PagesWritten,
    int FilesWritten,
    IReadOnlyDictionary<Rating, int> RatingCounts,
    TimeSpan Elapsed)
{
    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>
/// The whole pipeline, top to bottom: Content -> Scoring -> OpenData -> Pages (planned) -> Charts, Pages, Render and
/// Output, group by group in parallel. Each stage only reads what the one before produced. Nothing is written unless
/// every earlier stage succeeded, and the output folder is swapped in only when complete.
/// </summary>
public static class SiteBuild
{
    public static BuildResult Run(BuildOptions options, BuildTimings? timings = null)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();

        // Content: load and validate every file.
        var site = ContentLoader.Load(options.SourceDirectory, diagnostics);
        timings?.Lap("load");
        if (site is null)
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
        var pages = new PageFactory(site, reports, new ChartBuilder(site.Config), data);
        var files = SitePublication.Files(site, reports, plan, data);
        timings?.Lap("plan");

        // Render and Output: templates into a staged folder, swapped in at the end.
        var theme = new Theme(Path.Combine(options.SourceDirectory, "themes", site.Config.Theme));
        try
        {
            using var output = new StagedOutput(options.OutputDirectory);
            var assets = AssetWriter.Write(theme, output);
            var renderer = new PageRenderer(theme, pages.SiteView, assets);
            renderer.Prepare(plan.Pages.Select(p => PageFactory.LayoutOf(p.Kind)));
            var written = RenderAndWrite(plan, pages, renderer, files, output);
            timings?.Lap("render");
            output.Commit();
            timings?.Lap("commit");
            return new BuildResult(diagnostics.ToSortedList(), written, output.FilesWritten, CountRatings(reports), clock.Elapsed);
        }
        catch (TemplateProblem problem)
        {
            diagnostics.Error(RuleIds.TemplateError, SourceLocation.FileOnly("themes/" + site.Config.Theme), problem.Message, problem.Fix);
        }
        catch (IOException ex)
        {
            diagnostics.Error(RuleIds.FileError, SourceLocation.FileOnly(options.OutputDirectory),
                $"The site could not be written: {ex.Message}", "Check the output folder can be written and the disk is not full.");
        }
        catch (UnauthorizedAccessException ex)
        {
            diagnostics.Error(RuleIds.FileError, SourceLocation.FileOnly(options.OutputDirectory),
                $"The site could not be written: {ex.Message}", "Check you have permission to write to the output folder.");
        }

        return Failed(diagnostics, clock);
    }

    /// <summary>
    /// Builds, renders and writes every page group and writes the publication files, spread over every core. Each
    /// page's model is dropped once its HTML is written, so memory holds a few groups at a time, not the whole site.
    /// </summary>
    /// <returns>How many pages were written.</returns>
    internal static int RenderAndWrite(SitePlan plan, PageFactory pages, PageRenderer renderer,
        IReadOnlyList<(string Path, byte[] Bytes)> files, ISiteOutput output, Func<PlannedPage, bool>? wanted = null)
    {
        var failures = new ConcurrentQueue<Exception>();
        var written = 0;
        // The largest groups first, so no core is left finishing a long one after the others are done.
        var work = plan.Groups.OrderByDescending(g => g.Pages.Count).ToArray();
        Parallel.For(0, work.Length + files.Count, new ParallelOptions(), i =>
        {
            try
            {
                if (i >= work.Length)
                {
                    var (path, bytes) = files[i - work.Length];
                    output.WriteBytes(path, bytes);
                    return;
                }

                foreach (var page in pages.Build(work[i], wanted))
                {
                    output.WriteBytes(page.OutputPath, renderer.RenderUtf8(page).Span);
                    foreach (var file in PageBuilder.FilesOf(page))
                    {
                        output.WriteBytes(file.RelativePath, file.Bytes);
                    }

                    Interlocked.Increment(ref written);
                }
            }
            catch (Exception ex) when (ex is TemplateProblem or IOException or UnauthorizedAccessException)
            {
                failures.Enqueue(ex);
            }
        });

        if (!failures.IsEmpty)
        {
            // Report the first failure (in page order it may differ between runs, so pick by message).
            throw failures.OrderBy(f => f.Message, StringComparer.Ordinal).First();
        }

        return written;
    }

    private static Dictionary<Rating, int> CountRatings(IReadOnlyList<ScoredReport> reports)
    {
        var latest = reports.GroupBy(r => r.Committee.Key).Select(g => g.MaxBy(r => r.Report.Period)!);
        return latest.SelectMany(r => r.Indicators)
            .GroupBy(i => i.Rating)
            .OrderBy(g => g.Key)
            .ToDictionary(g => g.Key, g => g.Count());
    }

    private static BuildResult Failed(DiagnosticBag diagnostics, Stopwatch clock) =>
        new(diagnostics.ToSortedList(), 0, 0, new Dictionary<Rating, int>(), clock.Elapsed);
}

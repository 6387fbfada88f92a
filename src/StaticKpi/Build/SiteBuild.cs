using System.Collections.Concurrent;
using System.Diagnostics;
using StaticKpi.Charts;
using StaticKpi.Content;
using StaticKpi.Diagnostics;
using StaticKpi.Model;
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
/// The whole pipeline, top to bottom: Content -> Scoring -> Charts -> Pages -> Render -> Output. Each stage only
/// reads what the one before produced. Nothing is written unless every earlier stage succeeded, and the
/// output folder is swapped in only when complete.
/// </summary>
public static class SiteBuild
{
    public static BuildResult Run(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();

        // Content: load and validate every file.
        var site = ContentLoader.Load(options.SourceDirectory, diagnostics);
        if (site is null)
        {
            return Failed(diagnostics, clock);
        }

        // Scoring: ratings, changes, summaries, movements.
        var reports = ReportScorer.ScoreAll(site);

        // Charts: Plotly.NET's defaults are process-wide, so they are set before any parallel work.
        ChartDefaults.Configure();
        var charts = new ChartBuilder(site.Config);

        // Pages: one model per output page.
        var builder = new PageBuilder(site, reports, charts);

        // Publishing: open data files, the indicator, open data and 404 pages, sitemap, robots.txt and feed.
        var publication = SitePublication.Prepare(site, reports, builder, builder.BuildAll());
        var pages = publication.Pages;

        // Render and Output: templates into a staged folder, swapped in at the end.
        var theme = new Theme(Path.Combine(options.SourceDirectory, "themes", site.Config.Theme));
        try
        {
            using var output = new StagedOutput(options.OutputDirectory);
            var assets = AssetWriter.Write(theme, output);
            var renderer = new PageRenderer(theme, publication.SiteView, assets);
            renderer.Prepare(pages.Select(p => p.Layout));
            RenderPages(pages, renderer, output);
            publication.Write(output);
            output.Commit();
            return new BuildResult(diagnostics.ToSortedList(), pages.Count, output.FilesWritten, CountRatings(reports), clock.Elapsed);
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

    private static void RenderPages(IReadOnlyList<PageModel> pages, PageRenderer renderer, StagedOutput output)
    {
        var failures = new ConcurrentQueue<Exception>();
        Parallel.ForEach(pages, page =>
        {
            try
            {
                output.WriteText(page.OutputPath, renderer.Render(page));
                foreach (var file in PageBuilder.FilesOf(page))
                {
                    output.WriteBytes(file.RelativePath, file.Bytes);
                }
            }
            catch (Exception ex) when (ex is TemplateProblem or IOException)
            {
                failures.Enqueue(ex);
            }
        });

        if (!failures.IsEmpty)
        {
            // Report the first failure (in page order it may differ between runs, so pick by message).
            throw failures.OrderBy(f => f.Message, StringComparer.Ordinal).First();
        }
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

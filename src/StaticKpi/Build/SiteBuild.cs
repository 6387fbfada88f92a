using System.Collections.Concurrent;
using System.Diagnostics;
using StaticKpi.Build.Cache;
using StaticKpi.Charts;
using StaticKpi.Content;
using StaticKpi.Diagnostics;
using StaticKpi.Files;
using StaticKpi.Localisation;
using StaticKpi.Model;
using StaticKpi.OpenData;
using StaticKpi.Output;
using StaticKpi.Pages;
using StaticKpi.Publishing;
using StaticKpi.Render;
using StaticKpi.Scoring;

namespace StaticKpi.Build;

/// <param name="Strict">Whether half-written text (<see cref="Strictness.StrictRules"/>) is an error that stops the build.</param>
public sealed record BuildOptions(string SourceDirectory, string OutputDirectory, bool Strict = false)
{
    /// <summary>
    /// The build cache's folder (<see cref="BuildCache"/>; the command's default is <see cref="BuildCache.FolderBeside"/>
    /// the output), or null to build without one.
    /// </summary>
    public string? CacheDirectory { get; init; }

    /// <summary>The build cache's folder for an output folder: hidden, beside it, named after it (<c>._site.statickpi-cache</c>).</summary>
    public static string CacheBeside(string outputDirectory) => BuildCache.FolderBeside(outputDirectory);

    /// <summary>The tool's version as the cache knows it: a cache made by another version is not used.</summary>
    internal string ToolVersion { get; init; } = BuildCache.CurrentToolVersion;
}

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

    /// <summary>What the build cache saved this build; null for a build without one.</summary>
    public CacheUse? Cache { get; init; }

    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>What the build cache (<see cref="BuildOptions.CacheDirectory"/>) saved a build.</summary>
/// <param name="NothingChanged">Nothing had changed since the last build: nothing was built or written.</param>
/// <param name="GroupsKept">Page groups whose files were kept from the last build without being built again.</param>
/// <param name="Groups">Every page group of the site.</param>
/// <param name="FilesWrittenInPlace">How many files were replaced or added in the existing output; null when the whole site was staged.</param>
public sealed record CacheUse(bool NothingChanged, int GroupsKept, int Groups, int? FilesWrittenInPlace);

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
    /// <param name="Reports">The default language's scored reports.</param>
    /// <param name="Plan">The default language's plan, whose page paths the link checks know.</param>
    /// <param name="Languages">What each language's pages were built and rendered with, the default language's first.</param>
    /// <param name="Caches">What the build remembered while rendering, kept (and disposed of) by whoever keeps the site.</param>
    internal sealed record BuiltSite(IReadOnlyList<ScoredReport> Reports, SitePlan Plan, IReadOnlyList<BuiltLanguage> Languages,
        BuildCaches Caches);

    /// <summary>One language's part of a built site: its scores, open data, plan and renderer, to rebuild some of its pages.</summary>
    internal sealed record BuiltLanguage(SiteLanguage Language, IReadOnlyList<ScoredReport> Reports, OpenDataFiles Data, SitePlan Plan,
        PageRenderer Renderer);

    public static BuildResult Run(BuildOptions options, BuildTimings? timings = null)
    {
        var clock = Stopwatch.StartNew();
        using var cache = OpenCache(options);
        if (cache?.Unchanged(options.SourceDirectory, options.OutputDirectory) is { } unchanged)
        {
            // Nothing to do: every input is as the last build found it and the output as it left it.
            timings?.Lap("unchanged");
            timings?.Note("build cache: nothing changed since the last build");
            return new BuildResult(unchanged.Diagnostics, unchanged.PagesWritten, unchanged.FilesWritten, unchanged.RatingCounts, clock.Elapsed)
            {
                Cache = new CacheUse(NothingChanged: true, unchanged.Groups, unchanged.Groups, FilesWrittenInPlace: 0),
            };
        }

        timings?.Lap("stamp");
        var result = Run(options, timings, cache, clock, out _, out var built);
        built?.Caches.Dispose();
        return result;
    }

    /// <param name="sources">Every content file as loaded, kept by the preview to reload single files later.</param>
    /// <param name="built">What the pages were built and rendered with, for rebuilding some of them; null unless the build succeeded.</param>
    internal static BuildResult Run(BuildOptions options, BuildTimings? timings, out SiteSources sources, out BuiltSite? built) =>
        Run(options, timings, cache: null, Stopwatch.StartNew(), out sources, out built);

    /// <summary>
    /// The build cache for these options, its lock held; null without one, and for an output the build will refuse
    /// (the refusal is reported by the build, and nothing is made beside such a folder).
    /// </summary>
    private static BuildCache? OpenCache(BuildOptions options)
    {
        if (options.CacheDirectory is not { } directory || OutputLocation.Check(options.SourceDirectory, options.OutputDirectory) is not null)
        {
            return null;
        }

        try
        {
            StaleOutputs.Clean(PhysicalPath.Of(options.OutputDirectory));
            return BuildCache.Open(directory, options.ToolVersion, options.Strict);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be opened (a read-only folder, a build that never ends) is built without.
            return null;
        }
    }

    private static BuildResult Run(BuildOptions options, BuildTimings? timings, BuildCache? cache, Stopwatch clock, out SiteSources sources,
        out BuiltSite? built)
    {
        var diagnostics = new DiagnosticBag();
        built = null;

        // Content: load every file (the preview keeps them, even when the build cannot go on), taking the commentary
        // that has not changed from the build cache.
        sources = SiteSources.Load(options.SourceDirectory, cache?.Commentary(options.SourceDirectory));
        cache?.SaveCommentaryMeanwhile();
        timings?.Lap("load");

        // Output: never replace the site itself, a repository, a home folder or someone's files (the command line
        // checks this too, to refuse with a usage error); then clear up after builds of this output that were killed.
        if (OutputLocation.Check(options.SourceDirectory, options.OutputDirectory) is { } refusal)
        {
            diagnostics.Error(RuleIds.FileError, SourceLocation.FileOnly(options.OutputDirectory), refusal.Message, refusal.Fix);
            return Failed(diagnostics, clock);
        }

        if (cache is null)
        {
            // A cached build did this when it opened the cache, before looking for changes.
            StaleOutputs.Clean(PhysicalPath.Of(options.OutputDirectory));
        }

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

        // Localisation: the theme's words in the site's language, for the open data's titles, the feed and the pages; a
        // strings file that cannot be read stops the build here, naming its file, line and column.
        var theme = new Theme(Path.Combine(options.SourceDirectory, "themes", site.Config.Theme));
        if (ThemeWords.Load(theme, site.Config, diagnostics) is not { } loadedWords)
        {
            return Failed(diagnostics, clock);
        }

        var (strings, words) = loadedWords;

        // OpenData: every download, made in memory so pages can state their sizes.
        var data = OpenDataFiles.Build(site, reports, words);
        timings?.Lap("data");

        // Pages: the plan of every page; models (with their charts) are built group by group while rendering.
        var plan = SitePlan.Create(site);
        timings?.Lap("plan");

        // Render and Output: templates into a staged folder swapped in at the end, or, when the build cache shows the
        // last build had the same tool, options, configuration and theme, only the changed files replaced in place.
        cache?.StampInputs(options.SourceDirectory, site.Config.Theme);
        var contentDiagnostics = diagnostics.ToSortedList();
        // This build's memos: handed on with the built site when it succeeds, else let go of here.
        BuildCaches? caches = new();
        try
        {
            var multilingual = site.Config.IsMultilingual;
            using var output = SiteOutputFor(options.OutputDirectory, cache);
            var memo = cache?.Memo(output.InPlace);

            // The open data and the files for crawlers first, so their bytes are let go before the pages render.
            WritePublicationFiles(site, reports, plan, multilingual ? null : data, output.Writer, words, feed: !multilingual);
            timings?.Lap("files");
            // The theme's files are the same in every language (their words are in the pages): written once, at the root.
            var sharedAssets = AssetWriter.Write(theme, output.Writer);
            var brandFiles = BrandAssets.Write(site.Config.Branding, options.SourceDirectory, output.Writer);
            var written = 0;
            var builtLanguages = new List<BuiltLanguage>();
            foreach (var language in site.Config.Languages)
            {
                // Each language's whole site, from the site projected into it, under the language's folder.
                var local = site.In(language);
                var same = ReferenceEquals(local, site);
                var localWords = same ? words : strings.For(language.Culture);
                var localReports = same ? reports : ReportScorer.ScoreAll(local);
                var localData = same ? data : OpenDataFiles.Build(local, localReports, localWords);
                var localPlan = same ? plan : SitePlan.Create(local);
                ISiteOutput writer = language.Prefix.Length == 0 ? output.Writer : new PrefixedOutput(output.Writer, language.Prefix);
                if (multilingual)
                {
                    // The language's open data and its own feed, in its words.
                    WritePublicationFiles(local, localReports, localPlan, localData, writer, localWords, crawlerFiles: false, feed: true);
                }

                localData = localData.Written();
                if (memo is not null)
                {
                    // The output folder read and checked against the cache, and every group's key made.
                    memo.Add(localPlan, cache!.Keys(local, site, language, sources, localData), language.Prefix);
                    timings?.Lap("cache keys");
                }

                // The memos hold one language's words: another language's pages get their own.
                var (chartCaches, pageCaches) = same ? (caches.Charts, caches.Pages) : (new ChartCaches(), new PageCaches());
                var charts = new ChartBuilder(local.Config, chartCaches, localWords);
                var pages = new PageFactory(local, localReports, charts, localData, pageCaches, localWords, language);
                // Every language's pages link to the theme's and the branding's files at the root.
                var assets = AssetWriter.Under(language.UpToRoot, sharedAssets);
                var branding = BrandAssets.In(brandFiles, local.Config.Branding, language.UpToRoot);
                var localRenderer = new PageRenderer(theme, pages.SiteView with { Branding = branding }, assets, caches.Render, strings);
                localRenderer.Prepare(localPlan.Pages.Select(p => p.Kind.Layout));
                written += RenderAndWrite(localPlan, pages, localRenderer, writer, memo: memo);
                builtLanguages.Add(new BuiltLanguage(language, localReports, localData, localPlan, localRenderer));
            }

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

            built = new BuiltSite(reports, plan, builtLanguages, caches);
            caches = null;
            var result = new BuildResult(diagnostics.ToSortedList(), written, output.FilesWritten, CountRatings(reports), clock.Elapsed);
            if (cache is null || memo is null)
            {
                return result;
            }

            var use = new CacheUse(NothingChanged: false, memo.Kept, memo.Count, output.InPlace?.Changed);
            cache.Save(result with { Diagnostics = contentDiagnostics }, site.Config.Theme, output.Stamps(), memo);
            timings?.Lap("cache");
            timings?.Note($"build cache: {use.GroupsKept} of {use.Groups} page groups kept, " +
                          (use.FilesWrittenInPlace is { } changed ? $"{changed} files written in place" : "the whole site staged"));
            return result with { Cache = use };
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

    /// <summary>
    /// Where a build writes: the folder updated in place when the cache allows it, else a staged folder (whose files
    /// are hashed for the cache, when there is one).
    /// </summary>
    private static BuildOutput SiteOutputFor(string outputDirectory, BuildCache? cache) =>
        cache?.UpdatableOutput(outputDirectory) is { } existing
            ? BuildOutput.InPlaceOf(existing)
            : BuildOutput.StagedAt(outputDirectory, hashed: cache is not null);

    /// <summary>A problem in the theme's templates or in writing the files: reported as a diagnostic, not thrown.</summary>
    internal static bool IsWriteFailure(Exception ex) =>
        ex is TemplateProblem or StringsProblem or IOException or UnauthorizedAccessException;

    internal static void ReportWriteFailure(Exception ex, DiagnosticBag diagnostics, SiteConfig config, string outputDirectory)
    {
        switch (ex)
        {
            case TemplateProblem problem:
                diagnostics.Error(RuleIds.TemplateError, SourceLocation.FileOnly("themes/" + config.Theme), problem.Message, problem.Fix);
                break;
            case StringsProblem problem:
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

    /// <summary>
    /// The open data (unless null), sitemap and robots.txt (unless <paramref name="crawlerFiles"/> is false) and feed
    /// (when <paramref name="feed"/>), made and written on every core.
    /// </summary>
    private static void WritePublicationFiles(Site site, IReadOnlyList<ScoredReport> reports, SitePlan plan, OpenDataFiles? data, ISiteOutput output,
        SiteStrings strings, bool crawlerFiles = true, bool feed = true)
    {
        IReadOnlyList<(string Path, byte[] Bytes)> files =
            [.. crawlerFiles ? SitePublication.CrawlerFiles(site, reports, plan, strings, feed: false) : [],
             .. feed ? SitePublication.Feed(site, reports, strings) : []];
        if (data is not null)
        {
            files = [.. data.Files.Select(f => (f.Path, f.Bytes)), .. files];
        }

        OnEveryCore(files.Count, i => output.WriteBytes(files[i].Path, files[i].Bytes));
    }

    /// <summary>
    /// Builds, renders and writes every page group, spread over every core. Each page's model is dropped once its HTML
    /// is written, so memory holds a few groups at a time, not the whole site.
    /// </summary>
    /// <returns>How many pages were written.</returns>
    /// <param name="memo">The build cache's record of groups: a group it keeps is not built, and the files of those built are recorded.</param>
    internal static int RenderAndWrite(SitePlan plan, PageFactory pages, PageRenderer renderer, ISiteOutput output,
        Func<PlannedPage, bool>? wanted = null, PageGroupMemo? memo = null)
    {
        var written = 0;
        // The largest groups first, so no core is left finishing a long one after the others are done.
        var work = plan.Groups.OrderByDescending(g => g.Pages.Count).ToArray();
        OnEveryCore(work.Length, i =>
        {
            if (memo?.TryKeep(work[i]) == true)
            {
                Interlocked.Add(ref written, work[i].Pages.Count);
                return;
            }

            var paths = new List<string>();
            foreach (var page in pages.Build(work[i], wanted))
            {
                output.WriteBytes(page.OutputPath, renderer.RenderUtf8(page).Span);
                paths.Add(page.OutputPath);
                foreach (var file in PageFiles.Of(page))
                {
                    output.WriteBytes(file.RelativePath, file.Bytes);
                    paths.Add(file.RelativePath);
                }

                Interlocked.Increment(ref written);
            }

            memo?.Remember(work[i], paths);
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

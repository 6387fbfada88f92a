using System.Diagnostics;
using StaticKpi.Charts;
using StaticKpi.Content;
using StaticKpi.Diagnostics;
using StaticKpi.Model;
using StaticKpi.Output;
using StaticKpi.Pages;

namespace StaticKpi.Build;

/// <summary>
/// Builds a site again after some of its files changed, for <c>statickpi serve</c>. The first build is a whole
/// <see cref="SiteBuild"/>, which keeps every loaded content file (with its own diagnostics) and what the pages were
/// built with: scores, open data, the plan and the renderer. When every changed file is commentary, only those
/// files are read again, the checks across files run again over the kept files (so the diagnostics are those of a
/// whole build), and only the pages that show the commentary that changed are rebuilt, in place, in the folder of
/// the latest good build. That is enough because nothing else depends on commentary: scores, downloads, sitemap,
/// feed and every other page are made from indicators, reports and the configuration alone. Any other change
/// (configuration, indicators, reports, themes, anything unknown) needs a whole build. In a site with several languages
/// the pages are rebuilt in every language, each from the site projected into it, under the language's folder: a
/// page shows its language's translation of a commentary or, without one, the default language's.
/// </summary>
/// <remarks>Not thread-safe: one build at a time.</remarks>
public sealed class IncrementalBuild(string sourceDirectory)
{
    private SiteSources? _sources;
    private SiteBuild.BuiltSite? _built;

    /// <summary>
    /// The output path of every page, for the link checks: taken once from the whole build's plan, since it depends only
    /// on the configuration, indicators and reports, which an update never reloads.
    /// </summary>
    private IReadOnlySet<string>? _pagePaths;

    /// <summary>Commentary (indicator, period) changed since the pages were last written: kept through failed builds.</summary>
    private readonly HashSet<(int IndicatorId, Period Period)> _unwritten = [];

    /// <summary>What the latest build or update remembered (null before a good build): kept until the next one replaces it.</summary>
    internal BuildCaches? Caches => _built?.Caches;

    /// <summary>The folder of the latest good build, which <see cref="Update"/> rewrites; null before one.</summary>
    public string? SiteDirectory { get; private set; }

    /// <summary>
    /// Whether <see cref="Update"/> can rebuild for these changes: a whole build has succeeded since the configuration,
    /// indicators, reports or theme last changed, and every changed path is in the commentary folder.
    /// </summary>
    /// <param name="changedFiles">Paths relative to the site folder, with '/', as the preview's watcher reports them.</param>
    public bool CanUpdate(IReadOnlyCollection<string> changedFiles) =>
        _built is not null && changedFiles.Count > 0 && changedFiles.All(SiteSources.IsCommentary);

    /// <summary>
    /// Builds the whole site into <paramref name="outputDirectory"/> (a staged folder swapped in), keeping what later
    /// updates need.
    /// </summary>
    public BuildResult Full(string outputDirectory, BuildTimings? timings = null)
    {
        var result = SiteBuild.Run(new BuildOptions(sourceDirectory, outputDirectory), timings, out var sources, out var built);
        _built?.Caches.Dispose();
        _sources = sources;
        _built = built;
        _pagePaths = null;
        _unwritten.Clear();
        SiteDirectory = built is null ? null : outputDirectory;
        return result;
    }

    /// <summary>
    /// Reads the changed commentary files again and rebuilds, in <see cref="SiteDirectory"/>, the pages that show
    /// them: the indicator's page in each report of that period, those reports' printable versions, and the search
    /// page (whose index lists every commentary). Files whose bytes do not change are left as they are. When the
    /// checks find an error, nothing is written and the pages are rebuilt by the next update that succeeds.
    /// </summary>
    /// <exception cref="InvalidOperationException">When <see cref="CanUpdate"/> is false.</exception>
    public BuildResult Update(IReadOnlyCollection<string> changedFiles, BuildTimings? timings = null)
    {
        if (!CanUpdate(changedFiles) || _sources is null || _built is not { } built || SiteDirectory is not { } siteDirectory)
        {
            throw new InvalidOperationException("These changes need a whole build (Full).");
        }

        var clock = Stopwatch.StartNew();
        foreach (var path in changedFiles.Order(StringComparer.Ordinal))
        {
            // Old and new (indicator, period): front matter can move a file's commentary to another page.
            _unwritten.UnionWith(_sources.ReloadCommentary(path));
        }

        timings?.Lap("reload");

        var diagnostics = new DiagnosticBag();
        _pagePaths ??= built.Plan.Pages.Select(p => p.OutputPath).ToHashSet(StringComparer.Ordinal);
        var site = CheckedContent.Assemble(_sources, diagnostics, _pagePaths);
        timings?.Lap("check");
        if (site is null)
        {
            return SiteBuild.Failed(diagnostics, clock) with { Incremental = true };
        }

        // New caches for every update: what the last one remembered was made from views of the commentary before.
        var caches = new BuildCaches();
        _built = built with
        {
            Languages = [.. built.Languages.Select(l => l with { Renderer = l.Renderer.WithCaches(caches.Render) })],
            Caches = caches,
        };
        built.Caches.Dispose();
        var output = new InPlaceOutput(siteDirectory);
        var rebuilt = 0;
        try
        {
            foreach (var language in _built.Languages.Where(_ => _unwritten.Count > 0))
            {
                rebuilt += RebuildIn(language, site, caches, output);
            }
        }
        catch (Exception ex) when (SiteBuild.IsWriteFailure(ex))
        {
            // Some pages may be new and some old: they are all written again by the next update.
            SiteBuild.ReportWriteFailure(ex, diagnostics, site.Config, siteDirectory);
            return SiteBuild.Failed(diagnostics, clock) with { Incremental = true };
        }

        timings?.Lap("render");
        _unwritten.Clear();
        return new BuildResult(diagnostics.ToSortedList(), rebuilt, output.Replaced.Count, SiteBuild.CountRatings(built.Reports), clock.Elapsed)
        {
            Incremental = true,
        };
    }

    /// <summary>Rebuilds one language's pages that show the changed commentary, from the site projected into it.</summary>
    private int RebuildIn(SiteBuild.BuiltLanguage language, Site site, BuildCaches caches, ISiteOutput output)
    {
        var local = site.In(language.Language);
        var words = language.Renderer.Strings.For(language.Language.Culture);
        // The memos hold one language's words: another language's pages get their own, as in a whole build.
        var isDefault = language.Language == site.Config.DefaultLanguage;
        var (charts, pageCaches) = isDefault ? (caches.Charts, caches.Pages) : (new ChartCaches(), new PageCaches());
        var pages = new PageFactory(local, language.Reports, new ChartBuilder(local.Config, charts, words), language.Data, pageCaches, words,
            language.Language);
        var writer = language.Language.Prefix.Length == 0 ? output : new PrefixedOutput(output, language.Language.Prefix);
        return SiteBuild.RenderAndWrite(language.Plan, pages, language.Renderer, writer, ShowsUnwritten);
    }

    private bool ShowsUnwritten(PlannedPage page) => _unwritten.Any(key => page.Shows(key.IndicatorId, key.Period));
}

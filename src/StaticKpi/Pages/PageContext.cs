using StaticKpi.Charts;
using StaticKpi.Localisation;
using StaticKpi.Model;
using StaticKpi.Scoring;

namespace StaticKpi.Pages;

/// <summary>
/// What the page kinds build their models from in one build: the site, its scored reports, the chart builder, the
/// downloads and the views several kinds share. Holds nothing that changes but thread-safe memos, so groups can be
/// built on several threads at once.
/// </summary>
public sealed class PageContext
{
    /// <param name="strings">The words pages are written in; the default theme's for the site's language when not given.</param>
    /// <param name="language">The language the pages are rendered in; default: the site's default language.</param>
    public PageContext(Site site, IReadOnlyList<ScoredReport> reports, ChartBuilder charts, PageDownloads downloads, PageCaches caches,
        SiteStrings? strings = null, SiteLanguage? language = null)
    {
        Site = site;
        Strings = strings ?? SiteStrings.Default(site.Config.Language);
        Language = language ?? site.Config.DefaultLanguage;
        Reports = reports;
        Charts = charts;
        Index = new ScoredReportIndex(reports);
        Views = new ScorecardViews(site, caches, Strings);
        Latest = new LatestFigures(site, reports, Index, Views, Strings);
        Downloads = new PageDownloads(downloads.Data, Strings);
    }

    /// <summary>
    /// The site as its pages in <see cref="Language"/> show it (<see cref="LanguageProjection"/>): every translatable
    /// text already in that language.
    /// </summary>
    public Site Site { get; }

    /// <summary>The language the pages are rendered in (their texts, and the culture they are formatted in).</summary>
    public SiteLanguage Language { get; }

    /// <summary>
    /// The one place a page's language comes from: every word the page kinds, views and charts write, and the
    /// template's own words (through <see cref="PageModel.Language"/>). Today the site's <c>language</c>; a site in
    /// several languages gives each language's pages a context of its own.
    /// </summary>
    public SiteStrings Strings { get; }

    /// <summary>The scored reports in scoring order.</summary>
    public IReadOnlyList<ScoredReport> Reports { get; }

    public ChartBuilder Charts { get; }

    public PageDownloads Downloads { get; }

    public ScoredReportIndex Index { get; }

    public ScorecardViews Views { get; }

    public LatestFigures Latest { get; }
}

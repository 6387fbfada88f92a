using StaticKpi.Charts;
using StaticKpi.Formatting;
using StaticKpi.Localisation;
using StaticKpi.Model;
using StaticKpi.OpenData;
using StaticKpi.Scoring;
using StaticKpi.Shared;

namespace StaticKpi.Pages;

/// <summary>
/// Builds the models of the pages of a <see cref="SitePlan"/>, one <see cref="PageGroup"/> at a time, each by its
/// page's kind (<see cref="Kinds.PageKind.Build"/>). Holds nothing that changes, so groups can be built on several
/// threads at once.
/// </summary>
public sealed class PageFactory
{
    private readonly PageContext _context;

    /// <param name="caches">The build's caches; a new, empty one when not given.</param>
    /// <param name="strings">The words of the site's language; the default theme's when not given.</param>
    /// <param name="language">The language the pages are in (the site is then projected into it); default: the site's default.</param>
    public PageFactory(Site site, IReadOnlyList<ScoredReport> reports, ChartBuilder charts, OpenDataFiles data, PageCaches? caches = null,
        SiteStrings? strings = null, SiteLanguage? language = null)
    {
        _context = new PageContext(site, reports, charts, new PageDownloads(data), caches ?? new PageCaches(), strings, language);
        SiteView = LanguageViews.Of(SiteViewOf(site.Config, _context.Strings, reports.Count > 0), site.Config,
            language ?? site.Config.DefaultLanguage);
    }

    /// <summary>The site facts every template sees as <c>site</c>.</summary>
    public SiteView SiteView { get; }

    /// <summary>The site facts for templates, with the licence and, when the site has an absolute address, the feed.</summary>
    private static SiteView SiteViewOf(SiteConfig config, SiteStrings strings, bool hasReports) =>
        new SiteView(config.Title, config.Organisation, config.Language, config.ContactEmail, config.BaseUrl)
        {
            TitleLanguage = config.TitleLanguage,
            OrganisationLanguage = config.OrganisationLanguage,
            Licence = Labels.DataLicence(strings, config),
            FeedPath = new SiteAddress(config.BaseUrl).IsAbsolute && hasReports ? SitePaths.Feed : null,
        };

    /// <summary>The models of a group's pages, in plan order, each built as it is asked for.</summary>
    /// <param name="wanted">
    /// Which of the group's pages to return (default: all); the pages a wanted page reprints (a printable report's
    /// indicator pages) are built too.
    /// </param>
    public IEnumerable<PageModel> Build(PageGroup group, Func<PlannedPage, bool>? wanted = null)
    {
        wanted ??= _ => true;
        var reprintedPages = group.Pages.Where(p => wanted(p)).SelectMany(p => p.Kind.Reprints(p, group))
            .ToHashSet(ReferenceEqualityComparer.Instance);
        // Only the models a later page reprints are kept; the others are let go once returned.
        var reprinted = new List<PageModel>();
        foreach (var planned in group.Pages)
        {
            var isReprinted = reprintedPages.Contains(planned);
            var isWanted = wanted(planned);
            if (!isWanted && !isReprinted)
            {
                continue;
            }

            var page = planned.Kind.Build(planned, _context, reprinted) with { Language = _context.Strings.Language };
            if (isReprinted)
            {
                reprinted.Add(page);
            }

            if (isWanted)
            {
                yield return page;
            }
        }
    }
}

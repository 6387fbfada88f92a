using StaticKpi.Charts;
using StaticKpi.Model;
using StaticKpi.OpenData;
using StaticKpi.Scoring;

namespace StaticKpi.Pages;

/// <summary>
/// Builds the models of the pages of a <see cref="SitePlan"/>, one <see cref="PageGroup"/> at a time: the scorecard
/// pages through <see cref="PageBuilder"/>, the publishing pages through <see cref="PublishingPageBuilder"/> and the
/// search page through <see cref="SearchIndexBuilder"/>. Holds nothing that changes, so groups can be built on
/// several threads at once.
/// </summary>
public sealed class PageFactory
{
    private readonly Site _site;
    private readonly IReadOnlyList<ScoredReport> _reports;
    private readonly PageBuilder _scorecards;
    private readonly PublishingPageBuilder _publishing;

    /// <param name="caches">The build's caches; a new, empty one when not given.</param>
    public PageFactory(Site site, IReadOnlyList<ScoredReport> reports, ChartBuilder charts, OpenDataFiles data, PageCaches? caches = null)
    {
        _site = site;
        _reports = reports;
        var downloads = new PageDownloads(data);
        _scorecards = new PageBuilder(site, reports, charts, downloads, caches ?? new PageCaches());
        _publishing = new PublishingPageBuilder(site, reports, _scorecards, downloads);
        SiteView = PublishingPageBuilder.SiteViewOf(site.Config, reports.Count > 0);
    }

    /// <summary>The site facts every template sees as <c>site</c>.</summary>
    public SiteView SiteView { get; }

    /// <summary>The layout that renders each kind of page: <c>layouts/&lt;layout&gt;.html</c> in the theme.</summary>
    public static string LayoutOf(PageKind kind) => kind switch
    {
        PageKind.Home => "home",
        PageKind.Key => "key",
        PageKind.Accessibility => "accessibility",
        PageKind.Report => "report",
        PageKind.Indicator => "indicator",
        PageKind.PrintReport => "print",
        PageKind.Search => "search",
        PageKind.Indicators => "indicators",
        PageKind.IndicatorLatest => "indicator-latest",
        PageKind.Data => "data",
        PageKind.NotFound => "not-found",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The models of a group's pages, in plan order, each built as it is asked for.</summary>
    /// <param name="wanted">Which of the group's pages to return (default: all); a printable report still reprints every indicator page.</param>
    public IEnumerable<PageModel> Build(PageGroup group, Func<PlannedPage, bool>? wanted = null)
    {
        wanted ??= _ => true;
        var printWanted = group.Pages.Any(p => p.Kind == PageKind.PrintReport && wanted(p));
        var indicatorPages = new List<IndicatorPage>();
        foreach (var planned in group.Pages)
        {
            switch (planned.Kind)
            {
                case PageKind.Indicator:
                    if (wanted(planned) || printWanted)
                    {
                        var page = _scorecards.IndicatorPage(planned);
                        indicatorPages.Add(page);
                        if (wanted(planned))
                        {
                            yield return page;
                        }
                    }

                    break;
                case PageKind.PrintReport:
                    if (wanted(planned))
                    {
                        yield return _scorecards.PrintReport(planned, indicatorPages);
                    }

                    break;
                default:
                    if (wanted(planned))
                    {
                        yield return Single(planned);
                    }

                    break;
            }
        }
    }

    private PageModel Single(PlannedPage planned) => planned.Kind switch
    {
        PageKind.Home => _scorecards.Home(planned),
        PageKind.Key => _scorecards.Key(planned),
        PageKind.Accessibility => _scorecards.Accessibility(planned),
        PageKind.Report => _scorecards.Report(planned),
        PageKind.Search => SearchIndexBuilder.Build(_site, _reports, planned.OutputPath, PageBuilder.Crumbs(planned.OutputPath)),
        PageKind.Indicators => _publishing.Indicators(planned),
        PageKind.IndicatorLatest => _publishing.IndicatorLatest(planned),
        PageKind.Data => _publishing.Data(planned),
        PageKind.NotFound => _publishing.NotFound(planned),
        _ => throw new ArgumentOutOfRangeException(nameof(planned), planned.Kind, "Built with its group."),
    };
}

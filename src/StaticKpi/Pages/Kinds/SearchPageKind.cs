using StaticKpi.Model;
using StaticKpi.Shared;

namespace StaticKpi.Pages.Kinds;

/// <summary>The search page and its index (<see cref="SearchIndexBuilder"/>), which holds the start of every commentary.</summary>
public sealed class SearchPageKind() : SinglePageKind("search", SitePaths.Search)
{
    public override bool Shows(PlannedPage page, int indicatorId, Period period) => true;

    public override PageModel Build(PlannedPage page, PageContext context, IReadOnlyList<PageModel> reprinted) =>
        SearchIndexBuilder.Build(context.Site, context.Strings, context.Reports, page.OutputPath, PageParts.Crumbs(context.Strings, page.OutputPath))
        with
        {
            ScriptWords = Localisation.ScriptWords.Json(context.Strings,
                "search.loading", "search.unavailable", "search.no_results", "search.matches", "search.first_matches"),
        };
}

using StaticKpi.Model;
using StaticKpi.Shared;

namespace StaticKpi.Pages.Kinds;

/// <summary>The 404 page hosts serve for a missing address; not canonical, so not in the sitemap.</summary>
public sealed class NotFoundPageKind() : SinglePageKind("not-found", SitePaths.NotFound)
{
    public override bool IsCanonical => false;

    public override PageModel Build(PlannedPage page, PageContext context, IReadOnlyList<PageModel> reprinted) =>
        new NotFoundPage(page.OutputPath, context.Strings.Text("not_found.title"), new SiteAddress(context.Site.Config.BaseUrl).Path,
            context.Site.Config.ContactEmail);
}

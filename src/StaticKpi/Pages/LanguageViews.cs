using StaticKpi.Model;

namespace StaticKpi.Pages;

/// <summary>
/// What the pages of one language say about the others: the <c>hreflang</c> alternates and the language switch of
/// every page, and this language's own address for canonical links. Nothing for a site in one language.
/// </summary>
public static class LanguageViews
{
    public static SiteView Of(SiteView site, SiteConfig config, SiteLanguage language)
    {
        if (!config.IsMultilingual)
        {
            return site;
        }

        // From this language's root up to the site root, then down into the other's folder.
        var up = language.UpToRoot;
        // The site is projected into the language (Model.LanguageProjection), so its address is already the language's.
        var rootUrl = site.BaseUrl[..^language.Prefix.Length];
        var rootPath = new SiteAddress(rootUrl).Path;
        return site with
        {
            RootUrl = rootUrl,
            Languages = [.. config.Languages.Select(l =>
                new LanguageView(l.Code, l.Name, l.Prefix, up + l.Prefix, l.Code == language.Code, rootPath + l.Prefix))],
        };
    }
}

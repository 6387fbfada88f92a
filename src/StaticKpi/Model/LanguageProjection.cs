namespace StaticKpi.Model;

/// <summary>
/// The site as its pages in one language show it: every translatable text in that language, else the default
/// language's (and then marked as such, so pages can give it the default language's <c>lang</c>). Pages are built
/// from the projection exactly as a one-language site's are from the site itself.
/// </summary>
public static class LanguageProjection
{
    public static Site In(this Site site, SiteLanguage language)
    {
        var config = site.Config;
        var fallback = config.DefaultLanguage.Code;
        if (language.Code == fallback)
        {
            return language.Prefix.Length == 0 ? site : site with { Config = config with { BaseUrl = config.BaseUrl + language.Prefix } };
        }

        var code = language.Code;
        var projected = config with
        {
            // The language's pages are published under its folder: their own address, for canonical links and the 404 page.
            BaseUrl = config.BaseUrl + language.Prefix,
            Title = config.Translations.Of("title", code) ?? config.Title,
            Organisation = config.Translations.Of("organisation", code) ?? config.Organisation,
            Language = language.Culture,
            Committees = [.. config.Committees.Select(c => c with { Name = c.Translations.Of("name", code) ?? c.Name })],
        };
        var indicators = site.Indicators.Select(i => i with
        {
            Title = i.Translations.Of("title", code) ?? i.Title,
            Service = i.Service is null ? null : i.Translations.Of("service", code) ?? i.Service,
            TitleLanguage = i.Translations.Of("title", code) is null ? fallback : null,
        });
        // The language's own commentary (now the page's, so no language of its own), else the default language's, marked.
        var translated = site.CommentaryTranslations.Where(c => c.Language == code).ToDictionary(c => (c.IndicatorId, c.Period));
        var commentaries = site.Commentaries
            .Select(c => translated.TryGetValue((c.IndicatorId, c.Period), out var own)
                ? own with { Language = null }
                : c with { Language = fallback })
            .Concat(translated.Values.Where(t => site.CommentaryFor(t.IndicatorId, t.Period) is null).Select(t => t with { Language = null }));
        var reports = site.Reports.Select(r => r with { Title = r.Title is null ? null : r.Translations.Of("title", code) ?? r.Title });
        return new Site(projected, [.. indicators], [.. commentaries], [.. reports]);
    }
}

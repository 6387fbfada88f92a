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
            RagPolicies = [.. config.RagPolicies.Select(p => p with { Name = p.Translations.Of("name", code) ?? p.Name })],
        };
        var indicators = site.Indicators.Select(i => i with
        {
            Title = i.Translations.Of("title", code) ?? i.Title,
            Service = i.Service is null ? null : i.Translations.Of("service", code) ?? i.Service,
            TitleLanguage = i.Translations.Of("title", code) is null ? fallback : null,
            DescriptionHtml = i.Translations.Of("description", code) ?? Marked(i.DescriptionHtml, fallback),
            DescriptionWords = i.Translations.Of("description" + WordsSuffix, code) ?? i.DescriptionWords,
            Links = [.. i.Links.Select(l => l.Translations.Of("title", code) is { } title
                ? l with { Title = title }
                : l with { Language = fallback })],
            Benchmarks = [.. i.Benchmarks.Select(b => b.Label is null ? b : b.Translations.Of("label", code) is { } label
                ? b with { Label = label }
                : b with { Language = fallback })],
        });
        // The language's own commentary (now the page's, so no language of its own), else the default language's, marked.
        var translated = site.CommentaryTranslations.Where(c => c.Language == code).ToDictionary(c => (c.IndicatorId, c.Period));
        var commentaries = site.Commentaries
            .Select(c => translated.TryGetValue((c.IndicatorId, c.Period), out var own)
                ? own with { Language = null }
                : c with { Language = fallback })
            .Concat(translated.Values.Where(t => site.CommentaryFor(t.IndicatorId, t.Period) is null).Select(t => t with { Language = null }));
        var reports = site.Reports.Select(r => r with
        {
            Title = r.Title is null ? null : r.Translations.Of("title", code) ?? r.Title,
            IntroductionHtml = r.Translations.Of("introduction", code) ?? Marked(r.IntroductionHtml, fallback),
        });
        return new Site(projected, [.. indicators], [.. commentaries], [.. reports]);
    }

    /// <summary>Where a translatable Markdown field's words in another language are kept (see Content's TranslatableField).</summary>
    public const string WordsSuffix = ".words";

    /// <summary>
    /// Markdown rendered in the default language, shown on another language's page: wrapped in a block that says its
    /// language, so screen readers read it with the right voice (WCAG 3.1.2).
    /// </summary>
    private static string? Marked(string? html, string language) => html is null ? null : $"<div lang=\"{language}\">{html}</div>";
}

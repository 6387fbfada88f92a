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
            TitleLanguage = config.Translations.Of("title", code) is null ? fallback : null,
            OrganisationLanguage = config.Translations.Of("organisation", code) is null ? fallback : null,
            Language = language.Culture,
            Committees = [.. config.Committees.Select(c => c.Translations.Of("name", code) is { } name
                ? c with { Name = name }
                : c with { Language = fallback })],
            RagPolicies = [.. config.RagPolicies.Select(p => p.Translations.Of("name", code) is { } name
                ? p with { Name = name }
                : p with { Language = fallback })],
            Branding = ReferenceEquals(config.Branding, Branding.None) ? config.Branding : config.Branding.In(code, fallback),
            Licence = config.Licence is not { } licence ? null : licence.Translations.Of("title", code) is { } licenceTitle
                ? licence with { Title = licenceTitle }
                : licence with { Language = fallback },
        };
        var indicators = site.Indicators.Select(i => i with
        {
            Title = i.Translations.Of("title", code) ?? i.Title,
            Service = i.Service is null ? null : i.Translations.Of("service", code) ?? i.Service,
            TitleLanguage = i.Translations.Of("title", code) is null ? fallback : null,
            DescriptionHtml = i.Translations.Of("description", code) ?? Marked(i.DescriptionHtml, fallback),
            DescriptionWords = i.Translations.Of("description" + WordsSuffix, code) ?? i.DescriptionWords,
            DataSource = i.DataSource is null ? null : i.Translations.Of("data_source", code) ?? i.DataSource,
            DataSourceLanguage = i.DataSource is null || i.Translations.Of("data_source", code) is not null ? null : fallback,
            Series = [.. i.Series.Select(p => p.In(code, fallback))],
            Baseline = i.Baseline is not { Note: not null } baseline ? i.Baseline : baseline.Translations.Of("note", code) is { } baselineNote
                ? baseline with { Note = baselineNote }
                : baseline with { NoteLanguage = fallback },
            Charts = [.. i.Charts.Select(c => c.In(code, fallback))],
            Links = [.. i.Links.Select(l => l.Translations.Of("title", code) is { } title
                ? l with { Title = title }
                : l with { Language = fallback })],
            Benchmarks = [.. i.Benchmarks.Select(b => b.In(code, fallback))],
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
            TitleLanguage = r.Title is null || r.Translations.Of("title", code) is not null ? null : fallback,
            IntroductionHtml = r.Translations.Of("introduction", code) ?? Marked(r.IntroductionHtml, fallback),
        });
        return new Site(projected, [.. indicators], [.. commentaries], [.. reports]);
    }

    /// <summary>A value in the language: its label, its note and its rating override's reason where translated, else marked.</summary>
    private static DataPoint In(this DataPoint point, string code, string fallback)
    {
        var labelled = point.Label is null ? point : point.Translations.Of("label", code) is { } label
            ? point with { Label = label }
            : point with { LabelLanguage = fallback };
        var projected = point.Note is null ? labelled : point.Translations.Of("note", code) is { } note
            ? labelled with { Note = note }
            : labelled with { NoteLanguage = fallback };
        return point.Override is not { } ratingOverride ? projected : projected with
        {
            Override = ratingOverride.Translations.Of("reason", code) is { } reason
                ? ratingOverride with { Reason = reason }
                : ratingOverride with { Language = fallback },
        };
    }

    /// <summary>The branding in the language: the logo's alternative text and the links' text where translated, else marked.</summary>
    private static Branding In(this Branding branding, string code, string fallback)
    {
        BrandLink Link(BrandLink link) => link.Translations.Of("text", code) is { } text
            ? link with { Text = text }
            : link with { Language = fallback };

        return branding with
        {
            Logo = branding.Logo is not { } logo ? null : logo.Translations.Of("alt", code) is { } alt
                ? logo with { Alt = alt }
                : logo with { Language = fallback },
            HeaderLinks = [.. branding.HeaderLinks.Select(Link)],
            FooterLinks = [.. branding.FooterLinks.Select(Link)],
        };
    }

    private static Benchmark In(this Benchmark benchmark, string code, string fallback) => benchmark with
    {
        Label = benchmark.Label is null ? null : benchmark.Translations.Of("label", code) ?? benchmark.Label,
        Language = benchmark.Label is null || benchmark.Translations.Of("label", code) is not null ? null : fallback,
        // The note is in the open data only, which says no language: it falls back unmarked.
        Note = benchmark.Note is null ? null : benchmark.Translations.Of("note", code) ?? benchmark.Note,
    };

    /// <summary>
    /// A chart in the language: its titles, names and categories where they are translated. Plotly cannot mark a text's
    /// language, so only <see cref="ChartSpec.TitleLanguage"/>, <see cref="ChartSpec.CategoriesLanguage"/> and the like
    /// say they fell back; the page marks the chart's caption and the headings of its table with them.
    /// </summary>
    private static ChartSpec In(this ChartSpec chart, string code, string fallback) => chart with
    {
        Title = chart.Translations.Of("title", code) ?? chart.Title,
        TitleLanguage = chart.Translations.Of("title", code) is null ? fallback : null,
        Categories = chart.CategoryTranslations.GetValueOrDefault(code) ?? chart.Categories,
        CategoriesLanguage = chart.CategoryTranslations.ContainsKey(code) ? null : fallback,
        XTitle = chart.XTitle is null ? null : chart.Translations.Of("x_title", code) ?? chart.XTitle,
        XTitleLanguage = chart.XTitle is null || chart.Translations.Of("x_title", code) is not null ? null : fallback,
        YTitle = chart.YTitle is null ? null : chart.Translations.Of("y_title", code) ?? chart.YTitle,
        Y2Title = chart.Y2Title is null ? null : chart.Translations.Of("y2_title", code) ?? chart.Y2Title,
        Series = [.. chart.Series.Select(s => s.In(code, fallback))],
        Benchmarks = [.. chart.Benchmarks.Select(b => b.In(code, fallback))],
    };

    private static ChartSeries In(this ChartSeries series, string code, string fallback) =>
        series.Translations.Of("name", code) is { } name ? series with { Name = name } : series with { NameLanguage = fallback };

    private static ChartBenchmark In(this ChartBenchmark line, string code, string fallback) =>
        line.Translations.Of("name", code) is { } name ? line with { Name = name } : line with { NameLanguage = fallback };

    /// <summary>Where a translatable Markdown field's words in another language are kept (see Content's TranslatableField).</summary>
    public const string WordsSuffix = ".words";

    /// <summary>
    /// Markdown rendered in the default language, shown on another language's page: wrapped in a block that says its
    /// language, so screen readers read it with the right voice (WCAG 3.1.2).
    /// </summary>
    private static string? Marked(string? html, string language) => html is null ? null : $"<div lang=\"{language}\">{html}</div>";
}

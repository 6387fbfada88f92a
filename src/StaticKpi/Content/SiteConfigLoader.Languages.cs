using System.Globalization;
using System.Text.RegularExpressions;
using StaticKpi.Diagnostics;
using StaticKpi.Model;
using StaticKpi.Shared;

namespace StaticKpi.Content;

/// <summary>
/// The <c>languages</c> section of <c>site.config.yaml</c>: the languages the site is published in, the default first,
/// each with its code, culture, own name and path.
/// </summary>
public static partial class SiteConfigLoader
{
    public static readonly string[] LanguageKeys = ["code", "culture", "name", "path"];

    /// <summary>The folders a site writes at its root, which no language's path may take.</summary>
    public static readonly string[] SiteFolders = ["key", "accessibility", "search", "indicators", "data", "assets", "print"];

    /// <returns>The languages as listed; null when the section is absent (the site has the one <c>language:</c>).</returns>
    private static List<SiteLanguage>? ReadLanguages(YamlMap site, int financialYearStartMonth)
    {
        if (!site.Has("languages"))
        {
            return null;
        }

        var languages = new List<SiteLanguage>();
        foreach (var item in site.MapsIn("languages", LanguageKeys))
        {
            if (ReadLanguage(item, isDefault: languages.Count == 0, financialYearStartMonth) is not { } language)
            {
                continue;
            }

            if (languages.Exists(l => l.Code == language.Code))
            {
                item.Diagnostics.Error(RuleIds.DuplicateId, item.LocationOf("code"),
                    $"The language code '{QuotedValue.Cut(language.Code)}' is listed twice.", "List each language once.");
                continue;
            }

            if (languages.Find(l => l.Path == language.Path) is { } other)
            {
                item.Diagnostics.Error(RuleIds.DuplicateId, item.LocationOf("path"),
                    $"The languages '{other.Code}' and '{language.Code}' would both be published at " +
                    $"{(language.Path.Length == 0 ? "the site root" : "/" + QuotedValue.Cut(language.Path) + "/")}.",
                    "Give each language its own path.");
            }

            // Kept even when wrong (the build stops at the error anyway), so the content's text maps in it are not
            // reported as unknown languages too.
            languages.Add(language);
        }

        return languages;
    }

    private static SiteLanguage? ReadLanguage(YamlMap item, bool isDefault, int financialYearStartMonth)
    {
        var code = item.String("code", required: true);
        var culture = item.String("culture", required: true);
        if (code is null || culture is null)
        {
            return null;
        }

        if (!LanguageCode().IsMatch(code))
        {
            item.Diagnostics.Error(RuleIds.BadValue, item.LocationOf("code"),
                $"The language code '{QuotedValue.Cut(code)}' is not a short language code.",
                "Use the language's two- or three-letter code in small letters, such as 'en' or 'cy'.");
            return null;
        }

        if (!IsKnownCulture(culture))
        {
            item.Diagnostics.Error(RuleIds.BadValue, item.LocationOf("culture"), $"The culture '{QuotedValue.Cut(culture)}' is not one .NET knows.",
                "Use a language and region such as 'en-GB' or 'cy-GB'.");
        }

        // The default language is at the site root unless given a path; every other one under its code.
        var path = item.String("path") ?? (isDefault ? "" : code);
        if (path.Length > 0 && !Slugs.IsSlug(path))
        {
            item.Diagnostics.Error(RuleIds.BadValue, item.LocationOf("path"), $"The path '{QuotedValue.Cut(path)}' cannot be used in web addresses.",
                $"Use lower-case letters, digits and hyphens, for example '{QuotedValue.Cut(Slugs.From(path))}'.");
        }

        if (SiteFolders.Contains(path) || Period.TryParse(path, financialYearStartMonth, out _) is not null)
        {
            item.Diagnostics.Error(RuleIds.BadValue, item.LocationOf("path"),
                $"The path '{QuotedValue.Cut(path)}' is a folder the site already uses for its own pages.",
                $"Choose another path, such as '{code}-site', or leave it out to use '{code}'.");
        }

        return new SiteLanguage(code, culture, item.String("name") ?? culture, path);
    }

    /// <summary>
    /// Whether .NET knows the culture. Without ICU (invariant globalisation) .NET knows none but the invariant one,
    /// so there only the shape of the tag is checked.
    /// </summary>
    private static bool IsKnownCulture(string name)
    {
        if (AppContext.TryGetSwitch("System.Globalization.Invariant", out var invariant) && invariant)
        {
            return CultureTag().IsMatch(name);
        }

        try
        {
            _ = CultureInfo.GetCultureInfo(name, predefinedOnly: true);
            return true;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    [GeneratedRegex("^[a-z]{2,3}$")]
    private static partial Regex LanguageCode();

    [GeneratedRegex("^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$")]
    private static partial Regex CultureTag();
}

using StaticKpi.Diagnostics;
using StaticKpi.Model;
using StaticKpi.Shared;

namespace StaticKpi.Content;

/// <summary>Reads <c>site.config.yaml</c>.</summary>
public static partial class SiteConfigLoader
{
    public const string FileName = "site.config.yaml";

    public static readonly string[] Keys =
    [
        "format", "title", "organisation", "base_url", "language", "financial_year_start_month", "currency_symbol",
        "theme", "contact_email", "committees", "rag_policies", "accessibility", "licence",
        "projection", "branding", "languages",
    ];

    public static readonly string[] CommitteeKeys = ["key", "name"];

    public static readonly string[] PolicyKeys =
    [
        "name", "effective_from", "red_threshold", "red_includes_threshold", "blue_threshold", "blue_includes_threshold",
    ];

    public static readonly string[] AccessibilityKeys =
    [
        "contact_email", "contact_phone", "response_days", "compliance", "known_issues", "last_tested", "tested_by",
        "prepared", "last_reviewed",
    ];

    public static SiteConfig? Load(string text, string file, DiagnosticBag diagnostics)
    {
        var root = YamlFile.ParseMapping(text, file, diagnostics);
        if (root is null || !ReadFormat(root, file, diagnostics))
        {
            return null;
        }

        var map = new YamlMap(root, file, diagnostics, Keys, sourceText: text);
        var fyStart = map.Int("financial_year_start_month") ?? 4;
        if (fyStart is < 1 or > 12)
        {
            diagnostics.Error(RuleIds.BadValue, map.LocationOf("financial_year_start_month"),
                $"financial_year_start_month is {fyStart}; it should be a month number from 1 to 12.", "UK councils use 4 (April).");
            fyStart = 4;
        }

        var languages = ReadLanguages(map, fyStart);
        // With 'languages:', the first one's culture is the site's language; 'language:' alone is the only one.
        var language = languages is { Count: > 0 } ? languages[0].Culture : map.String("language") ?? "en-GB";
        IReadOnlyList<SiteLanguage> siteLanguages = languages is { Count: > 0 } ? languages : [SiteLanguage.Only(language)];
        var committees = new List<Committee>();
        foreach (var item in map.MapsIn("committees", CommitteeKeys, required: true))
        {
            var key = item.String("key", required: true);
            var committeeTexts = new TranslatableField(siteLanguages);
            var name = committeeTexts.Read(item, "name", required: true);
            if (key is null || name is null)
            {
                continue;
            }

            if (!Slugs.IsSlug(key))
            {
                diagnostics.Error(RuleIds.BadValue, item.LocationOf("key"),
                    $"The committee key '{QuotedValue.Cut(key)}' cannot be used in web addresses.",
                    $"Use lower-case letters, digits and hyphens, for example '{QuotedValue.Cut(Slugs.From(key))}'.");
            }

            if (committees.Exists(c => c.Key == key))
            {
                diagnostics.Error(RuleIds.DuplicateId, item.LocationOf("key"), $"The committee key '{QuotedValue.Cut(key)}' is used twice.",
                    "Give each committee its own key.");
                continue;
            }

            committees.Add(new Committee(key, name) { Translations = committeeTexts.Translations });
        }

        var policies = new List<RagPolicy>();
        foreach (var item in map.MapsIn("rag_policies", PolicyKeys, required: true))
        {
            var from = item.Period("effective_from", fyStart, required: true);
            var red = item.Decimal("red_threshold", required: true);
            var policyTexts = new TranslatableField(siteLanguages);
            var policyName = policyTexts.Read(item, "name");
            if (from is null || red is null)
            {
                continue;
            }

            policies.Add(new RagPolicy(
                policyName ?? $"Policy from {from}",
                from,
                red.Value,
                item.Bool("red_includes_threshold") ?? false,
                item.Decimal("blue_threshold"),
                item.Bool("blue_includes_threshold") ?? false)
            {
                Translations = policyTexts.Translations,
            });
        }

        var baseUrl = map.String("base_url") ?? "/";
        if (!baseUrl.EndsWith('/'))
        {
            baseUrl += "/";
        }

        CheckBaseUrl(map, baseUrl);

        var theme = ReadTheme(map);
        var siteTexts = new TranslatableField(siteLanguages);
        var title = siteTexts.Read(map, "title", required: true);
        var organisation = siteTexts.Read(map, "organisation", required: true);
        if (title is null || organisation is null)
        {
            return null;
        }

        return new SiteConfig(
            title,
            organisation,
            baseUrl,
            language,
            fyStart,
            map.String("currency_symbol") ?? "£",
            theme,
            map.String("contact_email"),
            committees,
            [.. policies.OrderBy(p => p.EffectiveFrom)],
            ReadAccessibility(map),
            ReadLicence(map, siteLanguages),
            ReadProjection(map),
            languages)
        {
            Branding = ReadBranding(map, siteLanguages),
            Translations = siteTexts.Translations,
        };
    }

    /// <summary>The theme is a folder in <c>themes/</c>: its name must not lead anywhere else (<c>../../etc</c>).</summary>
    private static string ReadTheme(YamlMap map)
    {
        var theme = map.String("theme") ?? "default";
        if (theme.Trim() is "" or "." or ".." || theme.IndexOfAny(['/', '\\', ':', '\0']) >= 0)
        {
            map.Diagnostics.Error(RuleIds.BadValue, map.LocationOf("theme"),
                $"The theme '{QuotedValue.Cut(theme)}' is not the name of a folder in themes/.",
                "Write just the folder's name, for example 'theme: default' for themes/default/.");
            return "default";
        }

        return theme;
    }

    private static AccessibilityStatement ReadAccessibility(YamlMap site)
    {
        var map = site.Map("accessibility", AccessibilityKeys);
        var issues = new List<string>();
        foreach (var node in map?.Sequence("known_issues") ?? [])
        {
            if (node is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text))
            {
                issues.Add(text.Trim());
            }
            else
            {
                site.Diagnostics.Error(RuleIds.WrongType, site.LocationOf(node), "Each known accessibility issue should be a sentence of text.");
            }
        }

        return new AccessibilityStatement(
            map?.String("contact_email") ?? site.String("contact_email"),
            map?.String("contact_phone"),
            map?.Int("response_days") ?? 5,
            map?.Enum<ComplianceStatus>("compliance") ?? (issues.Count == 0 ? ComplianceStatus.Full : ComplianceStatus.Partial),
            issues,
            map?.Date("last_tested"),
            map?.String("tested_by"),
            map?.Date("prepared"),
            map?.Date("last_reviewed"));
    }
}

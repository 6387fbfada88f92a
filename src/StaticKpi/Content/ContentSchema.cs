using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using StaticKpi.Model;
using StaticKpi.Shared;

namespace StaticKpi.Content;

/// <summary>One field of a content file: its key, the form of its value and what it means, for editors' tools.</summary>
/// <param name="Type">Makes the JSON Schema of the value (a new node each time, as a node can have one parent).</param>
public sealed record SchemaField(string Key, string Description, Func<JsonObject> Type, bool Required = false);

/// <summary>A set of fields read by one of the loaders: the keys it lists beside the metadata written here.</summary>
public sealed record SchemaKeyList(string Name, IReadOnlyList<string> LoaderKeys, IReadOnlyList<SchemaField> Fields);

/// <summary>A JSON Schema file written by <see cref="ContentSchema.Files"/>.</summary>
public sealed record SchemaFile(string FileName, string Json);

/// <summary>
/// The JSON Schemas of indicator files, report files and <c>site.config.yaml</c>, made from the loaders' key lists
/// (<see cref="IndicatorLoader.Keys"/> and the rest) and the type and description of every key, kept here and
/// nowhere else. Editors' tools use the schemas for autocompletion and to underline mistakes as they type;
/// <c>statickpi schema</c> writes them and a test keeps the copies in <c>schemas/</c> up to date.
/// </summary>
public static class ContentSchema
{
    public const string IndicatorFile = "indicator.schema.json";
    public const string ReportFile = "report.schema.json";
    public const string SiteConfigFile = "site-config.schema.json";

    /// <summary>
    /// A period as the loader accepts it (<see cref="Period.TryParse"/>): "2024/25 Q3", "2024-25 Q3", "2024-10" or
    /// "2023/24". Whether the years follow each other is checked by <c>statickpi validate</c>.
    /// </summary>
    public const string PeriodPattern = @"^\s*\d{4}[/-]\d{2}(?:(?:\s+|-)[Qq]\d)?\s*$";

    // Value forms.
    private static JsonObject Text() => new() { ["type"] = "string" };

    /// <summary>A text that can be translated (<see cref="TranslatableField"/>): text, or a map from language code to text.</summary>
    private static JsonObject TranslatableText() => new()
    {
        ["anyOf"] = new JsonArray(
            Text(),
            new JsonObject { ["type"] = "object", ["additionalProperties"] = Text(), ["minProperties"] = 1 }),
    };

    /// <summary>
    /// A chart's categories (<see cref="StaticKpi.Content.TranslatableCategories"/>): a list of labels, or a map from language code
    /// to a list of labels (each as long as the default language's, which a schema cannot say).
    /// </summary>
    private static JsonObject CategoryLists()
    {
        JsonObject Labels() => ListOf(new JsonObject { ["type"] = new JsonArray("string", "number") }, unique: true);
        return new()
        {
            ["anyOf"] = new JsonArray(
                Labels(),
                new JsonObject { ["type"] = "object", ["additionalProperties"] = Labels(), ["minProperties"] = 1 }),
        };
    }

    private static JsonObject Markdown() => new() { ["type"] = "string", ["contentMediaType"] = "text/markdown" };

    /// <summary>Markdown that can be translated: Markdown, or a map from language code to Markdown.</summary>
    private static JsonObject TranslatableMarkdown() => new()
    {
        ["anyOf"] = new JsonArray(
            Markdown(),
            new JsonObject { ["type"] = "object", ["additionalProperties"] = Markdown(), ["minProperties"] = 1 }),
    };

    private static JsonObject Integer(int? minimum = null, int? maximum = null)
    {
        var node = new JsonObject { ["type"] = "integer" };
        if (minimum is not null)
        {
            node["minimum"] = minimum;
        }

        if (maximum is not null)
        {
            node["maximum"] = maximum;
        }

        return node;
    }

    private static JsonObject Number() => new() { ["type"] = "number" };

    private static JsonObject NumberOrEmpty() => new() { ["type"] = new JsonArray("number", "null") };

    private static JsonObject Boolean() => new() { ["type"] = "boolean" };

    private static JsonObject Date() =>
        new() { ["type"] = "string", ["pattern"] = @"^\d{4}-\d{2}-\d{2}$", ["examples"] = new JsonArray("2025-03-03") };

    private static JsonObject PeriodText() =>
        new() { ["type"] = "string", ["pattern"] = PeriodPattern, ["examples"] = new JsonArray("2024/25 Q3", "2024-10", "2023/24") };

    private static JsonObject Slug() => new() { ["type"] = "string", ["pattern"] = "^[a-z0-9]+(?:-[a-z0-9]+)*$" };

    private static JsonObject Url() => new() { ["type"] = "string", ["minLength"] = 1, ["not"] = new JsonObject { ["pattern"] = @"^\s*#?\s*$" } };

    private static JsonObject OneOf<T>()
        where T : struct, Enum => new() { ["type"] = "string", ["enum"] = new JsonArray([.. EnumNames.All<T>().Select(v => JsonValue.Create(v))]) };

    private static JsonObject ListOf(JsonObject item, bool unique = false)
    {
        var node = new JsonObject { ["type"] = "array", ["items"] = item };
        if (unique)
        {
            node["uniqueItems"] = true;
        }

        return node;
    }

    private static JsonObject ObjectOf(IReadOnlyList<string> keys, IReadOnlyList<SchemaField> fields)
    {
        var properties = new JsonObject();
        foreach (var key in keys)
        {
            var field = fields.FirstOrDefault(f => f.Key == key)
                ?? throw new InvalidOperationException($"The key '{key}' has no schema metadata in {nameof(ContentSchema)}.");
            var type = field.Type();
            type["description"] = field.Description;
            properties[key] = type;
        }

        var node = new JsonObject { ["type"] = "object" };
        var required = keys.Where(k => fields.First(f => f.Key == k).Required).ToList();
        if (required.Count > 0)
        {
            node["required"] = new JsonArray([.. required.Select(r => JsonValue.Create(r))]);
        }

        node["properties"] = properties;
        node["additionalProperties"] = false;
        return node;
    }

    private static JsonObject Target() => new()
    {
        ["anyOf"] = new JsonArray(
            Number(),
            new JsonObject { ["type"] = "string", ["pattern"] = @"^\s*[Tt][Bb][Cc]\s*$", ["description"] = "TBC: a target is still being set." },
            ObjectOf(TargetsLoader.RangeKeys, RangeFields)),
    };

    // Indicator files.
    public static readonly IReadOnlyList<SchemaField> RangeFields =
    [
        new("min", "The lowest value inside the target range.", Number, Required: true),
        new("max", "The highest value inside the target range.", Number, Required: true),
    ];

    public static readonly IReadOnlyList<SchemaField> OverrideFields =
    [
        new("rating", "The rating shown instead of the computed one.", OneOf<Rating>, Required: true),
        new("reason", "Why the computed rating is replaced; shown on the page. Required.", TranslatableText, Required: true),
    ];

    public static readonly IReadOnlyList<SchemaField> PointFields =
    [
        new("period", "The reporting period of this value: a quarter (2024/25 Q3), a month (2024-10) or a financial year (2023/24).",
            PeriodText, Required: true),
        new("value",
            "The figure for the period: a plain number without commas, currency symbols or percent signs. Leave empty when there is no figure.",
            NumberOrEmpty),
        new("target", "The target for this period when it differs from the indicator's: a number, a range {min, max} or TBC.", Target),
        new("status", "This period's status when it has no target.", OneOf<IndicatorStatus>),
        new("label", "How the period is labelled on the page, such as 'Year to date' (default: the period's name).", TranslatableText),
        new("note", "A footnote shown with the value, such as why it is provisional or missing.", TranslatableText),
        new("provisional", "true when the figure is not yet validated and may change; it is marked 'provisional' wherever it is shown.", Boolean),
        new("withhold_rating", "true to publish no rating for this value yet (usually until a provisional figure is validated).", Boolean),
        new("rag_override", "Replaces the computed rating for this period; a reason is required and shown on the page.",
            () => ObjectOf(IndicatorLoader.OverrideKeys, OverrideFields)),
    ];

    public static readonly IReadOnlyList<SchemaField> BenchmarkFields =
    [
        new("kind", "Which comparison this is.", OneOf<BenchmarkKind>, Required: true),
        new("value", "The comparison figure.", Number, Required: true),
        new("period", "The period the comparison figure refers to.", PeriodText),
        new("label", "A name shown instead of the kind's, such as 'CIPFA nearest neighbours'.", TranslatableText),
        new("note", "A footnote, such as '5 of 15 authorities submitted data'.", TranslatableText),
        new("cumulative",
            "true when the figure is a running total such as a year-to-date count (default: true for year_to_date and cumulative indicators).",
            Boolean),
    ];

    public static readonly IReadOnlyList<SchemaField> BaselineFields =
    [
        new("value", "The baseline figure, shown where a target would be.", Number, Required: true),
        new("period", "The period the baseline was taken from.", PeriodText),
        new("from", "The first period of the span the baseline was taken from (with 'to').", PeriodText),
        new("to", "The last period of the span the baseline was taken from (with 'from').", PeriodText),
        new("cumulative", "true when the figure is a running total (default: true for year_to_date and cumulative indicators).", Boolean),
        new("note", "A footnote, such as how the baseline was worked out.", TranslatableText),
    ];

    public static readonly IReadOnlyList<SchemaField> TargetFromFields =
    [
        new("from", "The first period this target is in force for; it stays in force until the next entry's period.", PeriodText, Required: true),
        new("target", "The target: a number, a range {min, max} or TBC.", Target, Required: true),
    ];

    public static readonly IReadOnlyList<SchemaField> LinkFields =
    [
        new("title", "The link's text: say where it goes.", TranslatableText, Required: true),
        new("url", "The address, starting https:// (or a page within the site).", Url, Required: true),
    ];

    public static readonly IReadOnlyList<SchemaField> ChartSeriesFields =
    [
        new("name", "The series' name: the legend and the table's column heading. Each name once per chart.", TranslatableText, Required: true),
        new("values", "One number per category, in the same order; null where there is no figure.", () => ListOf(NumberOrEmpty()), Required: true),
        new("axis", "primary (left) or secondary (right; bar_line charts only).", OneOf<ChartAxis>),
        new("kind", "Draw the series as bars or as a line.", OneOf<SeriesKind>),
    ];

    public static readonly IReadOnlyList<SchemaField> ChartBenchmarkFields =
    [
        new("name", "The reference line's name.", TranslatableText, Required: true),
        new("value", "The reference line's value.", Number, Required: true),
    ];

    public static readonly IReadOnlyList<SchemaField> ChartFields =
    [
        new("period", "The report period whose page shows the chart.", PeriodText, Required: true),
        new("type", "bar, bar_line or category_comparison.", OneOf<ChartType>, Required: true),
        new("title", "The headline above the chart, read out by screen readers.", TranslatableText, Required: true),
        new("x_title", "The title of the bottom axis; include the unit.", TranslatableText),
        new("y_title", "The title of the left axis; include the unit, such as '(%)'.", TranslatableText),
        new("y2_title", "The title of the right axis (bar_line charts only).", TranslatableText),
        new("categories", "The labels along the bottom of the chart, each once; a map by language code of lists in a site with languages.",
            CategoryLists, Required: true),
        new("series", "One or more series of values.", () => ListOf(ObjectOf(ChartSpecLoader.SeriesKeys, ChartSeriesFields)), Required: true),
        new("benchmarks", "Horizontal reference lines.", () => ListOf(ObjectOf(ChartSpecLoader.BenchmarkKeys, ChartBenchmarkFields))),
    ];

    public static readonly IReadOnlyList<SchemaField> IndicatorFields =
    [
        new("id", "The indicator's number, unique across the site, such as 182.", () => Integer(minimum: 0), Required: true),
        new("title", "The indicator's name as readers see it; a map by language code in a site with languages.", TranslatableText, Required: true),
        new("slug", "The name used in web addresses (lower-case letters, digits and hyphens); made from the title when left out.", Slug),
        new("committee", "The key of the committee that owns the indicator, from site.config.yaml.", Slug, Required: true),
        new("service", "The service responsible.", TranslatableText),
        new("unit", "What the values measure.", OneOf<Unit>),
        new("precision", "How many decimal places are shown (0 to 6).", () => Integer(0, 6)),
        new("direction", "Whether higher (up) or lower (down) is better, or none.", OneOf<Direction>),
        new("frequency", "How often the figure is measured.", OneOf<Frequency>),
        new("target", "The target: a number, a range {min, max} or TBC. Leave out for an indicator without a target and give a status.", Target),
        new("targets",
            "Targets by period, each in force from its 'from' period until the next; periods before the first have no target. Use instead of " +
            "'target'.",
            () => ListOf(ObjectOf(TargetsLoader.FromKeys, TargetFromFields))),
        new("status", "Why there is no target: baseline, contextual, in_development or suspended.", OneOf<IndicatorStatus>),
        new("baseline", "The figure the indicator is tracked against, shown where a target would be, and when it was taken.",
            () => ObjectOf(IndicatorLoader.BaselineKeys, BaselineFields)),
        new("compare_with", "Compare each value with the previous period or the same period last year.", OneOf<ComparisonBasis>),
        new("projection", "false to draw no trend projection on this indicator's chart (default: true).", Boolean),
        new("description", "How the figure is calculated (Markdown).", TranslatableMarkdown),
        new("data_source", "Where the figures come from.", TranslatableText),
        new("benchmarks", "Comparison figures, such as the statistical neighbours or England mean.",
            () => ListOf(ObjectOf(IndicatorLoader.BenchmarkKeys, BenchmarkFields))),
        new("links", "Useful links shown on the indicator's page.", () => ListOf(ObjectOf(LinksLoader.Keys, LinkFields))),
        new("series", "The values, one entry per period.", () => ListOf(ObjectOf(IndicatorLoader.PointKeys, PointFields))),
        new("charts", "Extra charts for a report period's page.", () => ListOf(ObjectOf(ChartSpecLoader.Keys, ChartFields))),
    ];

    // Report files.
    public static readonly IReadOnlyList<SchemaField> ReportFields =
    [
        new("committee", "The key of the committee this scorecard is for, from site.config.yaml.", Slug, Required: true),
        new("period", "The reporting period of the scorecard, such as 2024/25 Q3.", PeriodText, Required: true),
        new("produced_on", "The date the report was produced (year-month-day).", Date, Required: true),
        new("title", "The report's title (default: the committee's name and the period).", TranslatableText),
        new("indicators", "The ids of the indicators in this scorecard, in display order.",
            () => ListOf(Integer(minimum: 0), unique: true), Required: true),
        new("highlights", "Ids of indicators to feature on the report page; each must also be in 'indicators'.",
            () => ListOf(Integer(minimum: 0), unique: true)),
        new("introduction", "The report's introduction (Markdown).", TranslatableMarkdown),
    ];

    // site.config.yaml.
    public static readonly IReadOnlyList<SchemaField> CommitteeFields =
    [
        new("key", "The committee's short name used in file names and web addresses (lower-case letters, digits and hyphens).", Slug, Required: true),
        new("name", "The committee's full name.", TranslatableText, Required: true),
    ];

    public static readonly IReadOnlyList<SchemaField> PolicyFields =
    [
        new("name", "A name for the policy, shown in the key.", TranslatableText),
        new("effective_from", "The first period the policy applies to.", PeriodText, Required: true),
        new("red_threshold", "Percent off target beyond which a value is Red.", Number, Required: true),
        new("red_includes_threshold", "true: exactly the threshold is Red ('10% or more'); false: only beyond it ('more than 10%').", Boolean),
        new("blue_threshold", "Percent better than target beyond which a value is Blue; leave out for no Blue rating.", Number),
        new("blue_includes_threshold", "true: exactly the threshold is Blue; false: only beyond it.", Boolean),
    ];

    public static readonly IReadOnlyList<SchemaField> AccessibilityFields =
    [
        new("contact_email", "Where to report accessibility problems (default: the site's contact_email).", Text),
        new("contact_phone", "A telephone number for accessibility problems.", Text),
        new("response_days", "How many working days a reply takes.", () => Integer(minimum: 1)),
        new("compliance", "How far the site meets WCAG 2.2 AA.", OneOf<ComplianceStatus>),
        new("known_issues", "Known accessibility problems, one sentence each.", () => ListOf(Text())),
        new("last_tested", "When the site was last tested (year-month-day).", Date),
        new("tested_by", "Who or what tested the site.", Text),
        new("prepared", "When the statement was first prepared (year-month-day).", Date),
        new("last_reviewed", "When the statement was last reviewed (year-month-day).", Date),
    ];

    public static readonly IReadOnlyList<SchemaField> LicenceFields =
    [
        new("name", "The licence's Open Definition identifier, such as OGL-UK-3.0 or CC-BY-4.0.", Text),
        new("title", "The licence's name as readers see it.", TranslatableText, Required: true),
        new("url", "The full http or https address of the licence's text.", Text, Required: true),
    ];

    public static readonly IReadOnlyList<SchemaField> ProjectionFields =
    [
        new("enabled", "false to draw no projections on any chart (default: true).", Boolean),
        new("minimum_values", "The fewest consecutive values a projection is drawn from (3 to 24; default 3).", () => Integer(3, 24)),
    ];

    private static JsonObject Colour() =>
        new() { ["type"] = "string", ["pattern"] = "^#(?:[0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$", ["examples"] = new JsonArray("#1d4f91") };

    private static JsonObject BrandPath(string example) =>
        new() { ["type"] = "string", ["pattern"] = "^assets/", ["examples"] = new JsonArray(example) };

    public static readonly IReadOnlyList<SchemaField> LogoFields =
    [
        new("file", "The logo: an SVG or PNG file in the site's assets/ folder, such as assets/logo.svg.", () => BrandPath("assets/logo.svg"),
            Required: true),
        new("alt", "The logo's alternative text: what it says or shows, usually the council's name.", TranslatableText, Required: true),
    ];

    public static readonly IReadOnlyList<SchemaField> BrandColourFields =
    [
        new("primary", "The header's background, as #rrggbb in quotes; checked for 4.5:1 contrast with the header's text.", Colour),
        new("accent", "The rule under the header, as #rrggbb in quotes; checked for 3:1 contrast with the page's background.", Colour),
    ];

    public static readonly IReadOnlyList<SchemaField> BrandLinkFields =
    [
        new("text", "The link's text: say where it goes.", TranslatableText, Required: true),
        new("url", "An https:// address, or a path in the site such as about/ or /contact/.", Url, Required: true),
    ];

    public static readonly IReadOnlyList<SchemaField> BrandingFields =
    [
        new("logo", "The council's logo, shown in the header beside the site's title.", () => ObjectOf(SiteConfigLoader.LogoKeys, LogoFields)),
        new("favicon", "The icon browsers show in tabs: an SVG, PNG or ICO file in the site's assets/ folder.",
            () => BrandPath("assets/favicon.svg")),
        new("colours", "The header's colours.", () => ObjectOf(SiteConfigLoader.BrandColourKeys, BrandColourFields)),
        new("colours_dark", "The header's colours in the dark scheme (default: those of 'colours').",
            () => ObjectOf(SiteConfigLoader.BrandColourKeys, BrandColourFields)),
        new("header_links", "Links added to the header's navigation.", () => ListOf(ObjectOf(SiteConfigLoader.BrandLinkKeys, BrandLinkFields))),
        new("footer_links", "Links added to the footer.", () => ListOf(ObjectOf(SiteConfigLoader.BrandLinkKeys, BrandLinkFields))),
        new("stylesheet", "A stylesheet of the site's own in its assets/ folder, linked after the theme's.", () => BrandPath("assets/site.css")),
    ];

    public static readonly IReadOnlyList<SchemaField> LanguageFields =
    [
        new("code", "The language's short code (en, cy), used in text maps and commentary file names (2024-25-q3.cy.md).", Text, Required: true),
        new("culture", "The culture the pages are declared in and formatted with, such as en-GB or cy-GB.", Text, Required: true),
        new("name", "The language's own name, shown in the language switch (Cymraeg).", Text),
        new("path", "The folder the language's pages are in (default: the site root for the first language, else its code).", Text),
    ];

    public static readonly IReadOnlyList<SchemaField> SiteConfigFields =
    [
        new("format", "The content format the site is written in (1 for this version); 'statickpi migrate' upgrades an older site.",
            () => Integer(1, ContentFormat.Current)),
        new("title", "The site's title.", TranslatableText, Required: true),
        new("organisation", "The organisation publishing the scorecards.", TranslatableText, Required: true),
        new("base_url", "The address the site is published at, such as https://example.org/performance/.", Text),
        new("language", "The language of the content (default: en-GB).", Text),
        new("financial_year_start_month", "The month the financial year starts (1 to 12; 4 is April).", () => Integer(1, 12)),
        new("currency_symbol", "The symbol shown before currency values (default: £).", Text),
        new("theme", "The theme folder under themes/ (default: default).", Text),
        new("contact_email", "The address readers can write to.", Text),
        new("committees", "The committees whose scorecards are published.",
            () => ListOf(ObjectOf(SiteConfigLoader.CommitteeKeys, CommitteeFields)), Required: true),
        new("rag_policies", "The rating policies; each applies from its effective_from period until the next.",
            () => ListOf(ObjectOf(SiteConfigLoader.PolicyKeys, PolicyFields)), Required: true),
        new("accessibility", "The facts for the accessibility statement.", () => ObjectOf(SiteConfigLoader.AccessibilityKeys, AccessibilityFields)),
        new("licence", "The licence the published data may be reused under (default: Open Government Licence v3.0).",
            () => ObjectOf(SiteConfigLoader.LicenceKeys, LicenceFields)),
        new("projection", "Whether trend charts draw a projection, and from how many consecutive values.",
            () => ObjectOf(SiteConfigLoader.ProjectionKeys, ProjectionFields)),
        new("branding", "The council's own logo, favicon, header colours, links and stylesheet. See docs/theming.md.",
            () => ObjectOf(SiteConfigLoader.BrandingKeys, BrandingFields)),
        new("languages", "The languages the site is published in, the default first; each gets the whole site under its own path.",
            () => ListOf(ObjectOf(SiteConfigLoader.LanguageKeys, LanguageFields))),
    ];


    /// <summary>Every key list a loader reads, beside the metadata for it; a test checks the two match exactly.</summary>
    public static IReadOnlyList<SchemaKeyList> KeyLists { get; } =
    [
        new($"{nameof(IndicatorLoader)}.{nameof(IndicatorLoader.Keys)}", IndicatorLoader.Keys, IndicatorFields),
        new($"{nameof(TargetsLoader)}.{nameof(TargetsLoader.RangeKeys)}", TargetsLoader.RangeKeys, RangeFields),
        new($"{nameof(IndicatorLoader)}.{nameof(IndicatorLoader.BenchmarkKeys)}", IndicatorLoader.BenchmarkKeys, BenchmarkFields),
        new($"{nameof(LinksLoader)}.{nameof(LinksLoader.Keys)}", LinksLoader.Keys, LinkFields),
        new($"{nameof(IndicatorLoader)}.{nameof(IndicatorLoader.BaselineKeys)}", IndicatorLoader.BaselineKeys, BaselineFields),
        new($"{nameof(TargetsLoader)}.{nameof(TargetsLoader.FromKeys)}", TargetsLoader.FromKeys, TargetFromFields),
        new($"{nameof(IndicatorLoader)}.{nameof(IndicatorLoader.PointKeys)}", IndicatorLoader.PointKeys, PointFields),
        new($"{nameof(IndicatorLoader)}.{nameof(IndicatorLoader.OverrideKeys)}", IndicatorLoader.OverrideKeys, OverrideFields),
        new($"{nameof(ChartSpecLoader)}.{nameof(ChartSpecLoader.Keys)}", ChartSpecLoader.Keys, ChartFields),
        new($"{nameof(ChartSpecLoader)}.{nameof(ChartSpecLoader.SeriesKeys)}", ChartSpecLoader.SeriesKeys, ChartSeriesFields),
        new($"{nameof(ChartSpecLoader)}.{nameof(ChartSpecLoader.BenchmarkKeys)}", ChartSpecLoader.BenchmarkKeys, ChartBenchmarkFields),
        new($"{nameof(ReportLoader)}.{nameof(ReportLoader.Keys)}", ReportLoader.Keys, ReportFields),
        new($"{nameof(SiteConfigLoader)}.{nameof(SiteConfigLoader.Keys)}", SiteConfigLoader.Keys, SiteConfigFields),
        new($"{nameof(SiteConfigLoader)}.{nameof(SiteConfigLoader.CommitteeKeys)}", SiteConfigLoader.CommitteeKeys, CommitteeFields),
        new($"{nameof(SiteConfigLoader)}.{nameof(SiteConfigLoader.PolicyKeys)}", SiteConfigLoader.PolicyKeys, PolicyFields),
        new($"{nameof(SiteConfigLoader)}.{nameof(SiteConfigLoader.AccessibilityKeys)}", SiteConfigLoader.AccessibilityKeys, AccessibilityFields),
        new($"{nameof(SiteConfigLoader)}.{nameof(SiteConfigLoader.LicenceKeys)}", SiteConfigLoader.LicenceKeys, LicenceFields),
        new($"{nameof(SiteConfigLoader)}.{nameof(SiteConfigLoader.ProjectionKeys)}", SiteConfigLoader.ProjectionKeys, ProjectionFields),
        new($"{nameof(SiteConfigLoader)}.{nameof(SiteConfigLoader.BrandingKeys)}", SiteConfigLoader.BrandingKeys, BrandingFields),
        new($"{nameof(SiteConfigLoader)}.{nameof(SiteConfigLoader.LogoKeys)}", SiteConfigLoader.LogoKeys, LogoFields),
        new($"{nameof(SiteConfigLoader)}.{nameof(SiteConfigLoader.BrandColourKeys)}", SiteConfigLoader.BrandColourKeys, BrandColourFields),
        new($"{nameof(SiteConfigLoader)}.{nameof(SiteConfigLoader.BrandLinkKeys)}", SiteConfigLoader.BrandLinkKeys, BrandLinkFields),
        new($"{nameof(SiteConfigLoader)}.{nameof(SiteConfigLoader.LanguageKeys)}", SiteConfigLoader.LanguageKeys, LanguageFields),
    ];

    /// <summary>The three schema files, as <c>statickpi schema</c> writes them (UTF-8, LF line ends, final newline).</summary>
    public static IReadOnlyList<SchemaFile> Files() =>
    [
        new(IndicatorFile, Write("StaticKpi indicator",
            "One indicator: content/indicators/<id>-<slug>.yaml. See docs/content.md.", IndicatorLoader.Keys, IndicatorFields)),
        new(ReportFile, Write("StaticKpi report",
            "One scorecard, one committee in one period: content/reports/<committee>/<period>.yaml. See docs/content.md.",
            ReportLoader.Keys, ReportFields)),
        new(SiteConfigFile, Write("StaticKpi site configuration",
            "The site's settings: site.config.yaml. See docs/content.md.", SiteConfigLoader.Keys, SiteConfigFields)),
    ];

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static string Write(string title, string description, IReadOnlyList<string> keys, IReadOnlyList<SchemaField> fields)
    {
        var schema = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["title"] = title,
            ["description"] = description,
        };
        foreach (var (key, value) in ObjectOf(keys, fields).ToList())
        {
            schema[key] = value?.DeepClone();
        }

        return schema.ToJsonString(Indented) + "\n";
    }
}

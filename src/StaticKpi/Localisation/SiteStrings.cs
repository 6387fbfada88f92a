using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using StaticKpi.Model;

namespace StaticKpi.Localisation;

/// <summary>
/// Every word the product writes into pages, in one language: the theme's <c>i18n/&lt;lang&gt;.yaml</c> with the site
/// theme's own file of the same name laid over it key by key, checked against the English file (every key present,
/// no placeholder English does not have). Loaded once per language per build; immutable, so shared by every thread.
/// </summary>
public sealed class SiteStrings
{
    /// <summary>The language whose file defines which keys and placeholders exist.</summary>
    public const string ReferenceLanguage = "en";

    private readonly FrozenDictionary<string, StringEntry> _entries;
    private readonly ConcurrentDictionary<Period, string> _periodNames = new();

    private SiteStrings(string language, FrozenDictionary<string, StringEntry> entries)
    {
        Language = language;
        PrimaryLanguage = PrimarySubtag(language);
        Culture = CultureOf(language);
        _entries = entries;
    }

    /// <summary>The language tag as configured (<c>en-GB</c>, <c>cy-GB</c>).</summary>
    public string Language { get; }

    /// <summary>The primary subtag that chose the file and the plural rules (<c>en</c>, <c>cy</c>).</summary>
    public string PrimaryLanguage { get; }

    /// <summary>How numbers and dates are written in the language (ICU's culture data); never the machine's culture.</summary>
    public CultureInfo Culture { get; }

    /// <summary>Every key, for checks and tests.</summary>
    public IEnumerable<string> Keys => _entries.Keys;

    /// <summary>The culture whose data formats the language's numbers and dates; an unknown tag is a clear error.</summary>
    private static CultureInfo CultureOf(string language)
    {
        try
        {
            return CultureInfo.GetCultureInfo(language, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            throw new StringsProblem($"'{language}' in site.config.yaml (language) is not a language this machine has number and date formats for.",
                "Write a language tag such as en-GB or cy-GB; on Linux, install the ICU library (libicu).");
        }
    }

    /// <summary>The primary subtag of a language tag, lower case: <c>cy-GB</c> gives <c>cy</c>.</summary>
    public static string PrimarySubtag(string language)
    {
        var dash = language.IndexOf('-', StringComparison.Ordinal);
        return (dash < 0 ? language : language[..dash]).ToLowerInvariant();
    }

    /// <summary>The default theme's strings alone, for a page factory or renderer used without a site theme.</summary>
    public static SiteStrings Default(string language = "en-GB") => Load(BuiltInStrings.Instance, language);

    /// <summary>Loads a language's strings from a theme; a problem is a <see cref="StringsProblem"/> naming file:line:col.</summary>
    public static SiteStrings Load(IThemeStrings theme, string language)
    {
        var reference = ReadLayers(theme, ReferenceLanguage, out _);
        var primary = PrimarySubtag(language);
        var entries = primary == ReferenceLanguage ? reference : ReadLayers(theme, primary, out var file);
        if (primary != ReferenceLanguage)
        {
            StringsCheck.AgainstReference(entries, reference, $"i18n/{primary}.yaml");
        }

        return new SiteStrings(language, entries.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The default theme's file for the language, with the site theme's keys laid over it.</summary>
    private static Dictionary<string, StringEntry> ReadLayers(IThemeStrings theme, string primary, out string file)
    {
        file = $"i18n/{primary}.yaml";
        var (site, builtIn) = theme.ReadBothTexts(file);
        if (site is null && builtIn is null)
        {
            throw new StringsProblem($"The theme has no strings for the language '{primary}' (no {file}).",
                $"Set language in site.config.yaml to one the theme has (en-GB, cy-GB), or add {file} to the site's theme.");
        }

        var entries = builtIn is null
            ? new Dictionary<string, StringEntry>(StringComparer.Ordinal)
            : new Dictionary<string, StringEntry>(StringsFile.Read(builtIn, $"default theme: {file}"), StringComparer.Ordinal);
        if (site is not null)
        {
            var overrides = StringsFile.Read(site, theme.Describe(file));
            if (builtIn is not null)
            {
                StringsCheck.OverridesKnownKeys(overrides, entries);
            }

            foreach (var (key, entry) in overrides)
            {
                entries[key] = entry;
            }
        }

        return entries;
    }

    /// <summary>The entry for a key; a key the files do not have is a <see cref="StringsProblem"/>.</summary>
    public StringEntry Entry(string key) =>
        _entries.TryGetValue(key, out var entry)
            ? entry
            : throw new StringsProblem($"There is no string '{key}' in i18n/{PrimaryLanguage}.yaml.",
                $"Add '{key}' to the theme's i18n files, or fix the key.");

    /// <summary>Whether the files have a key.</summary>
    public bool Has(string key) => _entries.ContainsKey(key);

    /// <summary>A string with no placeholders.</summary>
    public string Text(string key) => Entry(key).Text.Text;

    /// <summary>A string with its placeholders filled in.</summary>
    public string Format(string key, params ReadOnlySpan<(string Name, string Value)> values) =>
        Fill(Entry(key).Text, key, values);

    /// <summary>
    /// A sentence with a count, in the plural form the language uses for it; <c>{count}</c> is the count, written in
    /// the language's culture.
    /// </summary>
    public string Plural(string key, long count, params ReadOnlySpan<(string Name, string Value)> values)
    {
        var template = Entry(key).For(PrimaryLanguage, count);
        Span<(string, string)> all = new (string, string)[values.Length + 1];
        all[0] = ("count", count.ToString(Culture));
        values.CopyTo(all[1..]);
        return Fill(template, key, all);
    }

    /// <summary>
    /// A figure with a unit whose word depends on the number ("1 day", "2.5 days"): <c>{number}</c> is the figure as
    /// already written; a whole number picks the plural form, any other the <c>other</c> form.
    /// </summary>
    public string Plural(string key, decimal number, string numberText)
    {
        var entry = Entry(key);
        var whole = number == decimal.Truncate(number) && Math.Abs(number) < long.MaxValue;
        var template = whole ? entry.For(PrimaryLanguage, (long)number) : entry.Text;
        return Fill(template, key, [("number", numberText)]);
    }

    /// <summary>How readers see a period: "2024/25 Q3", "October 2024", "2023/24" in English; made once per period.</summary>
    public string PeriodName(Period period) => _periodNames.GetOrAdd(period, p => p.Kind switch
    {
        PeriodKind.Quarter => Format("period.quarter", ("year", p.FinancialYearText('/')), ("quarter", Number(p.Number))),
        PeriodKind.Month => Format("period.month", ("month", Culture.DateTimeFormat.GetMonthName(p.Number)), ("year", Number(p.Year))),
        _ => Format("period.year", ("year", p.FinancialYearText('/'))),
    });

    /// <summary>A whole number written in the language's culture.</summary>
    public string Number(long value) => value.ToString(Culture);

    private static string Fill(TextTemplate template, string key, ReadOnlySpan<(string Name, string Value)> values)
    {
        if (template.IsPlain)
        {
            return template.Text;
        }

        var builder = new StringBuilder(template.Text.Length + 32);
        var literals = template.Literals;
        for (var i = 0; i < template.Placeholders.Count; i++)
        {
            builder.Append(literals[i]).Append(ValueOf(values, template.Placeholders[i], key));
        }

        return builder.Append(literals[^1]).ToString();
    }

    private static string ValueOf(ReadOnlySpan<(string Name, string Value)> values, string name, string key)
    {
        foreach (var (n, v) in values)
        {
            if (n == name)
            {
                return v;
            }
        }

        throw new StringsProblem($"The string '{key}' has a placeholder {{{name}}} that is given no value.",
            $"Give {name} a value where '{key}' is used, or remove {{{name}}} from the string.");
    }
}

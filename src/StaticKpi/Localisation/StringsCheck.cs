
namespace StaticKpi.Localisation;

/// <summary>
/// The checks that keep a language's strings in step with the English ones, so a translation cannot silently lose a
/// sentence or print a placeholder no page fills in.
/// </summary>
internal static class StringsCheck
{
    /// <summary>A language's strings have every English key, and no placeholder the English string does not have.</summary>
    public static void AgainstReference(IReadOnlyDictionary<string, StringEntry> entries,
        IReadOnlyDictionary<string, StringEntry> reference, string file)
    {
        foreach (var (key, english) in reference)
        {
            if (!entries.TryGetValue(key, out var entry))
            {
                throw new StringsProblem($"{file} has no string '{key}' (the English is at {english.Location}).",
                    $"Add '{key}' to {file}, translated from the English.");
            }

            var known = english.PlaceholderNames;
            foreach (var name in entry.PlaceholderNames.Where(n => !known.Contains(n)).Order(StringComparer.Ordinal))
            {
                throw new StringsProblem($"{entry.Location}: '{key}' has the placeholder {{{name}}}, which the English string does not have.",
                    $"Use only the placeholders of the English string: {Listed(known)}.");
            }
        }
    }

    /// <summary>A site's own strings file only overrides keys the theme has: a misspelt key would otherwise do nothing.</summary>
    public static void OverridesKnownKeys(IReadOnlyDictionary<string, StringEntry> overrides, IReadOnlyDictionary<string, StringEntry> theme)
    {
        foreach (var (key, entry) in overrides.Where(o => !theme.ContainsKey(o.Key)))
        {
            throw new StringsProblem($"{entry.Location}: the theme has no string '{key}' to override.",
                "Use a key from the theme's i18n file (check its spelling), or remove this one.");
        }
    }

    private static string Listed(IReadOnlySet<string> names) =>
        names.Count == 0 ? "none" : string.Join(", ", names.Order(StringComparer.Ordinal).Select(n => $"{{{n}}}"));
}

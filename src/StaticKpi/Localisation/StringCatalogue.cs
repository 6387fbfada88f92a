using System.Collections.Concurrent;

namespace StaticKpi.Localisation;

/// <summary>
/// The strings of every language a build renders in, each loaded from the theme the first time a page asks for it and
/// shared from then on. Pages name their language (<see cref="Pages.PageModel.Language"/>); this turns it into words.
/// </summary>
public sealed class StringCatalogue(IThemeStrings theme)
{
    private readonly ConcurrentDictionary<string, Lazy<SiteStrings>> _languages = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The default theme's strings alone.</summary>
    public static StringCatalogue Default() => new(BuiltInStrings.Instance);

    /// <summary>The strings of a language tag (<c>en-GB</c>, <c>cy-GB</c>).</summary>
    public SiteStrings For(string language) =>
        _languages.GetOrAdd(language, l => new Lazy<SiteStrings>(() => SiteStrings.Load(theme, l))).Value;
}

using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Scriban;
using StaticKpi.Formatting;
using StaticKpi.Localisation;

namespace StaticKpi.Render;

/// <summary>
/// What <see cref="PageRenderer"/> remembers while one build runs: what each pure partial wrote for each shared view,
/// and each rendering thread's template context and buffers. Made per build (and per incremental update of the
/// preview) by the build, which disposes of it with the build, so a long <c>serve</c> session keeps only the latest
/// update's entries and threads.
/// </summary>
public sealed class RenderCaches : IDisposable
{
    /// <summary>
    /// What each pure partial wrote for each shared view, by identity: the views live for the build anyway (the page
    /// builders keep them), so only the text is added.
    /// </summary>
    internal ConcurrentDictionary<(ISharedView View, Template Partial, SiteStrings Strings), string> PartialTexts { get; } =
        new(SharedViewComparer.Instance);

    /// <summary>Each rendering thread's state (see <see cref="RenderState"/>), let go of for every thread on <see cref="Dispose"/>.</summary>
    internal ThreadLocal<RenderState?> States { get; } = new();

    /// <summary>How many partial texts the caches hold (the threads' states are one per thread, whatever the site).</summary>
    public int Count => PartialTexts.Count;

    public void Dispose() => States.Dispose();

    /// <summary>
    /// Views, partials and languages by identity: two equal-looking views may belong to different indicators, and a
    /// partial that uses <c>t</c> says the same view in other words in another language.
    /// </summary>
    private sealed class SharedViewComparer : IEqualityComparer<(ISharedView View, Template Partial, SiteStrings Strings)>
    {
        public static readonly SharedViewComparer Instance = new();

        public bool Equals((ISharedView View, Template Partial, SiteStrings Strings) x,
            (ISharedView View, Template Partial, SiteStrings Strings) y) =>
            ReferenceEquals(x.View, y.View) && ReferenceEquals(x.Partial, y.Partial) && ReferenceEquals(x.Strings, y.Strings);

        public int GetHashCode((ISharedView View, Template Partial, SiteStrings Strings) key) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(key.View), RuntimeHelpers.GetHashCode(key.Partial), RuntimeHelpers.GetHashCode(key.Strings));
    }
}

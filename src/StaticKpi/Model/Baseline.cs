namespace StaticKpi.Model;

/// <summary>
/// The figure an indicator without a target is tracked against ("Baseline 872"), and the period or span of periods
/// it was taken from. Reports print it where a target would be.
/// </summary>
/// <param name="From">The first (or only) period the baseline was taken from; null when the source does not say.</param>
/// <param name="To">The last period of a span; the same as <paramref name="From"/> for a single period.</param>
/// <param name="Cumulative">True when the figure is a running total (year to date or since the start), false for a single period's figure.</param>
public sealed record Baseline(decimal Value, Period? From, Period? To, bool Cumulative, string? Note)
{
    /// <summary>The note in the site's other languages.</summary>
    public Translations Translations { get; init; } = Translations.None;

    /// <summary>The language of the note when it is not the page's (a fallback to the default language's); else null.</summary>
    public string? NoteLanguage { get; init; }
}

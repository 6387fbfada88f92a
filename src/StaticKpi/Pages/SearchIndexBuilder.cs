using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using StaticKpi.Formatting;
using StaticKpi.Localisation;
using StaticKpi.Model;
using StaticKpi.Scoring;
using StaticKpi.Shared;

namespace StaticKpi.Pages;

/// <summary>
/// Builds the search page and its index from the scored reports: for each report's indicator page its title,
/// committee, period, rating and the plain text of the commentary, actions and description. The index is written by
/// the generator itself, so the search works on any static host with nothing to install.
/// </summary>
internal static class SearchIndexBuilder
{
    /// <summary>Enough text to find an indicator by what its commentary is about, without a huge index.</summary>
    private const int MaxTextLength = 600;

    internal static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // The default encoder escapes <, >, & and quotes, so the index is safe wherever it is read.
        Encoder = JavaScriptEncoder.Default,
    };

    /// <summary>
    /// Each entry of the index with its JSON, kept while the scores are and made again when the commentary it was made
    /// from is replaced: after an edit in the preview only that commentary's entries are made again, not thousands.
    /// Not in the build's caches on purpose: its owner is the scores (held weakly, one entry per scored indicator), which
    /// the preview keeps from one update to the next.
    /// </summary>
    private static readonly ConditionalWeakTable<ScoredIndicator, Entry> Entries = [];

    private sealed record Entry(ScoredReport Report, Commentary? Commentary, string SearchPath, SiteStrings Strings, SearchEntryView View,
        byte[] Json);

    /// <param name="reports">The scored reports in page order (oldest first within a committee).</param>
    /// <param name="strings">The words of the page's language: its title, and each entry's period and rating.</param>
    public static SearchPage Build(Site site, SiteStrings strings, IReadOnlyList<ScoredReport> reports, string path,
        IReadOnlyList<LinkView> breadcrumbs)
    {
        var shown = reports.SelectMany(r => r.Indicators.Select(i => (Report: r, Scored: i))).ToArray();
        var entries = new Entry[shown.Length];
        Parallel.For(0, shown.Length, i => entries[i] = EntryOf(site, strings, shown[i].Report, shown[i].Scored, path));

        // Within an indicator, the later in page order is the newer.
        var latest = entries.GroupBy(e => e.View.Id).Select(g => g.Last().View).OrderBy(e => e.Id).ToList();
        var ordered = Enumerable.Range(0, entries.Length).OrderBy(i => entries[i].View.Id).ThenByDescending(i => i).Select(i => entries[i].Json);

        return new SearchPage(path, strings.Text("search.title"), SitePaths.RootFrom(path), breadcrumbs, latest,
            SitePaths.Link(path, SitePaths.SearchIndex),
            new PageFile(SitePaths.SearchIndex, JsonArray(ordered, entries.Sum(e => e.Json.Length) + Math.Max(entries.Length - 1, 0) + 2)));
    }

    private static Entry EntryOf(Site site, SiteStrings strings, ScoredReport report, ScoredIndicator scored, string path)
    {
        var commentary = site.CommentaryFor(scored.Indicator.Id, report.Report.Period);
        if (Entries.TryGetValue(scored, out var kept) && ReferenceEquals(kept.Report, report) &&
            ReferenceEquals(kept.Commentary, commentary) && kept.SearchPath == path &&
            ReferenceEquals(kept.Strings, strings))
        {
            return kept;
        }

        var view = new SearchEntryView(
            scored.Indicator.Id,
            scored.Indicator.Title,
            SitePaths.Link(path, SitePaths.Indicator(report.Report, scored.Indicator)),
            report.Committee.Name,
            strings.PeriodName(report.Report.Period),
            Labels.Rating(strings, scored.Rating),
            PlainText(commentary, scored.Indicator))
        {
            TitleLanguage = scored.Indicator.TitleLanguage,
            CommitteeLanguage = report.Committee.Language,
        };
        var entry = new Entry(report, commentary, path, strings, view, JsonSerializer.SerializeToUtf8Bytes(view, Json));
        Entries.AddOrUpdate(scored, entry);
        return entry;
    }

    /// <summary>The entries' JSON as one array, byte for byte what serialising the list of entries at once writes.</summary>
    /// <param name="length">The array's length in bytes: the elements', the commas between them and the brackets.</param>
    private static byte[] JsonArray(IEnumerable<byte[]> elements, int length)
    {
        var bytes = new byte[length];
        var at = 0;
        bytes[at++] = (byte)'[';
        foreach (var element in elements)
        {
            if (at > 1)
            {
                bytes[at++] = (byte)',';
            }

            element.CopyTo(bytes, at);
            at += element.Length;
        }

        bytes[at] = (byte)']';
        return bytes;
    }

    /// <summary>The commentary's words then the description's, cut to <see cref="MaxTextLength"/>.</summary>
    private static string PlainText(Commentary? commentary, Indicator indicator)
    {
        var commentaryText = commentary?.SearchText ?? "";
        var descriptionText = indicator.DescriptionWords;
        var text = commentaryText.Length == 0 || descriptionText.Length == 0
            ? commentaryText + descriptionText
            : commentaryText + " " + descriptionText;
        return text.Length <= MaxTextLength ? text : text[..MaxTextLength].TrimEnd() + "…";
    }
}

using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using AngleSharp.Html.Parser;
using StaticKpi.Formatting;
using StaticKpi.Model;
using StaticKpi.Scoring;

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

    private static readonly HtmlParser Parser = new();

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // The default encoder escapes <, >, & and quotes, so the index is safe wherever it is read.
        Encoder = JavaScriptEncoder.Default,
    };

    /// <summary>
    /// The plain text of each commentary and description, kept while the content is: the preview rebuilds the index
    /// after every edit, and only the edited commentary's text needs working out again.
    /// </summary>
    private static readonly ConditionalWeakTable<Commentary, string> CommentaryTexts = [];
    private static readonly ConditionalWeakTable<Indicator, string> DescriptionTexts = [];

    /// <param name="reports">The scored reports in page order (oldest first within a committee).</param>
    public static SearchPage Build(Site site, IReadOnlyList<ScoredReport> reports, string path, IReadOnlyList<LinkView> breadcrumbs)
    {
        var shown = reports.SelectMany(r => r.Indicators.Select(i => (Report: r, Scored: i))).ToArray();
        var texts = new string[shown.Length];
        Parallel.For(0, shown.Length, i => texts[i] = PlainText(site, shown[i].Report, shown[i].Scored.Indicator));

        // Within an indicator, the later in page order is the newer.
        var entries = shown
            .Select((x, order) => (Order: order, Entry: new SearchEntryView(
                x.Scored.Indicator.Id,
                x.Scored.Indicator.Title,
                SitePaths.Link(path, SitePaths.Indicator(x.Report.Report, x.Scored.Indicator)),
                x.Report.Committee.Name,
                x.Report.Report.Period.DisplayName,
                Labels.Rating(x.Scored.Rating),
                texts[order])))
            .ToList();
        var latest = entries.GroupBy(e => e.Entry.Id).Select(g => g.Last().Entry).OrderBy(e => e.Id).ToList();
        var ordered = entries.OrderBy(e => e.Entry.Id).ThenByDescending(e => e.Order).Select(e => e.Entry).ToList();

        var index = JsonSerializer.SerializeToUtf8Bytes(ordered, Json);
        return new SearchPage(path, "Search the scorecards", SitePaths.RootFrom(path), breadcrumbs, latest,
            SitePaths.Link(path, SitePaths.SearchIndex), new PageFile(SitePaths.SearchIndex, index));
    }

    private static string PlainText(Site site, ScoredReport report, Indicator indicator)
    {
        var commentary = site.CommentaryFor(indicator.Id, report.Report.Period);
        var commentaryText = commentary is null
            ? ""
            : CommentaryTexts.GetValue(commentary, c => WordsOf(string.Concat(c.CommentaryHtml, " ", c.ActionsHtml, " ", c.PathToGreenHtml)));
        var descriptionText = DescriptionTexts.GetValue(indicator, i => WordsOf(i.DescriptionHtml ?? ""));
        var text = commentaryText.Length == 0 || descriptionText.Length == 0 ? commentaryText + descriptionText : commentaryText + " " + descriptionText;
        return text.Length <= MaxTextLength ? text : text[..MaxTextLength].TrimEnd() + "…";
    }

    /// <summary>The words of an HTML fragment, separated by single spaces.</summary>
    private static string WordsOf(string html) =>
        html.Length == 0
            ? ""
            : string.Join(' ', Parser.ParseFragment(html, Parser.ParseDocument("").Body!)
                .Select(n => n.TextContent)
                .SelectMany(t => t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
}

using System.Text.Encodings.Web;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace StaticKpi.Pages;

/// <summary>
/// Builds the search page and its index from the indicator pages: title, committee, period, rating and
/// the plain text of the commentary, actions and description. The index is written by the generator
/// itself, so the search works on any static host with nothing to install.
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

    public static SearchPage Build(IReadOnlyList<IndicatorPage> pages, string path, IReadOnlyList<LinkView> breadcrumbs)
    {
        // Pages arrive in report order (oldest first), so within an indicator the last is the newest.
        var entries = pages
            .Select((page, order) => (Order: order, Entry: new SearchEntryView(
                page.Id,
                page.IndicatorTitle,
                SitePaths.Link(path, page.OutputPath),
                page.Committee,
                page.ReportPeriod,
                page.Rating.Name,
                PlainText(page))))
            .ToList();
        var latest = entries.GroupBy(e => e.Entry.Id).Select(g => g.Last().Entry).OrderBy(e => e.Id).ToList();
        var ordered = entries.OrderBy(e => e.Entry.Id).ThenByDescending(e => e.Order).Select(e => e.Entry).ToList();

        var index = JsonSerializer.SerializeToUtf8Bytes(ordered, Json);
        return new SearchPage(path, "Search the scorecards", SitePaths.RootFrom(path), breadcrumbs, latest,
            SitePaths.Link(path, SitePaths.SearchIndex), new PageFile(SitePaths.SearchIndex, index));
    }

    private static string PlainText(IndicatorPage page)
    {
        var html = string.Concat(page.Commentary?.Value, " ", page.Actions?.Value, " ", page.PathToGreen?.Value, " ", page.Description?.Value);
        var text = string.Join(' ', Parser.ParseFragment(html, Parser.ParseDocument("").Body!)
            .Select(n => n.TextContent)
            .SelectMany(t => t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        return text.Length <= MaxTextLength ? text : text[..MaxTextLength].TrimEnd() + "…";
    }
}

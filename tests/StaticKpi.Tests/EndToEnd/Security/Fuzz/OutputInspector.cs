using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CsvHelper;

namespace StaticKpi.Tests.EndToEnd.Security.Fuzz;

/// <summary>
/// Looks for live injected content in a built site: markup carrying a case's marker (script, event handlers,
/// <c>javascript:</c> addresses, links plotly would draw), JSON and XML that do not parse, spreadsheet formulas in
/// CSV cells, robots.txt lines that are not rules, and the canary of a file outside the site.
/// </summary>
internal static partial class OutputInspector
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Attributes whose value a browser follows or loads as an address.</summary>
    private static readonly HashSet<string> AddressAttributes =
        ["href", "src", "action", "formaction", "xlink:href", "poster", "data", "background", "ping", "cite", "srcset"];

    /// <summary>Elements content must never create (attributes naming content are checked on these).</summary>
    private static readonly HashSet<string> ActiveElements =
        ["img", "svg", "iframe", "object", "embed", "base", "form", "style", "video", "audio", "source", "math"];

    /// <summary>Every problem in the output folder, as "category: detail" lines.</summary>
    public static List<string> Inspect(string output, string marker)
    {
        var problems = new List<string>();
        foreach (var file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(output, file).Replace('\\', '/');
            var bytes = File.ReadAllBytes(file);
            if (bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(FuzzSite.Canary)) >= 0)
            {
                problems.Add($"secret published: {relative} holds the canary of a file outside the site");
            }

            var text = Encoding.UTF8.GetString(bytes);
            switch (Path.GetExtension(file).ToLowerInvariant())
            {
                case ".html":
                    problems.AddRange(Html(text, marker).Select(p => $"{p} in {relative}"));
                    break;
                case ".json":
                    problems.AddRange(Json(text, isFigure: false).Select(p => $"{p} in {relative}"));
                    break;
                case ".csv":
                    problems.AddRange(Csv(text).Select(p => $"{p} in {relative}"));
                    break;
                case ".xml":
                    problems.AddRange(Xml(text).Select(p => $"{p} in {relative}"));
                    break;
                case ".txt" when relative == "robots.txt":
                    problems.AddRange(Robots(text).Select(p => $"{p} in {relative}"));
                    break;
            }
        }

        return problems;
    }

    /// <summary>Live markup a page's content created, found in the parsed document (not by searching text).</summary>
    public static IEnumerable<string> Html(string html, string marker)
    {
        var document = Parser.ParseDocument(html);
        foreach (var element in document.All)
        {
            var tag = element.LocalName;
            if (tag == "script")
            {
                var type = element.GetAttribute("type") ?? "";
                if (type is "application/json" or "application/ld+json")
                {
                    foreach (var problem in Json(element.TextContent, isFigure: element.Id?.EndsWith("-figure", StringComparison.Ordinal) == true))
                    {
                        yield return $"{problem} (script #{element.Id})";
                    }
                }
                else if (Carries(element.TextContent, marker) || Carries(element.GetAttribute("src"), marker))
                {
                    yield return $"live markup: a script element runs content: {Snippet(element.OuterHtml)}";
                }
            }

            if (tag == "style" && Carries(element.TextContent, marker))
            {
                yield return $"live markup: a style element holds content: {Snippet(element.OuterHtml)}";
            }

            if (tag == "meta" && element.HasAttribute("http-equiv") && Carries(element.GetAttribute("content"), marker))
            {
                yield return $"live markup: a meta http-equiv from content: {Snippet(element.OuterHtml)}";
            }

            if (tag == "a" && Carries(element.GetAttribute("href"), "evil.example") && element.TextContent.Trim() == marker)
            {
                yield return $"live markup: a link made from content markup: {Snippet(element.OuterHtml)}";
            }

            foreach (var attribute in element.Attributes)
            {
                var name = attribute.Name.ToLowerInvariant();
                if (Carries(name, marker))
                {
                    yield return $"live markup: an attribute named from content: {Snippet(element.OuterHtml)}";
                }
                else if (name.StartsWith("on", StringComparison.Ordinal) && Carries(attribute.Value, marker))
                {
                    yield return $"live markup: an event handler from content: <{tag} {name}=\"{Snippet(attribute.Value)}\">";
                }
                else if (AddressAttributes.Contains(name) && IsScriptAddress(attribute.Value))
                {
                    yield return $"live markup: a script address: <{tag} " +
                        $"{name}=\"{Snippet(attribute.Value)}\"{(tag == "link" ? $" rel=\"{element.GetAttribute("rel")}\"" : "")}>";
                }
                else if (ActiveElements.Contains(tag) && name is not ("alt" or "title") && !name.StartsWith("aria-", StringComparison.Ordinal)
                    && Carries(attribute.Value, marker))
                {
                    yield return $"live markup: a {tag} element from content: {Snippet(element.OuterHtml)}";
                }
            }
        }
    }

    /// <summary>
    /// JSON that must parse; in a chart figure, no string may hold plotly's pseudo-HTML from content (plotly draws
    /// <c>&lt;a href&gt;</c> as a live link and <c>&lt;span style&gt;</c> as styled text; finding 10 of issue 12).
    /// </summary>
    public static IEnumerable<string> Json(string text, bool isFigure)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException ex)
        {
            return [$"broken JSON: {ex.Message}"];
        }

        using (document)
        {
            return isFigure ? [.. Strings(document.RootElement).Where(s => PlotlyMarkup().IsMatch(s))
                .Select(s => $"plotly markup: chart text {Snippet(s)}")] : [];
        }
    }

    /// <summary>
    /// Every string plotly may draw. <c>layout.meta</c> is left out: it is data for scripts, which plotly draws only
    /// where a text asks for it with <c>%{meta…}</c>, and content can write no <c>%{</c> (it is escaped).
    /// </summary>
    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().Where(p => p.Name != "meta").SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    /// <summary>Cells a spreadsheet would run: starting = + - @ tab or CR, unless the whole cell is a negative number.</summary>
    public static IEnumerable<string> Csv(string text)
    {
        var options = CsvReaderOptions.Default with { Separator = ',', FormatProvider = CultureInfo.InvariantCulture, HasHeader = false };
        using var reader = CsvReader.Create(new StringReader(text.TrimStart('\uFEFF')), options);
        var problems = new List<string>();
        var row = 0;
        while (reader.Read())
        {
            row++;
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var cell = reader.GetString(i);
                if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !NegativeNumber().IsMatch(cell))
                {
                    problems.Add($"unguarded CSV formula: row {row} cell {i + 1} {Snippet(cell)}");
                }
            }
        }

        return problems;
    }

    /// <summary>XML that must be well-formed, with no script address in a link.</summary>
    public static IEnumerable<string> Xml(string text)
    {
        var problems = new List<string>();
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.GetAttribute("href") is { } href && IsScriptAddress(href))
                {
                    problems.Add($"live markup: a script address in XML: {Snippet(href)}");
                }
            }
        }
        catch (XmlException ex)
        {
            problems.Add($"broken XML: {ex.Message}");
        }

        return problems;
    }

    /// <summary>robots.txt may hold only its rules: a value with a newline must not add one.</summary>
    public static IEnumerable<string> Robots(string text) =>
        text.Split('\n').Where(l => l.Length > 0 && !RobotsLine().IsMatch(l)).Select(l => $"injected robots.txt line {Snippet(l)}");

    private static bool Carries(string? text, string marker) => text?.Contains(marker, StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>An address a browser would run as script, however it is disguised (case, white space, controls).</summary>
    public static bool IsScriptAddress(string value)
    {
        var compact = new string([.. value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]).ToLowerInvariant();
        return compact.StartsWith("javascript:", StringComparison.Ordinal) || compact.StartsWith("vbscript:", StringComparison.Ordinal)
            || compact.StartsWith("data:text/html", StringComparison.Ordinal);
    }

    private static string Snippet(string text) => Payload.Show(text.Length > 200 ? text[..200] : text);

    [GeneratedRegex(@"<\s*(a|span)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlotlyMarkup();

    [GeneratedRegex(@"^-\s?[£$€]?\d[\d,]*(\.\d+)?\s*[%A-Za-z ]*$")]
    private static partial Regex NegativeNumber();

    [GeneratedRegex(@"^(#.*|(User-agent|Allow|Disallow|Sitemap|Crawl-delay): ?\S*)$", RegexOptions.IgnoreCase)]
    private static partial Regex RobotsLine();
}

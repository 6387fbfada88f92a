using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using StaticKpi.Charts;
using StaticKpi.Content;
using StaticKpi.Diagnostics;
using StaticKpi.Model;

namespace StaticKpi.Tests.EndToEnd.RealReports.Charts;

/// <summary>One chart figure found on a built page.</summary>
public sealed record WalkedChart(string Page, string Id, JsonElement Figure);

/// <summary>
/// Walks every chart of a built site (the plotly.js JSON in each page's <c>script[type=application/json]</c>) and
/// checks the honest-projection rules against the site's own content, read again from its source folder:
/// <list type="bullet">
/// <item>no projected percentage above 100 or below 0, no stars outside 0 to 5, nothing below 0 for an indicator whose
/// series has no negative value;</item>
/// <item>every projection starts at the latest actual value with no marker there, and follows at least
/// <c>minimumValues</c> values of consecutive periods in the chart's own actual line;</item>
/// <item>in a year-to-date chart, no line (actual, gap connector or projection) joins two financial years;</item>
/// <item>every period without a figure is explained by a "No data for …" connector or annotation.</item>
/// </list>
/// Reusable for any site: give it the source folder and the folder it was built into.
/// </summary>
public static partial class ChartWalker
{
    private static readonly HtmlParser Parser = new();

    public static IReadOnlyList<WalkedChart> Charts(string outputFolder) =>
        [.. Directory.EnumerateFiles(outputFolder, "*.html", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .SelectMany(file =>
            {
                var page = Path.GetRelativePath(outputFolder, file).Replace('\\', '/');
                var document = Parser.ParseDocument(File.ReadAllText(file));
                return document.QuerySelectorAll("script[type='application/json'][id$='-figure']")
                    .Select(script => new WalkedChart(page, script.Id![..^"-figure".Length],
                        JsonDocument.Parse(script.TextContent).RootElement.Clone()));
            })];

    /// <summary>Every breach of the rules above, as "page chart-id: what is wrong"; empty when there is none.</summary>
    public static IReadOnlyList<string> Problems(string sourceFolder, string outputFolder, out int trendCharts, out int projections,
        int minimumValues = 3)
    {
        var diagnostics = new DiagnosticBag();
        var site = ContentLoader.Load(sourceFolder, diagnostics)
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics.ToSortedList()));
        var indicators = site.Indicators.ToDictionary(i => i.Id);
        var problems = new List<string>();
        trendCharts = 0;
        projections = 0;
        foreach (var chart in Charts(outputFolder))
        {
            if (TrendId().Match(chart.Id) is not { Success: true } match)
            {
                continue;
            }

            trendCharts++;
            var indicator = indicators[int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)];
            var where = $"{chart.Page} {chart.Id}";
            var periods = PeriodsByName(indicator);
            var traces = chart.Figure.GetProperty("data").EnumerateArray().ToList();
            var actuals = traces.Where(t => IsActual(Name(t))).ToList();

            foreach (var projection in traces.Where(t => Name(t) == ChartBuilder.ProjectionName))
            {
                projections++;
                CheckProjection(indicator, projection, actuals, periods, minimumValues, where, problems);
            }

            if (indicator.IsYearToDate)
            {
                foreach (var line in traces.Where(t => IsActual(Name(t)) || Name(t).StartsWith("No data for ", StringComparison.Ordinal)
                    || Name(t) == ChartBuilder.ProjectionName))
                {
                    var points = Points(line).Where(p => p.Y is not null).Select(p => periods[p.X]).ToList();
                    for (var i = 1; i < points.Count; i++)
                    {
                        if (points[i].FinancialYearOf != points[i - 1].FinancialYearOf)
                        {
                            problems.Add($"{where}: the line '{Name(line)}' joins {points[i - 1].DisplayName} to {points[i].DisplayName}, " +
                                "across a year boundary");
                        }
                    }
                }
            }

            CheckGapsExplained(chart.Figure, traces, actuals, periods, where, problems);
        }

        return problems;
    }

    private static void CheckProjection(Indicator indicator, JsonElement projection, IReadOnlyList<JsonElement> actuals,
        IReadOnlyDictionary<string, Period> periods, int minimumValues, string where, List<string> problems)
    {
        var points = Points(projection);
        var projected = points.Skip(1).Select(p => p.Y!.Value).ToList();
        var hasNegative = indicator.Series.Any(p => p.Value < 0);
        foreach (var value in projected)
        {
            var outside = indicator.Unit switch
            {
                Unit.Percent => value is < 0 or > 100,
                Unit.Stars => value is < 0 or > 5,
                _ => !hasNegative && value < 0,
            };
            if (outside)
            {
                problems.Add($"{where}: projected value {value} is outside what a {indicator.Unit} can be");
            }
        }

        var sizes = projection.GetProperty("marker").GetProperty("size");
        if (sizes.ValueKind != JsonValueKind.Array || sizes[0].GetDouble() != 0)
        {
            problems.Add($"{where}: the projection has a marker on top of the latest actual value");
        }

        // The values the projection follows: the run of consecutive periods with values ending at its first point,
        // in the actual line that holds that point.
        var start = points[0];
        var line = actuals.Select(Points).FirstOrDefault(l => l.Any(p => p.X == start.X && p.Y is not null));
        if (line is null)
        {
            problems.Add($"{where}: the projection does not start at an actual value");
            return;
        }

        var end = line.FindIndex(p => p.X == start.X);
        if (line[end].Y != start.Y)
        {
            problems.Add($"{where}: the projection starts at {start.Y}, not the latest actual value {line[end].Y}");
        }

        var run = 1;
        for (var i = end - 1; i >= 0 && line[i].Y is not null; i--)
        {
            var (earlier, later) = (periods[line[i].X], periods[line[i + 1].X]);
            if (earlier.Kind != later.Kind || earlier.Next() != later)
            {
                break;
            }

            run++;
        }

        if (run < minimumValues)
        {
            problems.Add($"{where}: projection drawn from {run} consecutive values, fewer than {minimumValues}");
        }

        if (indicator.IsYearToDate && points.Any(p => periods[p.X].FinancialYearOf != periods[start.X].FinancialYearOf))
        {
            problems.Add($"{where}: a year-to-date projection goes past the end of its financial year");
        }
    }

    private static void CheckGapsExplained(JsonElement figure, IReadOnlyList<JsonElement> traces, IReadOnlyList<JsonElement> actuals,
        IReadOnlyDictionary<string, Period> periods, string where, List<string> problems)
    {
        var bridged = traces.Where(t => Name(t).StartsWith("No data for ", StringComparison.Ordinal))
            .SelectMany(t => Points(t).Select(p => p.X))
            .ToHashSet();
        var noted = new List<(Period From, Period To)>();
        if (figure.GetProperty("layout").TryGetProperty("annotations", out var annotations))
        {
            foreach (var annotation in annotations.EnumerateArray())
            {
                var span = GapSpan().Match(annotation.GetProperty("hovertext").GetString()!);
                noted.Add((periods[span.Groups[1].Value], periods[span.Groups[2].Success ? span.Groups[2].Value : span.Groups[1].Value]));
            }
        }

        foreach (var gap in actuals.SelectMany(Points).Where(p => p.Y is null))
        {
            var period = periods[gap.X];
            if (!bridged.Contains(gap.X) && !noted.Any(n => n.From.CompareTo(period) <= 0 && period.CompareTo(n.To) <= 0))
            {
                problems.Add($"{where}: no explanation for the missing value of {gap.X}");
            }
        }
    }

    private static bool IsActual(string name) =>
        name == "Actual" || name.EndsWith(" (year to date)", StringComparison.Ordinal);

    private static string Name(JsonElement trace) => trace.GetProperty("name").GetString()!;

    private static List<(string X, double? Y)> Points(JsonElement trace)
    {
        var x = trace.GetProperty("x").EnumerateArray().Select(e => e.GetString()!).ToList();
        var y = trace.GetProperty("y").EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Null ? (double?)null : e.GetDouble()).ToList();
        return [.. x.Zip(y)];
    }

    /// <summary>Every period the chart can name: the series' own and the following ones of each kind (for projections and gaps).</summary>
    private static Dictionary<string, Period> PeriodsByName(Indicator indicator)
    {
        var byName = new Dictionary<string, Period>();
        foreach (var kind in indicator.Series.GroupBy(p => p.Period.Kind))
        {
            var last = kind.Max(p => p.Period)!;
            for (var period = kind.Min(p => p.Period)!; period.CompareTo(last) <= 0 || byName.Count < 1000; period = period.Next())
            {
                byName.TryAdd(period.DisplayName, period);
                if (period.CompareTo(last) > 0 && PeriodSteps.Index(last, period) > 8)
                {
                    break;
                }
            }
        }

        return byName;
    }

    [GeneratedRegex(@"^chart-(\d+)-.+-trend$")]
    private static partial Regex TrendId();

    [GeneratedRegex(@"^No data for (.+?)(?: to (.+?))?(?::|$)")]
    private static partial Regex GapSpan();
}

using StaticKpi.Diagnostics;
using StaticKpi.Model;
using StaticKpi.Shared;
using YamlDotNet.RepresentationModel;

namespace StaticKpi.Content;

/// <summary>
/// Reads an indicator file's optional <c>charts:</c> list: extra charts for the indicator's page in one report
/// period. A chart with any error is left out (the error has been reported), so a page never shows half a chart.
/// </summary>
public static class ChartSpecLoader
{
    public static readonly string[] Keys =
        ["period", "type", "title", "x_title", "y_title", "y2_title", "categories", "series", "benchmarks"];

    public static readonly string[] SeriesKeys = ["name", "values", "axis", "kind"];
    public static readonly string[] BenchmarkKeys = ["name", "value"];

    /// <param name="languages">The site's languages: the titles, names and categories readers see may be given in each.</param>
    public static IReadOnlyList<ChartSpec> Read(YamlMap indicator, int financialYearStartMonth, IReadOnlyList<SiteLanguage> languages)
    {
        var charts = new List<ChartSpec>();
        foreach (var item in indicator.MapsIn("charts", Keys))
        {
            var texts = new TranslatableField(languages);
            var period = item.Period("period", financialYearStartMonth, required: true);
            var type = item.Enum<ChartType>("type", required: true);
            var title = texts.Read(item, "title", required: true);
            if (title is not null && string.IsNullOrWhiteSpace(title))
            {
                item.Diagnostics.Error(RuleIds.BadValue, item.LocationOf("title"), "The chart's title is empty.",
                    "Write a short headline for the chart; it is shown above it and read out by screen readers.");
                title = null;
            }

            var xTitle = texts.Read(item, "x_title");
            var yTitle = texts.Read(item, "y_title");
            var y2Title = texts.Read(item, "y2_title");
            if (y2Title is not null && type is not null and not ChartType.BarLine)
            {
                item.Diagnostics.Warning(RuleIds.BadValue, item.LocationOf("y2_title"),
                    $"'y2_title' is only used by bar_line charts; this chart is {EnumNames.Of(type.Value)}.",
                    "Remove it, or change the type to bar_line.");
            }

            var (categories, categoryTranslations) = TranslatableCategories.Read(item, languages);
            var series = ReadSeries(item, type, categories.Count, languages);
            var benchmarks = ReadBenchmarks(item, languages);
            if (period is null || type is null || title is null || categories.Count == 0 || series is null)
            {
                continue;
            }

            charts.Add(new ChartSpec(period, type.Value, title.Trim(), xTitle, yTitle, y2Title, categories, series, benchmarks, item.Location)
            {
                Translations = texts.Translations,
                CategoryTranslations = categoryTranslations,
            });
        }

        return charts;
    }

    /// <summary>Null when a series is broken, so the chart is left out (the error has been reported).</summary>
    private static IReadOnlyList<ChartSeries>? ReadSeries(YamlMap chart, ChartType? type, int categoryCount, IReadOnlyList<SiteLanguage> languages)
    {
        var nodes = chart.Sequence("series", required: true);
        if (nodes.Count == 0)
        {
            if (chart.Has("series"))
            {
                chart.Diagnostics.Error(RuleIds.BadValue, chart.LocationOf("series"), "The chart has no series.",
                    "Add at least one series with a name and one value per category.");
            }

            return null;
        }

        var series = new List<ChartSeries>();
        var broken = false;
        foreach (var node in nodes)
        {
            var item = chart.MapOf(node, "series", SeriesKeys);
            if (item is null)
            {
                broken = true;
                continue;
            }

            var texts = new TranslatableField(languages);
            var name = texts.Read(item, "name", required: true);
            var axis = item.Enum<ChartAxis>("axis");
            var kind = item.Enum<SeriesKind>("kind");
            var values = ReadValues(item, name, categoryCount);
            if (axis == ChartAxis.Secondary && type is { } known && known != ChartType.BarLine)
            {
                item.Diagnostics.Error(RuleIds.BadValue, item.LocationOf("axis"),
                    $"Only bar_line charts have a second axis; this chart is {EnumNames.Of(known)}.",
                    "Remove 'axis: secondary', or change the chart's type to bar_line.");
                broken = true;
            }

            if (name is not null && series.Exists(s => s.Name == name.Trim()))
            {
                item.Diagnostics.Error(RuleIds.BadValue, item.LocationOf("name"),
                    $"Two series are called '{QuotedValue.Cut(name.Trim())}'.",
                    "Give every series a different name; the names are the legend and the table's column headings.");
                broken = true;
            }

            if (string.IsNullOrWhiteSpace(name) || values is null)
            {
                broken = true;
                continue;
            }

            // In a bar_line chart a series on the second axis is the line unless the editor says otherwise.
            var resolvedAxis = axis ?? ChartAxis.Primary;
            var resolvedKind = kind ??
                (type == ChartType.BarLine && resolvedAxis == ChartAxis.Secondary ? SeriesKind.Line : SeriesKind.Bar);
            series.Add(new ChartSeries(name.Trim(), values, resolvedAxis, resolvedKind) { Translations = texts.Translations });
        }

        if (!broken && type == ChartType.BarLine && !series.Exists(s => s.Kind == SeriesKind.Line))
        {
            chart.Diagnostics.Error(RuleIds.BadValue, chart.LocationOf("series"), "A bar_line chart needs a series drawn as a line.",
                "Add 'kind: line' (and usually 'axis: secondary') to the series that should be the line.");
            broken = true;
        }

        return broken ? null : series;
    }

    private static IReadOnlyList<decimal?>? ReadValues(YamlMap series, string? name, int categoryCount)
    {
        var node = series.Node("values", required: true);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlSequenceNode sequence)
        {
            series.Diagnostics.Error(RuleIds.WrongType, series.LocationOf(node), "'values' should be a list of numbers.",
                "Write one number per category, for example [10519, 10369]; write null where there is no figure.");
            return null;
        }

        var values = new List<decimal?>(sequence.Children.Count);
        var ok = true;
        foreach (var item in sequence.Children)
        {
            if (YamlMap.IsNull(item))
            {
                values.Add(null);
                continue;
            }

            var value = series.DecimalOf(item, "values");
            ok &= value is not null;
            values.Add(value);
        }

        if (values.Count != categoryCount && categoryCount > 0)
        {
            series.Diagnostics.Error(RuleIds.BadValue, series.LocationOf(node),
                $"The series '{QuotedValue.Cut(name)}' has {values.Count} values but the chart has {categoryCount} categories.",
                "Give one value per category, in the same order; write null where there is no figure.");
            return null;
        }

        return ok ? values : null;
    }

    private static IReadOnlyList<ChartBenchmark> ReadBenchmarks(YamlMap chart, IReadOnlyList<SiteLanguage> languages)
    {
        var benchmarks = new List<ChartBenchmark>();
        foreach (var item in chart.MapsIn("benchmarks", BenchmarkKeys))
        {
            var texts = new TranslatableField(languages);
            var name = texts.Read(item, "name", required: true);
            var value = item.Decimal("value", required: true);
            if (string.IsNullOrWhiteSpace(name) || value is null)
            {
                continue;
            }

            benchmarks.Add(new ChartBenchmark(name.Trim(), value.Value) { Translations = texts.Translations });
        }

        return benchmarks;
    }
}

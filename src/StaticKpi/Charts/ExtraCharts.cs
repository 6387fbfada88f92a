using Plotly.NET;
using StaticKpi.Localisation;
using StaticKpi.Model;
using static StaticKpi.Charts.PlotlyAttributes;

namespace StaticKpi.Charts;

/// <summary>
/// The extra charts editors declare in indicator files: bars and lines over categories, on one or two value axes, with
/// any reference lines. Bars after the first are told apart by fill pattern and lines by dash and marker shape.
/// </summary>
internal static class ExtraCharts
{
    /// <summary>The extra charts declared in the indicator's file for <paramref name="reportPeriod"/>, in file order.</summary>
    /// <remarks>
    /// Each series' style (by kind, colour, place among its kind and axis) is built once per build, in
    /// <paramref name="caches"/>, and shared by every chart of the build.
    /// </remarks>
    public static IReadOnlyList<ChartFigure> Of(Indicator indicator, Period reportPeriod, ChartCaches caches, SiteStrings strings) =>
        [.. indicator.Charts
            .Where(c => c.Period == reportPeriod)
            .Select((spec, i) => Extra(spec, $"chart-{indicator.Id}-{reportPeriod.Slug}-extra-{i + 1}", caches, strings))];

    private static ChartFigure Extra(ChartSpec spec, string id, ChartCaches caches, SiteStrings strings)
    {
        var categories = spec.Categories.ToArray();
        // The categories as plotly.js text: the x values of every trace, and the axis's own (see CategoryAxis).
        var keys = PlotlyText.EscapeAll(categories);
        var traces = new List<Trace>();
        var bars = 0;
        var lines = 0;
        for (var s = 0; s < spec.Series.Count; s++)
        {
            var series = spec.Series[s];
            var scale = ChartNumbers.ScaleOf(series.Values);
            var colour = ChartPalette.Cycle(ChartPalette.Series, s);
            var hover = series.Values
                .Select((v, i) => PlotlyText.Lines(
                    series.Name,
                    strings.Format("chart.extra.hover",
                        ("category", categories[i]), ("value", v is { } d ? ChartNumbers.Format(d, scale) : strings.Text("value.no_data")))))
                .ToArray();
            var index = series.Kind == SeriesKind.Bar ? bars++ : lines++;
            var style = caches.SeriesStyles.GetOrAdd((series.Kind, colour, index, series.Axis == ChartAxis.Secondary), Style);
            traces.Add(PlotlyObjects.Named(style, series.Name)
                .With(X, keys)
                .With(Y, series.Values.Select(v => (double?)v).ToArray())
                .With(HoverText, hover));
        }

        var firstScale = ChartNumbers.ScaleOf(spec.Series[0].Values);
        string BenchmarkValue(ChartBenchmark benchmark) =>
            ChartNumbers.Format(benchmark.Value, Math.Max(firstScale, benchmark.Value.Scale));
        for (var b = 0; b < spec.Benchmarks.Count; b++)
        {
            var benchmark = spec.Benchmarks[b];
            traces.Add(ReferenceLines.Horizontal(benchmark.Name, benchmark.Value, keys,
                ChartPalette.Cycle(ChartPalette.ReferenceLines, b), ChartPalette.Cycle(ChartPalette.Dashes, b + 1),
                strings.Format("chart.trend.reference_hover", ("name", benchmark.Name), ("value", BenchmarkValue(benchmark)))));
        }

        var layout = PlotlyObjects.Layout(spec.Title, groupedBars: true)
            .With(XAxis, PlotlyObjects.CategoryAxis(spec.XTitle, categories, wrapAt: 18))
            .With(YAxis, ChartAxes.ExtraValues(spec.YTitle));
        if (spec.Series.Any(s => s.Axis == ChartAxis.Secondary))
        {
            layout.With(YAxis2, ChartAxes.ExtraSecondValues(spec.Y2Title));
        }

        var scales = spec.Series.Select(s => ChartNumbers.ScaleOf(s.Values)).ToList();
        var rows = new List<IReadOnlyList<string>>();
        for (var i = 0; i < categories.Length; i++)
        {
            rows.Add([
                categories[i],
                .. spec.Series.Select((s, k) => s.Values[i] is { } v ? ChartNumbers.Format(v, scales[k]) : strings.Text("value.no_data")),
            ]);
        }

        foreach (var benchmark in spec.Benchmarks)
        {
            rows.Add([benchmark.Name, BenchmarkValue(benchmark), .. spec.Series.Skip(1).Select(_ => "")]);
        }

        var caption = spec.Benchmarks.Count == 0
            ? spec.Title
            : strings.Plural("chart.extra.caption", spec.Benchmarks.Count, ("title", spec.Title));
        var table = new ChartTable(caption, [spec.XTitle ?? strings.Text("chart.extra.category"), .. spec.Series.Select(s => s.Name)], rows)
        {
            Marks = [.. FallbackRowNames(spec).Select(name => new ChartTableMark(name.Row, name.Text, name.Language))],
            ColumnLanguages = spec.XTitleLanguage is null && spec.Series.All(s => s.NameLanguage is null)
                ? []
                : [spec.XTitleLanguage, .. spec.Series.Select(s => s.NameLanguage)],
        };
        var pointCount = spec.Series.Sum(s => s.Values.Count(v => v is not null));
        return ChartFigure.Of(id, spec.Title, ChartNarrative.Extra(spec, strings), table, traces, layout, pointCount) with
        {
            TitleLanguage = spec.TitleLanguage,
            SummaryMarks = SummaryMarks(spec),
        };
    }

    /// <summary>The series, categories and reference lines the summary names that fell back to the default language.</summary>
    private static List<ChartTextMark> SummaryMarks(ChartSpec spec) =>
    [
        .. spec.Series.Where(s => s.NameLanguage is not null).Select(s => new ChartTextMark(s.Name, s.NameLanguage!)),
        .. FallbackRowNames(spec).Select(name => new ChartTextMark(name.Text, name.Language)),
    ];

    /// <summary>
    /// The categories and reference lines that fell back to the default language, each with the row of the chart's table
    /// it heads (the categories' rows, then one row per reference line).
    /// </summary>
    private static IEnumerable<(int Row, string Text, string Language)> FallbackRowNames(ChartSpec spec)
    {
        var categories = spec.CategoriesLanguage is { } language
            ? spec.Categories.Select((category, row) => (row, category, language))
            : [];
        var lines = spec.Benchmarks
            .Select((line, i) => (Row: spec.Categories.Count + i, line.Name, line.NameLanguage))
            .Where(line => line.NameLanguage is not null)
            .Select(line => (line.Row, line.Name, line.NameLanguage!));
        return categories.Concat(lines);
    }

    private static Trace Style((SeriesKind Kind, string Colour, int Index, bool Secondary) key)
    {
        var axis = key.Secondary ? StyleParam.LinearAxisId.NewY(2) : null;
        return key.Kind == SeriesKind.Bar ? Bar(key.Colour, key.Index, axis) : Line(key.Colour, key.Index, axis);
    }

    /// <summary>A bar series; every one after the first has a fill pattern, so bars do not rely on colour alone.</summary>
    private static Trace Bar(string colour, int index, StyleParam.LinearAxisId? axis)
    {
        var pattern = index == 0 ? null : PlotlyTyped.Pattern(
            Shape: PlotlyObjects.PatternShape(ChartPalette.Cycle(ChartPalette.BarPatterns, index)),
            FillMode: StyleParam.PatternFillMode.Overlay,
            FGColor: Color.fromString(ChartPalette.Background),
            Solidity: 0.3);
        return PlotlyObjects.Bar(PlotlyTyped.Bar(
            HoverInfo: StyleParam.HoverInfo.Text,
            YAxis: axis,
            Marker: PlotlyTyped.Marker(Color: Color.fromString(colour), Pattern: pattern)));
    }

    /// <summary>A line series, told apart from the others by dash pattern and marker shape.</summary>
    private static Trace Line(string colour, int index, StyleParam.LinearAxisId? axis) =>
        PlotlyObjects.Scatter(PlotlyTyped.Scatter(
            Mode: StyleParam.Mode.Lines_Markers,
            ConnectGaps: false,
            HoverInfo: StyleParam.HoverInfo.Text,
            YAxis: axis,
            Line: PlotlyObjects.Line(colour, ChartPalette.Cycle(ChartPalette.Dashes, index), 3),
            Marker: PlotlyTyped.Marker(Size: 9, Color: Color.fromString(colour))
                .With(Symbol, ChartPalette.Cycle(ChartPalette.Symbols, index))));
}

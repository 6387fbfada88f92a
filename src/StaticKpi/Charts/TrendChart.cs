using Plotly.NET;
using Plotly.NET.LayoutObjects;
using StaticKpi.Formatting;
using StaticKpi.Localisation;
using StaticKpi.Model;
using StaticKpi.Scoring;

namespace StaticKpi.Charts;

/// <summary>
/// The trend chart of an indicator page: what it draws (<see cref="TrendTraces"/>, <see cref="ReferenceLines"/>), its
/// title, layout, summary and table. One per build, shared by every page-rendering thread.
/// </summary>
internal sealed class TrendChart
{
    /// <summary>Used only when a site has no RAG policy at all for a period (the content loader normally prevents it).</summary>
    private static readonly RagPolicy FallbackPolicy = new("Default", Period.Quarter(2000, 1), 10m, false, null, false);

    private readonly SiteConfig _config;
    private readonly ChartCaches _caches;
    private readonly SiteStrings _strings;
    private readonly ChartNarrative _narrative;
    private readonly RagPolicy? _earliestPolicy;
    private readonly TrendPointTexts _texts;
    private readonly TrendTraces _traces;
    private readonly ReferenceLines _references;

    public TrendChart(SiteConfig config, ChartCaches caches, SiteStrings strings)
    {
        _config = config;
        _caches = caches;
        _strings = strings;
        var formatter = new ValueFormatter(config.CurrencySymbol, strings);
        _narrative = new ChartNarrative(formatter, strings);
        _earliestPolicy = config.RagPolicies.MinBy(p => p.EffectiveFrom);
        _texts = new TrendPointTexts(caches, formatter);
        _traces = new TrendTraces(_texts, formatter);
        _references = new ReferenceLines(formatter);
    }

    /// <summary>
    /// The indicator's values up to the end of <paramref name="reportPeriod"/>, with each point's rating as its
    /// marker shape (hollow when provisional), each gap explained, the target (a step line, or a shaded band for a
    /// range), the baseline and benchmark lines and, where <see cref="ProjectionRules"/> allow, a projected trend.
    /// A year-to-date series is a line per financial year.
    /// </summary>
    public ChartFigure Of(Indicator indicator, Period reportPeriod)
    {
        var id = $"chart-{indicator.Id}-{reportPeriod.Slug}-trend";
        var points = indicator.Series.TakeWhile(p => p.Period.Start <= reportPeriod.End).ToList();
        var scored = ReportScorer.ScoreIndicator(indicator, reportPeriod, PolicyFor(reportPeriod));
        (Rating Rating, bool Overridden) RatingAt(DataPoint p) =>
            ReferenceEquals(p, scored.Current)
                ? (scored.Rating, scored.Override is not null)
                : (RatingOf(indicator, p), p.Override is not null);

        var slots = TrendSeries.Slots(points);
        var lines = TrendSeries.Lines(indicator, slots, _strings);
        var gaps = TrendSeries.Gaps(slots, lines, _strings);
        var projection = ProjectionRules.Choose(indicator, points, scored, _config.Projections);
        var categories = slots.Select(s => _strings.PeriodName(s.Period))
            .Concat(projection?.Periods.Select(_strings.PeriodName) ?? [])
            .ToList();

        var traces = new List<Trace>();
        var annotations = new List<Annotation>();
        if (points.Count > 0)
        {
            var keys = PlotlyText.EscapeAll(categories);
            // A year of a year-to-date series with no figure at all draws nothing; its gap note explains it.
            traces.AddRange(lines
                .Where(line => Enumerable.Range(line.First, line.Last - line.First + 1).Any(i => slots[i].HasValue))
                .Select(line => _traces.Actual(indicator, slots, line, RatingAt)));
            traces.AddRange(gaps.Where(g => g.Bridged).Select(g => _traces.GapConnector(indicator, slots, g)));
            if (_traces.Provisional(indicator, slots, RatingAt) is { } provisional)
            {
                traces.Add(provisional);
            }

            traces.AddRange(_references.Targets(indicator, slots, projection));
            if (indicator.Baseline is { } baseline)
            {
                traces.Add(_references.Baseline(indicator, baseline, keys));
            }

            traces.AddRange(_references.Benchmarks(indicator, keys));
            if (projection is not null)
            {
                traces.Add(_traces.Projection(indicator, projection));
            }

            annotations.AddRange(gaps.Where(g => !g.Bridged).Select(g => _traces.GapNote(slots, g)));
        }

        var title = points.Count switch
        {
            0 => _strings.Format("chart.trend.title_empty", ("indicator", indicator.Title), ("period", _strings.PeriodName(reportPeriod))),
            1 => _strings.Format("chart.trend.title_one", ("indicator", indicator.Title), ("period", _strings.PeriodName(points[0].Period))),
            _ => _strings.Format("chart.trend.title", ("indicator", indicator.Title), ("from", _strings.PeriodName(points[0].Period)),
                ("to", _strings.PeriodName(points[^1].Period))),
        };

        var layout = PlotlyObjects.Layout(title)
            .With(PlotlyAttributes.XAxis, PlotlyObjects.CategoryAxis(_strings.Text("chart.trend.x_axis"), categories))
            .With(PlotlyAttributes.YAxis, ChartAxes.Value(indicator.Unit, _config.CurrencySymbol, _caches, _strings))
            .With(PlotlyAttributes.Annotations, annotations.Count == 0 ? null : annotations.ToArray());

        var facts = new TrendFacts(
            reportPeriod,
            scored.Current,
            scored.Previous,
            scored.Target,
            scored.Current is null ? indicator.Status : indicator.StatusFor(scored.Current),
            scored.Rating,
            scored.Override is not null,
            projection?.ReachesTargetBy,
            projection?.MovingAway ?? false,
            projection is null
                ? null
                : new ProjectionFacts(
                    projection.Basis.Count, projection.Basis[0].Period, projection.Latest.Period, projection.Periods.Count),
            TrendSeries.MissingSpans(slots, _strings),
            TrendSeries.MissingCount(slots));

        var table = _texts.Table(
            _strings.Format("chart.trend.table_caption", ("indicator", indicator.Title)),
            [_strings.Text("column.period"), _strings.Text("column.value"), _strings.Text("column.target"), _strings.Text("column.rating")],
            indicator, slots, RatingAt);

        var pointCount = points.Count(p => p.Value is not null);
        return ChartFigure.Of(id, title, _narrative.Trend(indicator, facts), table, traces, layout, pointCount) with
        {
            // The summary names a comparator by its editor's label (the other kinds by the theme's words); one without
            // a translation is marked by the page.
            SummaryMarks = [.. indicator.Benchmarks
                .Where(b => b.Kind == BenchmarkKind.Comparator && b.Label is not null && b.Language is not null)
                .Select(b => new ChartTextMark(b.Label!, b.Language!))],
        };
    }

    private Rating RatingOf(Indicator indicator, DataPoint point)
    {
        var computed = ReportScorer.RateValue(indicator, point, PolicyFor(point.Period));
        return point.Override?.Rating ?? computed;
    }

    private RagPolicy PolicyFor(Period period) => _config.PolicyFor(period) ?? _earliestPolicy ?? FallbackPolicy;
}

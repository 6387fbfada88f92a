using StaticKpi.Formatting;
using StaticKpi.Localisation;
using StaticKpi.Model;
using StaticKpi.Scoring;

namespace StaticKpi.Charts;

/// <summary>What a trend chart shows, worked out from the data, for <see cref="ChartNarrative.Trend"/>.</summary>
/// <param name="ReportPeriod">The report the chart belongs to.</param>
/// <param name="Current">The latest entry on or before the report period, or null when there is none.</param>
/// <param name="Previous">The entry it is compared with, or null.</param>
/// <param name="Target">The target in force for <paramref name="Current"/>.</param>
/// <param name="Status">Why there is no target (baseline…), when there is none.</param>
/// <param name="Rating">The rating shown for <paramref name="Current"/>.</param>
/// <param name="Overridden">Whether <paramref name="Rating"/> is an editor's override.</param>
/// <param name="ReachesTargetBy">The period in which the recent trend would reach the target, when it is off target and heading for it.</param>
/// <param name="MovingAway">Whether the recent trend heads away from a target the indicator misses.</param>
/// <param name="Projection">How the projection drawn was made, or null when none is drawn.</param>
/// <param name="MissingSpans">The runs of periods before the latest with no figure ("2023/24 Q2 to 2024/25 Q1").</param>
/// <param name="MissingCount">How many periods <paramref name="MissingSpans"/> covers.</param>
public sealed record TrendFacts(
    Period ReportPeriod,
    DataPoint? Current,
    DataPoint? Previous,
    Target? Target,
    IndicatorStatus? Status,
    Rating Rating,
    bool Overridden,
    Period? ReachesTargetBy,
    bool MovingAway,
    ProjectionFacts? Projection = null,
    IReadOnlyList<string>? MissingSpans = null,
    int MissingCount = 0);

/// <summary>How a projection was made: a straight line through <paramref name="Values"/> consecutive values from
/// <paramref name="From"/> to <paramref name="To"/>, drawn <paramref name="PeriodsAhead"/> periods on.</summary>
public sealed record ProjectionFacts(int Values, Period From, Period To, int PeriodsAhead);

/// <summary>
/// The plain-English summary of each chart: deterministic sentences made from the data, so a reader who cannot
/// see the chart learns what it shows. Pure: no I/O, no clock, invariant formatting.
/// </summary>
public sealed class ChartNarrative(ValueFormatter formatter, SiteStrings strings)
{
    /// <summary>
    /// For example: "Performance improved from 80.2% in 2024/25 Q2 to 85.0% in 2024/25 Q3. The target is 90.0%, so
    /// the indicator is Amber. At the recent rate it would reach the target by 2025/26 Q1."
    /// </summary>
    public string Trend(Indicator indicator, TrendFacts facts)
    {
        if (facts.Current is not { } current)
        {
            return strings.Format("chart.trend.summary_no_figures", ("period", Name(facts.ReportPeriod)));
        }

        var sentences = new List<string>
        {
            current.Value is { } now
                ? Movement(indicator, current.Period, now, facts.Previous)
                : strings.Format("chart.trend.summary_no_figure", ("period", Name(current.Period))),
        };
        if (current.Provisional && current.Value is not null)
        {
            sentences.Add(strings.Format("chart.trend.summary_provisional", ("period", Name(current.Period))));
        }

        sentences.Add(TargetSentence(indicator, facts, current.Value is not null));
        if (indicator.Baseline is { } baseline)
        {
            sentences.Add(BaselineSentence(indicator, baseline));
        }

        if (facts.MissingSpans is { Count: > 0 } missing)
        {
            sentences.Add(strings.Plural("chart.trend.summary_missing", facts.MissingCount, ("periods", JoinAnd(strings, missing))));
        }

        if (facts.Projection is { } projection)
        {
            sentences.Add(ProjectionSentence(projection, strings));
        }

        var range = facts.Target is Target.Range;
        if (facts.ReachesTargetBy is { } by)
        {
            sentences.Add(strings.Format(
                range ? "chart.trend.summary_reaches_range" : "chart.trend.summary_reaches_target", ("period", Name(by))));
        }
        else if (facts.MovingAway)
        {
            sentences.Add(strings.Text(range ? "chart.trend.summary_away_from_range" : "chart.trend.summary_away_from_target"));
        }

        if (indicator.Benchmarks.Count > 0)
        {
            var parts = indicator.Benchmarks.Select(b => b.Period is null
                ? strings.Format("chart.trend.summary_benchmark", ("benchmark", BenchmarkPhrase(b)), ("value", Value(indicator, b.Value)))
                : strings.Format("chart.trend.summary_benchmark_for",
                    ("benchmark", BenchmarkPhrase(b)), ("period", Name(b.Period)), ("value", Value(indicator, b.Value))));
            sentences.Add(strings.Format("chart.trend.summary_comparison", ("benchmarks", JoinAnd(strings, [.. parts]))));
        }

        return string.Join(" ", sentences);
    }

    /// <summary>For example: "Of the 18 indicators in this report, 2 are Red, 3 are Amber and 13 are Green."</summary>
    public static string RatingDistribution(IReadOnlyList<SummaryRow> summary, SiteStrings strings)
    {
        var total = summary.Sum(r => r.Count);
        if (total == 0)
        {
            return strings.Text("chart.ratings.summary_empty");
        }

        var parts = summary.Where(r => r.Count > 0).Select(r => CountPhrase(strings, r.Rating, r.Count)).ToList();
        return strings.Plural("chart.ratings.summary", total, ("parts", JoinAnd(strings, parts)));
    }

    /// <summary>
    /// Bar and category charts say where each series is highest and lowest and how many categories are above each
    /// reference line; bar-and-line charts (usually over time) say where each series started and ended.
    /// </summary>
    public static string Extra(ChartSpec spec, SiteStrings strings)
    {
        var sentences = new List<string>();
        foreach (var series in spec.Series)
        {
            var scale = ChartNumbers.ScaleOf(series.Values);
            string Number(decimal value) => ChartNumbers.Format(value, scale);
            var values = series.Values
                .Select((v, i) => (Category: spec.Categories[i], Value: v))
                .Where(p => p.Value is not null)
                .Select(p => (p.Category, Value: p.Value!.Value))
                .ToList();
            if (values.Count == 0)
            {
                sentences.Add(strings.Format("chart.extra.summary_no_figures", ("series", series.Name)));
            }
            else if (values.Count == 1)
            {
                var only = values[0];
                sentences.Add(strings.Format("chart.extra.summary_one",
                    ("series", series.Name), ("value", Number(only.Value)), ("category", only.Category)));
            }
            else if (spec.Type == ChartType.BarLine)
            {
                var (first, last) = (values[0], values[^1]);
                sentences.Add(strings.Format("chart.extra.summary_went", ("series", series.Name),
                    ("first", Number(first.Value)), ("first_category", first.Category),
                    ("last", Number(last.Value)), ("last_category", last.Category)));
            }
            else
            {
                var high = values.MaxBy(p => p.Value);
                var low = values.MinBy(p => p.Value);
                sentences.Add(high.Value == low.Value
                    ? strings.Format("chart.extra.summary_same", ("series", series.Name), ("value", Number(high.Value)))
                    : strings.Format("chart.extra.summary_high_low", ("series", series.Name),
                        ("high_category", high.Category), ("high", Number(high.Value)),
                        ("low_category", low.Category), ("low", Number(low.Value))));
            }
        }

        var compared = spec.Series[0].Values.OfType<decimal>().ToList();
        var seriesScale = ChartNumbers.ScaleOf(spec.Series[0].Values);
        foreach (var benchmark in spec.Benchmarks)
        {
            if (compared.Count == 0)
            {
                break;
            }

            var above = compared.Count(v => v > benchmark.Value);
            (string Name, string Value)[] line =
            [
                ("line", benchmark.Name), ("value", ChartNumbers.Format(benchmark.Value, Math.Max(seriesScale, benchmark.Value.Scale))),
                ("total", strings.Number(compared.Count)),
            ];
            sentences.Add(above switch
            {
                0 when compared.Count == 1 => strings.Format("chart.extra.summary_not_above_one", line),
                0 => strings.Format("chart.extra.summary_above_none", line),
                _ when above == compared.Count => compared.Count == 1
                    ? strings.Format("chart.extra.summary_above_one", line)
                    : strings.Format("chart.extra.summary_above_all", line),
                _ => strings.Plural("chart.extra.summary_above", above, line),
            });
        }

        return string.Join(" ", sentences);
    }

    private string Movement(Indicator indicator, Period period, decimal now, DataPoint? previous)
    {
        var plain = indicator.Direction == Direction.None;
        if (previous?.Value is not { } before)
        {
            return strings.Format(plain ? "chart.trend.summary_value_only" : "chart.trend.summary_performance_only",
                ("value", Value(indicator, now)), ("period", Name(period)));
        }

        var difference = Math.Round(now, indicator.Precision, MidpointRounding.AwayFromZero) -
                         Math.Round(before, indicator.Precision, MidpointRounding.AwayFromZero);
        if (difference == 0)
        {
            return strings.Format(plain ? "chart.trend.summary_value_same" : "chart.trend.summary_performance_same",
                ("value", Value(indicator, now)), ("period", Name(period)), ("previous", Name(previous.Period)));
        }

        var key = indicator.Direction switch
        {
            Direction.Up => difference > 0 ? "chart.trend.summary_improved" : "chart.trend.summary_declined",
            Direction.Down => difference < 0 ? "chart.trend.summary_improved_lower" : "chart.trend.summary_declined_lower",
            _ => difference > 0 ? "chart.trend.summary_rose" : "chart.trend.summary_fell",
        };
        return strings.Format(key, ("before", Value(indicator, before)), ("previous", Name(previous.Period)),
            ("value", Value(indicator, now)), ("period", Name(period)));
    }

    /// <summary>
    /// For example: "The dashed projection is a straight line through the last 4 quarters (2023/24 Q4 to 2024/25 Q3),
    /// drawn 2 quarters ahead; it shows where the recent trend leads and is not a forecast."
    /// </summary>
    public static string ProjectionSentence(ProjectionFacts projection, SiteStrings strings)
    {
        var periods = projection.To.Kind switch
        {
            PeriodKind.Month => "chart.trend.summary_months",
            PeriodKind.Quarter => "chart.trend.summary_quarters",
            _ => "chart.trend.summary_years",
        };
        return strings.Format("chart.trend.summary_projection",
            ("through", strings.Plural(periods, projection.Values)),
            ("periods", Labels.PeriodSpan(strings, projection.From, projection.To)),
            ("ahead", strings.Plural(periods, projection.PeriodsAhead)));
    }

    /// <summary>For example: "The baseline is 872, taken from 2022/23 (a cumulative figure)."</summary>
    private string BaselineSentence(Indicator indicator, Baseline baseline)
    {
        var value = ("value", Value(indicator, baseline.Value));
        if (baseline.From is not { } from)
        {
            return strings.Format(baseline.Cumulative ? "chart.trend.summary_baseline_cumulative" : "chart.trend.summary_baseline", value);
        }

        var periods = ("periods", Labels.PeriodSpan(strings, from, baseline.To ?? from));
        return strings.Format(
            baseline.Cumulative ? "chart.trend.summary_baseline_from_cumulative" : "chart.trend.summary_baseline_from", value, periods);
    }

    private string TargetSentence(Indicator indicator, TrendFacts facts, bool hasValue)
    {
        var rating = ("rating", Labels.Rating(strings, facts.Rating));
        var ending = !hasValue || facts.Rating == Rating.NoData ? TargetEnding.Plain
            : facts.Overridden ? TargetEnding.Overridden
            : facts.Rating == Rating.Withheld ? TargetEnding.Withheld
            : TargetEnding.Rated;
        switch (facts.Target)
        {
            case Target.Value single:
                var target = ("target", Value(indicator, single.Amount));
                return ending switch
                {
                    TargetEnding.Plain => strings.Format("chart.trend.summary_target", target),
                    TargetEnding.Overridden => strings.Format("chart.trend.summary_target_overridden", target, rating),
                    TargetEnding.Withheld => strings.Format("chart.trend.summary_target_withheld", target),
                    _ => strings.Format("chart.trend.summary_target_rated", target, rating),
                };
            case Target.Range range:
                var text = ("range", RangeText(indicator, range));
                return ending switch
                {
                    TargetEnding.Plain => strings.Format("chart.trend.summary_range", text),
                    TargetEnding.Overridden => strings.Format("chart.trend.summary_range_overridden", text, rating),
                    TargetEnding.Withheld => strings.Format("chart.trend.summary_range_withheld", text),
                    _ => strings.Format("chart.trend.summary_range_rated", text, rating),
                };
        }

        var status = facts.Status is { } s ? ("status", StatusPhrase(s)) : default;
        return (facts.Target is Target.ToBeConfirmed, facts.Overridden, facts.Status is not null) switch
        {
            (true, true, _) => strings.Format("chart.trend.summary_tbc_overridden", rating),
            (true, false, true) => strings.Format("chart.trend.summary_tbc_status", status),
            (true, false, false) => strings.Text("chart.trend.summary_tbc"),
            (false, true, _) => strings.Format("chart.trend.summary_no_target_overridden", rating),
            (false, false, true) => strings.Format("chart.trend.summary_no_target_status", status),
            _ => strings.Text("chart.trend.summary_no_target"),
        };
    }

    /// <summary>How a sentence stating the target ends: with nothing, the override, "not rated yet" or the rating.</summary>
    private enum TargetEnding
    {
        Plain,
        Overridden,
        Withheld,
        Rated,
    }

    private string RangeText(Indicator indicator, Target.Range range)
    {
        // "8.00 to 10.00 days" rather than "8.00 days to 10.00 days"; symbols stay on both ("10.0% to 13.0%").
        var min = indicator.Unit is Unit.Days or Unit.Hours or Unit.Stars
            ? formatter.Value(range.Min, Unit.Number, indicator.Precision)
            : Value(indicator, range.Min);
        return $"{min} to {Value(indicator, range.Max)}";
    }

    private string Value(Indicator indicator, decimal value) => formatter.Value(value, indicator.Unit, indicator.Precision);

    private string StatusPhrase(IndicatorStatus status) => strings.Text(status switch
    {
        IndicatorStatus.Baseline => "chart.trend.summary_status_baseline",
        IndicatorStatus.Contextual => "chart.trend.summary_status_contextual",
        IndicatorStatus.InDevelopment => "chart.trend.summary_status_in_development",
        _ => "chart.trend.summary_status_suspended",
    });

    private string BenchmarkPhrase(Benchmark benchmark) => benchmark.Kind switch
    {
        BenchmarkKind.StatisticalNeighbours => strings.Text("chart.trend.summary_statistical_neighbours"),
        BenchmarkKind.England => strings.Text("chart.trend.summary_england"),
        _ => benchmark.Label is null
            ? strings.Text("chart.trend.summary_comparator")
            : strings.Format("chart.trend.summary_comparator_labelled", ("label", benchmark.Label)),
    };

    private string Name(Period period) => strings.PeriodName(period);

    private static string CountPhrase(SiteStrings strings, Rating rating, int count) => rating switch
    {
        Rating.NoData => strings.Plural("chart.ratings.count_no_data", count),
        Rating.InDevelopment => strings.Plural("chart.ratings.count_in_development", count),
        Rating.Withheld => strings.Plural("chart.ratings.count_withheld", count),
        Rating.NoTarget => strings.Plural("chart.ratings.count_no_target", count),
        _ => strings.Plural("chart.ratings.count", count, ("rating", Labels.Rating(strings, rating))),
    };

    /// <summary>"a, b and c" in the language's words for joining a list.</summary>
    private static string JoinAnd(SiteStrings strings, IReadOnlyList<string> parts) => parts.Count switch
    {
        0 => "",
        1 => parts[0],
        _ => strings.Format("list.last", ("rest", string.Join(strings.Text("list.separator"), parts.Take(parts.Count - 1))), ("last", parts[^1])),
    };
}

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
            return $"There are no figures up to {facts.ReportPeriod.DisplayName}.";
        }

        var sentences = new List<string>
        {
            current.Value is { } now
                ? Movement(indicator, current.Period, now, facts.Previous)
                : $"There is no figure for {current.Period.DisplayName}.",
        };
        if (current.Provisional && current.Value is not null)
        {
            sentences.Add($"The {current.Period.DisplayName} figure is provisional: it is not yet validated and may change.");
        }

        sentences.Add(TargetSentence(indicator, facts, current.Value is not null));
        if (indicator.Baseline is { } baseline)
        {
            sentences.Add(BaselineSentence(indicator, baseline));
        }

        if (facts.MissingSpans is { Count: > 0 } missing)
        {
            sentences.Add(facts.MissingCount == 1
                ? $"There is no figure for {missing[0]}."
                : $"There are no figures for {JoinAnd(missing)}.");
        }

        if (facts.Projection is { } projection)
        {
            sentences.Add(ProjectionSentence(projection));
        }

        var range = facts.Target is Target.Range ? " range" : "";
        if (facts.ReachesTargetBy is { } by)
        {
            sentences.Add($"At the recent rate it would reach the target{range} by {by.DisplayName}.");
        }
        else if (facts.MovingAway)
        {
            sentences.Add($"At the recent rate it is moving away from the target{range}.");
        }

        if (indicator.Benchmarks.Count > 0)
        {
            var parts = indicator.Benchmarks.Select(b =>
                $"the {BenchmarkPhrase(b)}{(b.Period is null ? "" : " for " + b.Period.DisplayName)} is {Value(indicator, b.Value)}");
            sentences.Add($"For comparison, {JoinAnd([.. parts])}.");
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
    public static string Extra(ChartSpec spec)
    {
        var sentences = new List<string>();
        foreach (var series in spec.Series)
        {
            var scale = ChartNumbers.ScaleOf(series.Values);
            var values = series.Values
                .Select((v, i) => (Category: spec.Categories[i], Value: v))
                .Where(p => p.Value is not null)
                .Select(p => (p.Category, Value: p.Value!.Value))
                .ToList();
            if (values.Count == 0)
            {
                sentences.Add($"{series.Name} has no figures.");
            }
            else if (values.Count == 1)
            {
                var only = values[0];
                sentences.Add($"{series.Name} is {ChartNumbers.Format(only.Value, scale)} for {only.Category}.");
            }
            else if (spec.Type == ChartType.BarLine)
            {
                var (first, last) = (values[0], values[^1]);
                sentences.Add($"{series.Name} went from {ChartNumbers.Format(first.Value, scale)} in {first.Category} " +
                              $"to {ChartNumbers.Format(last.Value, scale)} in {last.Category}.");
            }
            else
            {
                var high = values.MaxBy(p => p.Value);
                var low = values.MinBy(p => p.Value);
                sentences.Add(high.Value == low.Value
                    ? $"{series.Name} is {ChartNumbers.Format(high.Value, scale)} for every category."
                    : $"{series.Name} is highest for {high.Category} ({ChartNumbers.Format(high.Value, scale)}) " +
                      $"and lowest for {low.Category} ({ChartNumbers.Format(low.Value, scale)}).");
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
            var text = ChartNumbers.Format(benchmark.Value, Math.Max(seriesScale, benchmark.Value.Scale));
            var count = above switch
            {
                0 when compared.Count == 1 => "The value is not",
                0 => $"None of the {compared.Count} are",
                _ when above == compared.Count => compared.Count == 1 ? "The value is" : $"All {compared.Count} are",
                1 => $"1 of {compared.Count} is",
                _ => $"{above} of {compared.Count} are",
            };
            sentences.Add($"{count} above the {benchmark.Name} line at {text}.");
        }

        return string.Join(" ", sentences);
    }

    private string Movement(Indicator indicator, Period period, decimal now, DataPoint? previous)
    {
        var subject = indicator.Direction == Direction.None ? "The value" : "Performance";
        if (previous?.Value is not { } before)
        {
            return $"{subject} is {Value(indicator, now)} in {period.DisplayName}; there is no earlier figure to compare with.";
        }

        var difference = Math.Round(now, indicator.Precision, MidpointRounding.AwayFromZero) -
                         Math.Round(before, indicator.Precision, MidpointRounding.AwayFromZero);
        var from = $"from {Value(indicator, before)} in {previous.Period.DisplayName} to {Value(indicator, now)} in {period.DisplayName}";
        if (difference == 0)
        {
            return $"{subject} stayed at {Value(indicator, now)} in {period.DisplayName}, the same as in {previous.Period.DisplayName}.";
        }

        return indicator.Direction switch
        {
            Direction.Up => difference > 0 ? $"Performance improved {from}." : $"Performance declined {from}.",
            Direction.Down => difference < 0
                ? $"Performance improved {from} (lower is better)."
                : $"Performance declined {from} (lower is better).",
            _ => difference > 0 ? $"The value rose {from}." : $"The value fell {from}.",
        };
    }

    /// <summary>
    /// For example: "The dashed projection is a straight line through the last 4 quarters (2023/24 Q4 to 2024/25 Q3),
    /// drawn 2 quarters ahead; it shows where the recent trend leads and is not a forecast."
    /// </summary>
    public static string ProjectionSentence(ProjectionFacts projection)
    {
        var through = $"{projection.Values} {PeriodWord(projection.To.Kind, projection.Values)}";
        var ahead = $"{projection.PeriodsAhead} {PeriodWord(projection.To.Kind, projection.PeriodsAhead)}";
        return $"The dashed projection is a straight line through the last {through} " +
               $"({projection.From.DisplayName} to {projection.To.DisplayName}), drawn {ahead} ahead; " +
               "it shows where the recent trend leads and is not a forecast.";
    }

    private static string PeriodWord(PeriodKind kind, int count) => (kind, count == 1) switch
    {
        (PeriodKind.Month, true) => "month",
        (PeriodKind.Month, false) => "months",
        (PeriodKind.Quarter, true) => "quarter",
        (PeriodKind.Quarter, false) => "quarters",
        (_, true) => "year",
        _ => "years",
    };

    /// <summary>For example: "The baseline is 872, taken from 2022/23 (a cumulative figure)."</summary>
    private string BaselineSentence(Indicator indicator, Baseline baseline)
    {
        var span = baseline.From is not { } from ? ""
            : baseline.To is not { } to || to == from ? $", taken from {from.DisplayName}"
            : $", taken from {from.DisplayName} to {to.DisplayName}";
        var kind = baseline.Cumulative ? " (a cumulative figure)" : "";
        return $"The baseline is {Value(indicator, baseline.Value)}{span}{kind}.";
    }

    private string TargetSentence(Indicator indicator, TrendFacts facts, bool hasValue)
    {
        var rating = Labels.Rating(strings, facts.Rating);
        var stated = facts.Target switch
        {
            Target.Value single => $"The target is {Value(indicator, single.Amount)}",
            Target.Range range => $"The target range is {RangeText(indicator, range)}",
            _ => null,
        };

        if (stated is not null)
        {
            if (!hasValue || facts.Rating == Rating.NoData)
            {
                return stated + ".";
            }

            return facts.Overridden ? $"{stated}. The rating has been overridden to {rating}."
                : facts.Rating == Rating.Withheld ? $"{stated}; the figure is not rated yet."
                : $"{stated}, so the indicator is {rating}.";
        }

        var opening = facts.Target is Target.ToBeConfirmed ? "The target is to be confirmed" : "It has no target";
        if (facts.Overridden)
        {
            return $"{opening}, but the rating has been overridden to {rating}.";
        }

        return facts.Status is { } status
            ? $"{opening}; it is {StatusPhrase(status)}."
            : $"{opening}, so it is not rated.";
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

    private static string StatusPhrase(IndicatorStatus status) => status switch
    {
        IndicatorStatus.Baseline => "a baseline measure",
        IndicatorStatus.Contextual => "a contextual measure",
        IndicatorStatus.InDevelopment => "a measure in development",
        _ => "a suspended measure",
    };

    private static string BenchmarkPhrase(Benchmark benchmark) => benchmark.Kind switch
    {
        BenchmarkKind.StatisticalNeighbours => "statistical neighbours mean",
        BenchmarkKind.England => "England mean",
        _ => benchmark.Label is null ? "comparator" : $"comparator ({benchmark.Label})",
    };

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

    private static string JoinAnd(IReadOnlyList<string> parts) => parts.Count switch
    {
        0 => "",
        1 => parts[0],
        _ => string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1],
    };
}

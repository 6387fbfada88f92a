using System.Globalization;
using StaticKpi.Model;
using StaticKpi.Shared;

namespace StaticKpi.OpenData;

/// <summary>A column of a CSV file: its name, its Frictionless Table Schema type, what it means and how a row fills it.</summary>
public sealed record DataColumn<TRow>(string Name, string Type, string Description, Func<TRow, string?> Value);

/// <summary>A field of a CSV file as the data package describes it.</summary>
public sealed record DataField(string Name, string Type, string Description);

/// <summary>A row of the values table: one value of an indicator, or one of its benchmarks.</summary>
public sealed record ValueRow(PublishedIndicator Indicator, PublishedValue? Value, Benchmark? Benchmark);

/// <summary>A row of a report table: one indicator as the report shows it, or one of its benchmarks.</summary>
public sealed record ReportRow(PublishedReport Report, PublishedReportIndicator Indicator, Benchmark? Benchmark);

/// <summary>
/// The columns of the CSV files, in order. The CSV writer and the data package's Table Schema both read these
/// lists, so a file and its description cannot disagree. Values are written as the content has them: numbers
/// with the decimal places the editor typed, dates as ISO 8601, categories as the snake_case words of the YAML.
/// </summary>
public static class DataTables
{
    public static IReadOnlyList<DataColumn<ValueRow>> Values { get; } =
    [
        new("indicator_id", "integer", "The indicator's number.", r => Int(r.Indicator.Indicator.Id)),
        new("indicator_title", "string", "The indicator's title.", r => r.Indicator.Indicator.Title),
        new("committee", "string", "The key of the committee whose scorecard the indicator is in.", r => r.Indicator.Committee.Key),
        new("service", "string", "The service that owns the indicator.", r => r.Indicator.Indicator.Service),
        .. MeasureColumns<ValueRow>(r => r.Indicator.Indicator),
        new("row_type", "string",
            "value: a figure for a reporting period; benchmark: a comparison figure such as the England mean.",
            r => r.Benchmark is null ? "value" : "benchmark"),
        new("period", "string",
            "The reporting period (2024/25 Q3, 2024-10 or 2023/24); for a benchmark, the period it refers to.",
            r => r.Value?.Point.Period.Key ?? r.Benchmark?.Period?.Key),
        new("period_start", "date", "The first day of the period.", r => Date((r.Value?.Point.Period ?? r.Benchmark?.Period)?.Start)),
        new("period_end", "date", "The last day of the period.", r => Date((r.Value?.Point.Period ?? r.Benchmark?.Period)?.End)),
        new("label", "string",
            "The label shown instead of the period's name (such as Year to date); for a benchmark, its name.",
            r => r.Value?.Point.Label ?? r.Benchmark?.Label),
        new("value", "number", "The figure; empty when none was available.", r => Number(r.Value?.Point.Value ?? r.Benchmark?.Value)),
        new("target_type", "string", "value, range or to_be_confirmed; empty when the period has no target.", r => TargetType(r.Value?.Target)),
        new("target", "number", "The target, when it is a single value.", r => TargetValue(r.Value?.Target)),
        new("target_min", "number", "The lowest value in the target range.", r => TargetMin(r.Value?.Target)),
        new("target_max", "number", "The highest value in the target range.", r => TargetMax(r.Value?.Target)),
        new("status", "string",
            "Why a period without a target is not rated: baseline, contextual, in_development or suspended.", r => Key(r.Value?.Status)),
        new("rating", "string",
            "The rating shown: red, amber, green or blue; the status for an untargeted period; withheld when the rating is not given yet (usually " +
            "until a provisional figure is validated); no_target for a period before any target was set; or no_data.", r => Key(r.Value?.Rating)),
        new("computed_rating", "string", "The rating computed from the value and target under the rating policy.", r => Key(r.Value?.ComputedRating)),
        new("rating_override_reason", "string",
            "Why the committee replaced the computed rating; empty when it did not.", r => r.Value?.OverrideReason),
        new("rag_policy", "string", "The name of the rating policy in force for the period.", r => r.Value?.Policy?.Name),
        new("benchmark_kind", "string", "For a benchmark: statistical_neighbours, england or comparator.", r => Key(r.Benchmark?.Kind)),
        new("note", "string", "A footnote to the figure.", r => r.Value?.Point.Note ?? r.Benchmark?.Note),
        new("provisional", "boolean",
            "For a value: true when the figure is not yet validated and may change, else false.", r => Bool(r.Value?.Point.Provisional)),
        new("benchmark_cumulative", "boolean",
            "For a benchmark: true when it is a running total (year to date or cumulative), false when it is one period's figure.",
            r => Bool(r.Benchmark?.Cumulative)),
        .. BaselineColumns<ValueRow>(r => r.Indicator.Indicator.Baseline),
    ];

    public static IReadOnlyList<DataColumn<ReportRow>> Report { get; } =
    [
        new("committee", "string", "The key of the committee whose scorecard this is.", r => r.Report.Scored.Committee.Key),
        new("committee_name", "string", "The committee's name.", r => r.Report.Scored.Committee.Name),
        new("report_period", "string", "The period the scorecard covers.", r => r.Report.Report.Period.Key),
        new("produced_on", "date", "The date the scorecard was produced.", r => Date(r.Report.Report.ProducedOn)),
        new("indicator_id", "integer", "The indicator's number.", r => Int(r.Indicator.Indicator.Id)),
        new("indicator_title", "string", "The indicator's title.", r => r.Indicator.Indicator.Title),
        .. MeasureColumns<ReportRow>(r => r.Indicator.Indicator),
        new("row_type", "string",
            "indicator: the indicator's figures in this report; benchmark: one of its comparison figures.",
            r => r.Benchmark is null ? "indicator" : "benchmark"),
        new("current_period", "string", "The period of the current figure.", r => Own(r)?.Current?.Period.Key),
        new("current_value", "number", "The current figure; empty when none was available.", r => Number(Own(r)?.Current?.Value)),
        new("previous_period", "string", "The period of the figure it is compared with.", r => Own(r)?.Previous?.Period.Key),
        new("previous_value", "number", "The figure it is compared with.", r => Number(Own(r)?.Previous?.Value)),
        new("target_type", "string", "value, range or to_be_confirmed; empty when there is no target.", r => TargetType(Own(r)?.Target)),
        new("target", "number", "The target, when it is a single value.", r => TargetValue(Own(r)?.Target)),
        new("target_min", "number", "The lowest value in the target range.", r => TargetMin(Own(r)?.Target)),
        new("target_max", "number", "The highest value in the target range.", r => TargetMax(Own(r)?.Target)),
        new("status", "string",
            "Why an indicator without a target is not rated: baseline, contextual, in_development or suspended.",
            r => r.Benchmark is null ? Key(r.Indicator.Status) : null),
        new("rating", "string",
            "The rating shown: red, amber, green or blue; the status for an untargeted indicator; withheld when the rating is not given yet " +
            "(usually until a provisional figure is validated); no_target for a period before any target was set; or no_data.",
            r => Key(Own(r)?.Rating)),
        new("computed_rating", "string",
            "The rating computed from the current figure and target under the report's rating policy.", r => Key(Own(r)?.ComputedRating)),
        new("rating_override_reason", "string",
            "Why the committee replaced the computed rating; empty when it did not.", r => Own(r)?.Override?.Reason),
        new("change", "string", "Change in performance: improving, declining, unchanged or not_applicable.", r => Key(Own(r)?.Change)),
        new("rag_policy", "string", "The name of the rating policy the report uses.", r => r.Benchmark is null ? r.Report.Scored.Policy.Name : null),
        new("benchmark_kind", "string", "For a benchmark: statistical_neighbours, england or comparator.", r => Key(r.Benchmark?.Kind)),
        new("benchmark_label", "string", "For a benchmark: its name.", r => r.Benchmark?.Label),
        new("benchmark_value", "number", "For a benchmark: its figure.", r => Number(r.Benchmark?.Value)),
        new("benchmark_period", "string", "For a benchmark: the period it refers to.", r => r.Benchmark?.Period?.Key),
        new("note", "string",
            "A footnote to the current figure or the benchmark.", r => r.Benchmark is null ? r.Indicator.Scored.Current?.Note : r.Benchmark.Note),
        new("provisional", "boolean",
            "true when the current figure is not yet validated and may change, else false; empty when there is no current figure.",
            r => Bool(Own(r)?.Current?.Provisional)),
        new("benchmark_cumulative", "boolean",
            "For a benchmark: true when it is a running total (year to date or cumulative), false when it is one period's figure.",
            r => Bool(r.Benchmark?.Cumulative)),
        .. BaselineColumns<ReportRow>(r => r.Benchmark is null ? r.Indicator.Indicator.Baseline : null),
    ];

    /// <summary>How the indicator is measured (unit, precision, direction), repeated on each of its rows in both tables.</summary>
    private static IEnumerable<DataColumn<TRow>> MeasureColumns<TRow>(Func<TRow, Indicator> indicator) =>
    [
        new("unit", "string",
            "What the values count: percent, number, currency, days, stars, score, hours or ratio.", r => Key(indicator(r).Unit)),
        new("precision", "integer", "How many decimal places the site shows.", r => Int(indicator(r).Precision)),
        new("direction", "string", "Which way is better: up (higher), down (lower) or none.", r => Key(indicator(r).Direction)),
    ];

    /// <summary>The indicator's baseline, repeated on each of its rows as its unit and direction are.</summary>
    private static IEnumerable<DataColumn<TRow>> BaselineColumns<TRow>(Func<TRow, Baseline?> baseline) =>
    [
        new("baseline_value", "number",
            "The indicator's baseline: the figure it is tracked against, shown where a target would be; empty when it has none.",
            r => Number(baseline(r)?.Value)),
        new("baseline_from", "string",
            "The period the baseline was taken from, or the first period of the span it was taken from.", r => baseline(r)?.From?.Key),
        new("baseline_to", "string",
            "The last period of the span the baseline was taken from; the same as baseline_from for a single period.", r => baseline(r)?.To?.Key),
        new("baseline_cumulative", "boolean",
            "true when the baseline is a running total (year to date or cumulative), false when it is one period's figure.",
            r => Bool(baseline(r)?.Cumulative)),
    ];

    /// <summary>Every value of an indicator, oldest first, then its benchmarks in file order.</summary>
    public static IEnumerable<ValueRow> RowsOf(PublishedIndicator indicator) =>
        [.. indicator.Values.Select(v => new ValueRow(indicator, v, null)),
         .. indicator.Indicator.Benchmarks.Select(b => new ValueRow(indicator, null, b))];

    /// <summary>Each indicator in report order, each followed by its benchmarks.</summary>
    public static IEnumerable<ReportRow> RowsOf(PublishedReport report) =>
        report.Indicators.SelectMany(i => (IEnumerable<ReportRow>)
            [new ReportRow(report, i, null), .. i.Indicator.Benchmarks.Select(b => new ReportRow(report, i, b))]);

    public static IReadOnlyList<DataField> FieldsOf<TRow>(IReadOnlyList<DataColumn<TRow>> columns) =>
        [.. columns.Select(c => new DataField(c.Name, c.Type, c.Description))];

    private static Scoring.ScoredIndicator? Own(ReportRow row) => row.Benchmark is null ? row.Indicator.Scored : null;

    /// <summary>A boolean as Table Schema's default true and false values; null (an empty cell) when it does not apply.</summary>
    public static string? Bool(bool? value) => value switch
    {
        true => "true",
        false => "false",
        null => null,
    };

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A decimal as the editor wrote it: 85.0 stays 85.0, with a full stop and no thousands separators.</summary>
    public static string? Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An enum value as the YAML writes it: <c>InDevelopment</c> is <c>in_development</c>.</summary>
    public static string Key<T>(T value)
        where T : struct, Enum => EnumNames.Of(value);

    public static string? Key<T>(T? value)
        where T : struct, Enum => value is { } v ? EnumNames.Of(v) : null;

    public static string? TargetType(Target? target) => target switch
    {
        Target.Value => "value",
        Target.Range => "range",
        Target.ToBeConfirmed => "to_be_confirmed",
        _ => null,
    };

    public static string? TargetValue(Target? target) => target is Target.Value v ? Number(v.Amount) : null;

    public static string? TargetMin(Target? target) => target is Target.Range r ? Number(r.Min) : null;

    public static string? TargetMax(Target? target) => target is Target.Range r ? Number(r.Max) : null;
}

using System.Globalization;
using StaticKpi.Localisation;
using StaticKpi.Model;
using StaticKpi.Shared;

namespace StaticKpi.OpenData;

/// <summary>
/// A column of a CSV file: its name, its Frictionless Table Schema type, the string catalogue's key for what it means
/// (so the open data page can explain it in the page's language) and how a row fills it.
/// </summary>
public sealed record DataColumn<TRow>(string Name, string Type, string DescriptionKey, Func<TRow, string?> Value);

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
        new("indicator_id", "integer", "data_column.indicator_id", r => Int(r.Indicator.Indicator.Id)),
        new("indicator_title", "string", "data_column.indicator_title", r => r.Indicator.Indicator.Title),
        new("committee", "string", "data_value.committee", r => r.Indicator.Committee.Key),
        new("service", "string", "data_value.service", r => r.Indicator.Indicator.Service),
        .. MeasureColumns<ValueRow>(r => r.Indicator.Indicator),
        new("row_type", "string",
            "data_value.row_type",
            r => r.Benchmark is null ? "value" : "benchmark"),
        new("period", "string",
            "data_value.period",
            r => r.Value?.Point.Period.Key ?? r.Benchmark?.Period?.Key),
        new("period_start", "date", "data_value.period_start", r => Date((r.Value?.Point.Period ?? r.Benchmark?.Period)?.Start)),
        new("period_end", "date", "data_value.period_end", r => Date((r.Value?.Point.Period ?? r.Benchmark?.Period)?.End)),
        new("label", "string",
            "data_value.label",
            r => r.Value?.Point.Label ?? r.Benchmark?.Label),
        new("value", "number", "data_value.value", r => Number(r.Value?.Point.Value ?? r.Benchmark?.Value)),
        new("target_type", "string", "data_value.target_type", r => TargetType(r.Value?.Target)),
        new("target", "number", "data_column.target", r => TargetValue(r.Value?.Target)),
        new("target_min", "number", "data_column.target_min", r => TargetMin(r.Value?.Target)),
        new("target_max", "number", "data_column.target_max", r => TargetMax(r.Value?.Target)),
        new("status", "string",
            "data_value.status", r => Key(r.Value?.Status)),
        new("rating", "string",
            "data_value.rating", r => Key(r.Value?.Rating)),
        new("computed_rating", "string", "data_value.computed_rating", r => Key(r.Value?.ComputedRating)),
        new("rating_override_reason", "string",
            "data_column.rating_override_reason", r => r.Value?.OverrideReason),
        new("rag_policy", "string", "data_value.rag_policy", r => r.Value?.Policy?.Name),
        new("benchmark_kind", "string", "data_column.benchmark_kind", r => Key(r.Benchmark?.Kind)),
        new("note", "string", "data_value.note", r => r.Value?.Point.Note ?? r.Benchmark?.Note),
        new("provisional", "boolean",
            "data_value.provisional", r => Bool(r.Value?.Point.Provisional)),
        new("benchmark_cumulative", "boolean",
            "data_column.benchmark_cumulative",
            r => Bool(r.Benchmark?.Cumulative)),
        .. BaselineColumns<ValueRow>(r => r.Indicator.Indicator.Baseline),
    ];

    public static IReadOnlyList<DataColumn<ReportRow>> Report { get; } =
    [
        new("committee", "string", "data_report.committee", r => r.Report.Scored.Committee.Key),
        new("committee_name", "string", "data_report.committee_name", r => r.Report.Scored.Committee.Name),
        new("report_period", "string", "data_report.report_period", r => r.Report.Report.Period.Key),
        new("produced_on", "date", "data_report.produced_on", r => Date(r.Report.Report.ProducedOn)),
        new("indicator_id", "integer", "data_column.indicator_id", r => Int(r.Indicator.Indicator.Id)),
        new("indicator_title", "string", "data_column.indicator_title", r => r.Indicator.Indicator.Title),
        .. MeasureColumns<ReportRow>(r => r.Indicator.Indicator),
        new("row_type", "string",
            "data_report.row_type",
            r => r.Benchmark is null ? "indicator" : "benchmark"),
        new("current_period", "string", "data_report.current_period", r => Own(r)?.Current?.Period.Key),
        new("current_value", "number", "data_report.current_value", r => Number(Own(r)?.Current?.Value)),
        new("previous_period", "string", "data_report.previous_period", r => Own(r)?.Previous?.Period.Key),
        new("previous_value", "number", "data_report.previous_value", r => Number(Own(r)?.Previous?.Value)),
        new("target_type", "string", "data_report.target_type", r => TargetType(Own(r)?.Target)),
        new("target", "number", "data_column.target", r => TargetValue(Own(r)?.Target)),
        new("target_min", "number", "data_column.target_min", r => TargetMin(Own(r)?.Target)),
        new("target_max", "number", "data_column.target_max", r => TargetMax(Own(r)?.Target)),
        new("status", "string",
            "data_report.status",
            r => r.Benchmark is null ? Key(r.Indicator.Status) : null),
        new("rating", "string",
            "data_report.rating",
            r => Key(Own(r)?.Rating)),
        new("computed_rating", "string",
            "data_report.computed_rating", r => Key(Own(r)?.ComputedRating)),
        new("rating_override_reason", "string",
            "data_column.rating_override_reason", r => Own(r)?.Override?.Reason),
        new("change", "string", "data_report.change", r => Key(Own(r)?.Change)),
        new("rag_policy", "string", "data_report.rag_policy", r => r.Benchmark is null ? r.Report.Scored.Policy.Name : null),
        new("benchmark_kind", "string", "data_column.benchmark_kind", r => Key(r.Benchmark?.Kind)),
        new("benchmark_label", "string", "data_report.benchmark_label", r => r.Benchmark?.Label),
        new("benchmark_value", "number", "data_report.benchmark_value", r => Number(r.Benchmark?.Value)),
        new("benchmark_period", "string", "data_report.benchmark_period", r => r.Benchmark?.Period?.Key),
        new("note", "string",
            "data_report.note", r => r.Benchmark is null ? r.Indicator.Scored.Current?.Note : r.Benchmark.Note),
        new("provisional", "boolean",
            "data_report.provisional",
            r => Bool(Own(r)?.Current?.Provisional)),
        new("benchmark_cumulative", "boolean",
            "data_column.benchmark_cumulative",
            r => Bool(r.Benchmark?.Cumulative)),
        .. BaselineColumns<ReportRow>(r => r.Benchmark is null ? r.Indicator.Indicator.Baseline : null),
    ];

    /// <summary>How the indicator is measured (unit, precision, direction), repeated on each of its rows in both tables.</summary>
    private static IEnumerable<DataColumn<TRow>> MeasureColumns<TRow>(Func<TRow, Indicator> indicator) =>
    [
        new("unit", "string",
            "data_column.unit", r => Key(indicator(r).Unit)),
        new("precision", "integer", "data_column.precision", r => Int(indicator(r).Precision)),
        new("direction", "string", "data_column.direction", r => Key(indicator(r).Direction)),
    ];

    /// <summary>The indicator's baseline, repeated on each of its rows as its unit and direction are.</summary>
    private static IEnumerable<DataColumn<TRow>> BaselineColumns<TRow>(Func<TRow, Baseline?> baseline) =>
    [
        new("baseline_value", "number",
            "data_column.baseline_value",
            r => Number(baseline(r)?.Value)),
        new("baseline_from", "string",
            "data_column.baseline_from", r => baseline(r)?.From?.Key),
        new("baseline_to", "string",
            "data_column.baseline_to", r => baseline(r)?.To?.Key),
        new("baseline_cumulative", "boolean",
            "data_column.baseline_cumulative",
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

    /// <summary>
    /// The fields of a table, each described in the language of <paramref name="strings"/>: the data package and the
    /// open data page of each language use that language's strings.
    /// </summary>
    public static IReadOnlyList<DataField> FieldsOf<TRow>(IReadOnlyList<DataColumn<TRow>> columns, SiteStrings strings) =>
        [.. columns.Select(c => new DataField(c.Name, c.Type, strings.Text(c.DescriptionKey)))];

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

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using StaticKpi.Model;

namespace StaticKpi.OpenData;

/// <summary>
/// Writes the JSON downloads with <see cref="Utf8JsonWriter"/>, property by property, so the order of properties is
/// fixed by this code and the bytes are the same on every build. Text keeps its letters (£, é) but the characters
/// that matter in HTML (&lt; &gt; &amp; ' ") are escaped, so a file pasted into a page cannot inject markup.
/// </summary>
public static class DataJson
{
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static byte[] Indicator(PublishedIndicator indicator) => Write(w => WriteIndicator(w, indicator));

    public static byte[] Report(PublishedReport report) => Write(w => WriteReport(w, report));

    /// <summary>The whole site: its licence, every report and every published indicator.</summary>
    public static byte[] All(PublishedData data) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("title", data.Config.Title);
        w.WriteString("organisation", data.Config.Organisation);
        w.WriteString("url", data.Address.BaseUrl);
        w.WritePropertyName("licence");
        WriteLicence(w, data.Licence);
        w.WriteStartArray("reports");
        foreach (var report in data.Reports)
        {
            WriteReport(w, report);
        }

        w.WriteEndArray();
        w.WriteStartArray("indicators");
        foreach (var indicator in data.Indicators)
        {
            WriteIndicator(w, indicator);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    public static void WriteLicence(Utf8JsonWriter w, Licence licence)
    {
        w.WriteStartObject();
        if (licence.Name is not null)
        {
            w.WriteString("name", licence.Name);
        }

        w.WriteString("path", licence.Url);
        w.WriteString("title", licence.Title);
        w.WriteEndObject();
    }

    private static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            write(writer);
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void WriteIndicator(Utf8JsonWriter w, PublishedIndicator published)
    {
        var indicator = published.Indicator;
        w.WriteStartObject();
        w.WriteNumber("id", indicator.Id);
        w.WriteString("title", indicator.Title);
        w.WriteString("slug", indicator.Slug);
        w.WriteString("url", published.Url);
        WriteCommittee(w, published.Committee);
        w.WriteString("service", indicator.Service);
        w.WriteString("unit", DataTables.Key(indicator.Unit));
        w.WriteNumber("precision", indicator.Precision);
        w.WriteString("direction", DataTables.Key(indicator.Direction));
        w.WriteString("frequency", DataTables.Key(indicator.Frequency));
        w.WriteString("compare_with", DataTables.Key(indicator.CompareWith));
        WriteTarget(w, "target", indicator.Target);
        WriteTargets(w, indicator.Targets);
        w.WriteString("status", DataTables.Key(indicator.Status));
        WriteBaseline(w, indicator.Baseline);
        w.WriteString("data_source", indicator.DataSource);
        WriteBenchmarks(w, indicator.Benchmarks);
        w.WriteStartArray("values");
        foreach (var value in published.Values)
        {
            w.WriteStartObject();
            WritePeriod(w, value.Point.Period);
            w.WriteString("label", value.Point.Label);
            WriteNumber(w, "value", value.Point.Value);
            WriteTarget(w, "target", value.Target);
            w.WriteString("status", DataTables.Key(value.Status));
            w.WriteString("rating", DataTables.Key(value.Rating));
            w.WriteString("computed_rating", DataTables.Key(value.ComputedRating));
            w.WriteString("rating_override_reason", value.OverrideReason);
            w.WriteString("rag_policy", value.Policy?.Name);
            w.WriteString("note", value.Point.Note);
            w.WriteBoolean("provisional", value.Point.Provisional);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteCommittee(Utf8JsonWriter w, Committee committee)
    {
        w.WriteStartObject("committee");
        w.WriteString("key", committee.Key);
        w.WriteString("name", committee.Name);
        w.WriteEndObject();
    }

    private static void WriteReport(Utf8JsonWriter w, PublishedReport published)
    {
        var scored = published.Scored;
        w.WriteStartObject();
        w.WriteString("title", published.Title);
        w.WriteString("url", published.Url);
        WriteCommittee(w, scored.Committee);
        WritePeriod(w, scored.Report.Period);
        w.WriteString("produced_on", DataTables.Date(scored.Report.ProducedOn));
        w.WriteString("rag_policy", scored.Policy.Name);
        w.WriteStartArray("summary");
        foreach (var row in scored.Summary)
        {
            w.WriteStartObject();
            w.WriteString("rating", DataTables.Key(row.Rating));
            w.WriteNumber("count", row.Count);
            w.WriteNumber("percent", row.Percent);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("indicators");
        foreach (var item in published.Indicators)
        {
            var indicator = item.Indicator;
            var own = item.Scored;
            w.WriteStartObject();
            w.WriteNumber("id", indicator.Id);
            w.WriteString("title", indicator.Title);
            w.WriteString("url", item.Url);
            w.WriteString("unit", DataTables.Key(indicator.Unit));
            w.WriteNumber("precision", indicator.Precision);
            w.WriteString("direction", DataTables.Key(indicator.Direction));
            WritePoint(w, "current", own.Current);
            WritePoint(w, "previous", own.Previous);
            WriteTarget(w, "target", own.Target);
            w.WriteString("status", DataTables.Key(item.Status));
            w.WriteString("rating", DataTables.Key(own.Rating));
            w.WriteString("computed_rating", DataTables.Key(own.ComputedRating));
            w.WriteString("rating_override_reason", own.Override?.Reason);
            w.WriteString("change", DataTables.Key(own.Change));
            WriteBaseline(w, indicator.Baseline);
            WriteBenchmarks(w, indicator.Benchmarks);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WritePeriod(Utf8JsonWriter w, Period period)
    {
        w.WriteString("period", period.Key);
        w.WriteString("period_start", DataTables.Date(period.Start));
        w.WriteString("period_end", DataTables.Date(period.End));
    }

    private static void WritePoint(Utf8JsonWriter w, string name, DataPoint? point)
    {
        if (point is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        WritePeriod(w, point.Period);
        w.WriteString("label", point.Label);
        WriteNumber(w, "value", point.Value);
        w.WriteString("note", point.Note);
        w.WriteBoolean("provisional", point.Provisional);
        w.WriteEndObject();
    }

    private static void WriteTarget(Utf8JsonWriter w, string name, Target? target)
    {
        switch (target)
        {
            case Target.Value single:
                w.WriteStartObject(name);
                w.WriteString("type", "value");
                w.WriteNumber("value", single.Amount);
                w.WriteEndObject();
                break;
            case Target.Range range:
                w.WriteStartObject(name);
                w.WriteString("type", "range");
                w.WriteNumber("min", range.Min);
                w.WriteNumber("max", range.Max);
                w.WriteEndObject();
                break;
            case Target.ToBeConfirmed:
                w.WriteStartObject(name);
                w.WriteString("type", "to_be_confirmed");
                w.WriteEndObject();
                break;
            default:
                w.WriteNull(name);
                break;
        }
    }

    private static void WriteBenchmarks(Utf8JsonWriter w, IReadOnlyList<Benchmark> benchmarks)
    {
        w.WriteStartArray("benchmarks");
        foreach (var benchmark in benchmarks)
        {
            w.WriteStartObject();
            w.WriteString("kind", DataTables.Key(benchmark.Kind));
            w.WriteString("label", benchmark.Label);
            w.WriteNumber("value", benchmark.Value);
            w.WriteString("period", benchmark.Period?.Key);
            w.WriteString("note", benchmark.Note);
            w.WriteBoolean("cumulative", benchmark.Cumulative);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>The targets by period, oldest first: each with the period it is in force from.</summary>
    private static void WriteTargets(Utf8JsonWriter w, IReadOnlyList<TargetFrom> targets)
    {
        w.WriteStartArray("targets");
        foreach (var target in targets)
        {
            w.WriteStartObject();
            w.WriteString("from", target.From.Key);
            WriteTarget(w, "target", target.Target);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteBaseline(Utf8JsonWriter w, Baseline? baseline)
    {
        if (baseline is null)
        {
            w.WriteNull("baseline");
            return;
        }

        w.WriteStartObject("baseline");
        w.WriteNumber("value", baseline.Value);
        w.WriteString("from", baseline.From?.Key);
        w.WriteString("to", baseline.To?.Key);
        w.WriteBoolean("cumulative", baseline.Cumulative);
        w.WriteString("note", baseline.Note);
        w.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } number)
        {
            w.WriteNumber(name, number);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}

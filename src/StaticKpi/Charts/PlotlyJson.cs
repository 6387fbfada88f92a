using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Plotly.NET;

namespace StaticKpi.Charts;

/// <summary>
/// Serialises Plotly.NET figures to the JSON that <c>Plotly.newPlot(div, data, layout, config)</c> takes, safely
/// and fast. The figure's traces, layout and config are walked directly and each <c>DynamicObj</c> is written from
/// its property dictionary, in the order the properties were set, with System.Text.Json's <see cref="Utf8JsonWriter"/>.
/// Every string is written with HTML-sensitive characters escaped (<c>&lt;</c> becomes <c>\u003C</c>, and likewise
/// <c>&gt; &amp; ' "</c>, U+2028 and U+2029), so the JSON can sit in a <c>&lt;script type="application/json"&gt;</c>
/// element whatever an editor typed into a title; other non-ASCII letters (<c>£</c>, <c>é</c>) are written as they are.
/// </summary>
internal static class PlotlyJson
{
    /// <summary>A buffer that grew past this is not kept for the next chart on its thread.</summary>
    private const int RetainedCapacity = 1024 * 1024;

    /// <summary>
    /// The built-in JavaScript encoder always escapes HTML-sensitive characters (<c>&lt; &gt; &amp; ' " +</c> and
    /// <c>`</c>), control characters and the line and paragraph separators, whatever ranges it is allowed; allowing
    /// every BMP range only keeps letters such as <c>£</c> readable. The encoder is immutable and thread-safe.
    /// </summary>
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
    };

    private static readonly JsonEncodedText DataName = JsonEncodedText.Encode("data");
    private static readonly JsonEncodedText LayoutName = JsonEncodedText.Encode("layout");
    private static readonly JsonEncodedText ConfigName = JsonEncodedText.Encode("config");
    private static readonly JsonEncodedText TypeName = JsonEncodedText.Encode("type");

    /// <summary>
    /// Each thread that builds charts reuses its own buffer and writer, so parallel rendering shares nothing. Kept for
    /// the process, not the build: one per thread, holding no content between charts, and let go when it grows past
    /// <see cref="RetainedCapacity"/>.
    /// </summary>
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>The figure as one JSON object: <c>{"data":[…],"layout":{…},"config":{…}}</c>.</summary>
    public static string Serialize(GenericChart chart)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer, Options);
        writer.Reset(buffer);
        try
        {
            writer.WriteStartObject();
            writer.WritePropertyName(DataName);
            writer.WriteStartArray();
            foreach (var trace in GenericChart.getTraces(chart))
            {
                WriteObject(writer, trace);
            }

            writer.WriteEndArray();
            writer.WritePropertyName(LayoutName);
            WriteObject(writer, GenericChart.getLayout(chart));
            writer.WritePropertyName(ConfigName);
            WriteObject(writer, GenericChart.getConfig(chart));
            writer.WriteEndObject();
            writer.Flush();
            return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }
        finally
        {
            if (buffer.Capacity > RetainedCapacity)
            {
                // The writer still holds the buffer, so both go.
                t_buffer = null;
                t_writer = null;
            }
        }
    }

    /// <summary>
    /// Writes a <c>DynamicObj</c> from its property dictionary (in the order the properties were set) rather than
    /// through <c>DynamicObject</c> member binding, which looks every property up by reflection. A trace's type is a
    /// CLR property, not a dynamic one, and comes first.
    /// </summary>
    private static void WriteObject(Utf8JsonWriter writer, DynamicObj.DynamicObj obj)
    {
        writer.WriteStartObject();
        var trace = obj as Trace;
        if (trace is not null)
        {
            writer.WriteString(TypeName, trace.type);
        }

        foreach (var (name, value) in obj.Properties)
        {
            if (trace is not null && name == "type")
            {
                continue;
            }

            writer.WritePropertyName(name);
            WriteValue(writer, value);
        }

        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case double number:
                WriteDouble(writer, number);
                break;
            case DynamicObj.DynamicObj child:
                WriteObject(writer, child);
                break;
            case Color color:
                // Plotly.NET's typed API wraps a colour; plotly.js takes what it wraps (a CSS colour string).
                WriteValue(writer, color.Value);
                break;
            case DynamicObj.DynamicObj[] children:
                writer.WriteStartArray();
                foreach (var child in children)
                {
                    WriteObject(writer, child);
                }

                writer.WriteEndArray();
                break;
            case string?[] texts:
                writer.WriteStartArray();
                foreach (var text in texts)
                {
                    writer.WriteStringValue(text);
                }

                writer.WriteEndArray();
                break;
            case double?[] numbers:
                writer.WriteStartArray();
                foreach (var number in numbers)
                {
                    if (number is { } n)
                    {
                        WriteDouble(writer, n);
                    }
                    else
                    {
                        writer.WriteNullValue();
                    }
                }

                writer.WriteEndArray();
                break;
            case double[] numbers:
                writer.WriteStartArray();
                foreach (var number in numbers)
                {
                    WriteDouble(writer, number);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new NotSupportedException(
                    $"Chart JSON cannot write a value of type {value.GetType().FullName}; " +
                    "PlotlyJson writes strings, booleans, int, double, Color, DynamicObj and arrays of string, double, double? and DynamicObj.");
        }
    }

    /// <summary>plotly.js cannot read NaN or infinities, and JSON has no such numbers.</summary>
    private static void WriteDouble(Utf8JsonWriter writer, double number)
    {
        if (double.IsFinite(number))
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

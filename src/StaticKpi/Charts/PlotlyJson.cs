using System.Globalization;
using Newtonsoft.Json;
using Plotly.NET;

namespace StaticKpi.Charts;

/// <summary>
/// Serialises Plotly.NET figures to the JSON that <c>Plotly.newPlot(div, data, layout, config)</c> takes, safely
/// and fast. Newtonsoft's reference-loop check compares objects with <c>Equals</c>, which for Plotly.NET's
/// <c>DynamicObj</c> is a deep structural hash, so the settings compare references instead. Every string is
/// written with HTML-sensitive characters escaped (<c>&lt;</c> becomes <c>\u003c</c>), so the JSON can sit in a
/// <c>&lt;script type="application/json"&gt;</c> element whatever an editor typed into a title.
/// </summary>
internal static class PlotlyJson
{
    /// <summary>Built once; JsonConvert only reads it, so it is shared by parallel page rendering.</summary>
    public static readonly JsonSerializerSettings Settings = new()
    {
        ReferenceLoopHandling = ReferenceLoopHandling.Serialize,
        EqualityComparer = ReferenceEqualityComparer.Instance,
        StringEscapeHandling = StringEscapeHandling.EscapeHtml,
        Formatting = Newtonsoft.Json.Formatting.None,
        Culture = CultureInfo.InvariantCulture,
        Converters = { new DynamicObjJsonConverter() },
    };

    /// <summary>The figure as one JSON object: <c>{"data":[…],"layout":{…},"config":{…}}</c>.</summary>
    public static string Serialize(GenericChart chart) =>
        JsonConvert.SerializeObject(GenericChart.toChartDTO(chart), Settings);

    /// <summary>
    /// Writes a <c>DynamicObj</c> from its property dictionary (in the order the properties were set) rather than
    /// through <c>DynamicObject</c> member binding, which looks every property up by reflection.
    /// </summary>
    private sealed class DynamicObjJsonConverter : JsonConverter
    {
        public override bool CanRead => false;

        public override bool CanConvert(Type objectType) => typeof(DynamicObj.DynamicObj).IsAssignableFrom(objectType);

        public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer) =>
            throw new NotSupportedException("Chart JSON is only written.");

        public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
        {
            if (value is not DynamicObj.DynamicObj obj)
            {
                writer.WriteNull();
                return;
            }

            writer.WriteStartObject();
            if (obj is Trace trace)
            {
                // A trace's type is a CLR property, not a dynamic one.
                writer.WritePropertyName("type");
                writer.WriteValue(trace.type);
            }

            foreach (var (name, item) in obj.Properties)
            {
                if (obj is Trace && name == "type")
                {
                    continue;
                }

                writer.WritePropertyName(name);
                WriteValue(writer, item, serializer);
            }

            writer.WriteEndObject();
        }

        private void WriteValue(JsonWriter writer, object? value, JsonSerializer serializer)
        {
            switch (value)
            {
                case null:
                    writer.WriteNull();
                    break;
                case string text:
                    writer.WriteValue(text);
                    break;
                case bool flag:
                    writer.WriteValue(flag);
                    break;
                case int number:
                    writer.WriteValue(number);
                    break;
                case double number:
                    WriteDouble(writer, number);
                    break;
                case DynamicObj.DynamicObj child:
                    WriteJson(writer, child, serializer);
                    break;
                case string?[] texts:
                    writer.WriteStartArray();
                    foreach (var text in texts)
                    {
                        writer.WriteValue(text);
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
                            writer.WriteNull();
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
                    serializer.Serialize(writer, value);
                    break;
            }
        }

        /// <summary>plotly.js cannot read NaN or infinities, and JSON has no such numbers.</summary>
        private static void WriteDouble(JsonWriter writer, double number)
        {
            if (double.IsFinite(number))
            {
                writer.WriteValue(number);
            }
            else
            {
                writer.WriteNull();
            }
        }
    }
}

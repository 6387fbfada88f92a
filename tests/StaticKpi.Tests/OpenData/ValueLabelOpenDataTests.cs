using System.Globalization;
using System.Text.Json;
using CsvHelper;
using StaticKpi.Tests.Pages;

namespace StaticKpi.Tests.OpenData;

/// <summary>
/// A value's label in each language's open data (tests/fixtures/translated-labels): the columns, periods and keys are
/// the same in every language, and the <c>label</c> text is the language's where it is translated, as an indicator's
/// title, a benchmark's label and a note are; an untranslated label is the default language's in every language.
/// </summary>
public sealed class ValueLabelOpenDataTests(ValueLabelPageTests.TranslatedLabels fixture)
    : IClassFixture<ValueLabelPageTests.TranslatedLabels>
{
    private readonly BuiltSite _site = fixture.Succeeded();

    [Theory]
    [InlineData("data/statickpi-all.csv", "2024/25 Q2=Half year|2024/25 Q3=Year to date")]
    [InlineData("cy/data/statickpi-all.csv", "2024/25 Q2=Half year|2024/25 Q3=Y flwyddyn hyd yma")]
    public void The_csv_s_label_column_holds_the_language_s_label_by_period(string file, string expected)
    {
        var options = CsvReaderOptions.Default with { Separator = ',', FormatProvider = CultureInfo.InvariantCulture };
        using var reader = CsvReader.Create(new StringReader(File.ReadAllText(Path.Combine(_site.Output, file))), options);
        var labels = new List<string>();
        while (reader.Read())
        {
            var headers = reader.Headers.ToList();
            labels.Add(reader.GetString(headers.IndexOf("period")) + "=" + reader.GetString(headers.IndexOf("label")));
        }

        Assert.Equal(expected.Split('|'), labels);
    }

    [Theory]
    [InlineData("data/indicators/201-council-tax-collected.json", "2024/25 Q2=Half year|2024/25 Q3=Year to date")]
    [InlineData("cy/data/indicators/201-council-tax-collected.json", "2024/25 Q2=Half year|2024/25 Q3=Y flwyddyn hyd yma")]
    public void The_json_s_values_hold_the_language_s_label_by_period(string file, string expected)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_site.Output, file)));

        Assert.Equal(expected.Split('|'), json.RootElement.GetProperty("values").EnumerateArray()
            .Select(v => v.GetProperty("period").GetString() + "=" + v.GetProperty("label").GetString()));
    }
}

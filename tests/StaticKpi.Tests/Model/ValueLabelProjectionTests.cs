using StaticKpi.Content;
using StaticKpi.Diagnostics;
using StaticKpi.Model;

namespace StaticKpi.Tests.Model;

/// <summary>
/// The site projected into Welsh (tests/fixtures/translated-labels): a value's label and a chart's categories in Welsh
/// where they are translated, else in English with the language they fell back to, for the pages to mark.
/// </summary>
public sealed class ValueLabelProjectionTests
{
    private static readonly Site Loaded = ContentLoader.Load(RepoPaths.Fixture("translated-labels"), new DiagnosticBag())!;

    private static Indicator Indicator(string code) => Loaded.In(Loaded.Config.Languages.Single(l => l.Code == code)).Indicators.Single();

    [Fact]
    public void A_translated_label_is_the_language_s_and_an_untranslated_one_the_default_s_marked_english()
    {
        Assert.Equal(
            [("Half year", "en"), ("Y flwyddyn hyd yma", null)],
            Indicator("cy").Series.Select(p => (p.Label, p.LabelLanguage)));
    }

    [Fact]
    public void Translated_categories_are_the_language_s_untranslated_ones_the_default_s_marked_english_and_letterless_ones_shared()
    {
        Assert.Equal(
            [("Hyd 2024|Tach 2024", null), ("Town hall|Online", "en"), ("10/2024|11/2024", null)],
            Indicator("cy").Charts.Select(Categories));
    }

    [Fact]
    public void The_default_language_s_labels_and_categories_are_as_written_and_unmarked()
    {
        var indicator = Indicator("en");

        Assert.Equal([("Half year", null), ("Year to date", null)], indicator.Series.Select(p => (p.Label, p.LabelLanguage)));
        Assert.Equal(
            [("Oct 2024|Nov 2024", null), ("Town hall|Online", null), ("10/2024|11/2024", null)],
            indicator.Charts.Select(Categories));
    }

    private static (string, string?) Categories(ChartSpec chart) => (string.Join("|", chart.Categories), chart.CategoriesLanguage);
}

using StaticKpi.Build;
using StaticKpi.Content;
using StaticKpi.Diagnostics;

namespace StaticKpi.Tests.Content;

/// <summary>
/// What validate says about a value's translated <c>label</c> and a chart's translated <c>categories</c>
/// (tests/fixtures/translated-labels): a missing translation is warned once where it is, and a broken map of lists is an
/// error at the list or code at fault, naming what is wrong.
/// </summary>
public sealed class ValueLabelTranslationTests
{
    private const string Fixture = "translated-labels";
    private const string File = "content/indicators/201-council-tax.yaml";
    private const string WelshCategories = "cy: [Hyd 2024, Tach 2024]";

    private static List<(string, Severity, string, int, int, string, string?)> Diagnostics(string source, bool strict = false) =>
        [.. SiteValidation.Run(source, strict).Diagnostics
            .Select(d => (d.RuleId, d.Severity, d.Location.File, d.Location.Line, d.Location.Column, d.Message, d.Fix))];

    [Fact]
    public void Validate_warns_once_for_an_untranslated_label_categories_or_chart_name_where_it_is()
    {
        Assert.Equal(
            [
                (RuleIds.MissingTranslation, Severity.Warning, File, 14, 12, Missing("label"), Give("label")),
                (RuleIds.MissingTranslation, Severity.Warning, File, 29, 14, Missing("x_title"), Give("x_title")),
                (RuleIds.MissingTranslation, Severity.Warning, File, 30, 17,
                    "'categories' has no Cymraeg (cy) labels, so the Cymraeg pages show the English labels.",
                    "Give 'categories' a list for each language, such as 'categories: {en: […], cy: […]}', each as long as the other."),
                (RuleIds.MissingTranslation, Severity.Warning, File, 32, 15, Missing("name"), Give("name")),
                (RuleIds.MissingTranslation, Severity.Warning, File, 35, 15, Missing("name"), Give("name")),
            ],
            Diagnostics(RepoPaths.Fixture(Fixture)));
    }

    private static string Missing(string key) => $"'{key}' has no Cymraeg (cy) text, so the Cymraeg pages show the English text.";

    private static string Give(string key) => $"Give '{key}' a text for each language, such as '{key}: {{en: …, cy: …}}'.";

    [Fact]
    public void Validate_with_strict_makes_each_missing_translation_an_error()
    {
        var diagnostics = Diagnostics(RepoPaths.Fixture(Fixture), strict: true);

        Assert.Equal([(14, 12), (29, 14), (30, 17), (32, 15), (35, 15)], diagnostics.Select(d => (d.Item4, d.Item5)));
        Assert.All(diagnostics, d => Assert.Equal(RuleIds.MissingTranslation, d.Item1));
        Assert.All(diagnostics, d => Assert.Equal(Severity.Error, d.Item2));
    }

    [Fact]
    public void Categories_without_a_letter_read_the_same_in_every_language_and_are_not_warned_about()
    {
        Assert.DoesNotContain(Diagnostics(RepoPaths.Fixture(Fixture)), d => d.Item4 == 40);
    }

    [Fact]
    public void A_translated_label_is_not_warned_about()
    {
        using var site = TempSite.CopyOf(RepoPaths.Fixture(Fixture));
        site.Replace(File, "label: Half year", "label: {en: Half year, cy: Hanner blwyddyn}");

        Assert.Equal([29, 30, 32, 35], Diagnostics(site.Source).Select(d => d.Item4));
    }

    [Theory]
    [InlineData(WelshCategories, "cy: [Hyd 2024]", RuleIds.BadValue, 22, 48,
        "The Cymraeg (cy) list of 'categories' has 1 label, but the English (en) list has 2 labels.",
        "Give each language one label for each category, in the same order.")]
    [InlineData(WelshCategories, "cy: [Hyd 2024, Tach 2024, Rhag 2024]", RuleIds.BadValue, 22, 48,
        "The Cymraeg (cy) list of 'categories' has 3 labels, but the English (en) list has 2 labels.",
        "Give each language one label for each category, in the same order.")]
    [InlineData(WelshCategories, "cz: [Hyd 2024, Tach 2024]", RuleIds.BadValue, 22, 44,
        "'cz' in 'categories' is not one of the site's languages (en, cy).", "Did you mean 'cy'?")]
    [InlineData("cy: Y flwyddyn", "cz: Y flwyddyn", RuleIds.BadValue, 17, 31,
        "'cz' in 'label' is not one of the site's languages (en, cy).", "Did you mean 'cy'?")]
    [InlineData(WelshCategories, "cy: [Hyd 2024, Hyd 2024]", RuleIds.BadValue, 22, 59,
        "The category 'Hyd 2024' appears twice in the 'cy' list.", "Give every category a different label.")]
    [InlineData("{en: [Oct 2024, Nov 2024], cy:", "{cy:", RuleIds.MissingRequired, 22, 17,
        "'categories' has no English labels, the site's first language.", "Add 'en: […]' to 'categories'.")]
    [InlineData(WelshCategories, "cy: Hyd 2024", RuleIds.WrongType, 22, 48,
        "The 'cy' labels of 'categories' should be a list.", "Write them as a list, for example 'cy: [Jul 2022, Aug 2022]'.")]
    public void A_wrong_length_list_an_unknown_code_a_repeated_category_or_a_missing_list_is_an_error_where_it_is(
        string written, string replacement, string rule, int line, int column, string message, string fix)
    {
        using var site = TempSite.CopyOf(RepoPaths.Fixture(Fixture));
        site.Replace(File, written, replacement);

        var errors = Diagnostics(site.Source).Where(d => d.Item2 == Severity.Error);

        Assert.Equal([(rule, Severity.Error, File, line, column, message, (string?)fix)], errors);
    }
}

/// <summary>The indicator schema lets editors write a value's label as text or a map, and categories as a list or a map of lists.</summary>
public sealed class ValueLabelSchemaTests
{
    private static readonly System.Text.Json.Nodes.JsonNode Indicator =
        System.Text.Json.Nodes.JsonNode.Parse(ContentSchema.Files().Single(f => f.FileName == "indicator.schema.json").Json)!;

    [Fact]
    public void A_value_s_label_is_text_or_a_map_of_texts()
    {
        var forms = Indicator["properties"]!["series"]!["items"]!["properties"]!["label"]!["anyOf"]!.AsArray();

        Assert.Equal(["string", "object"], forms.Select(f => f!["type"]!.GetValue<string>()));
        Assert.Equal("string", forms[1]!["additionalProperties"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void A_chart_s_categories_are_a_list_or_a_map_of_lists_each_label_once()
    {
        var forms = Indicator["properties"]!["charts"]!["items"]!["properties"]!["categories"]!["anyOf"]!.AsArray();

        Assert.Equal(["array", "object"], forms.Select(f => f!["type"]!.GetValue<string>()));
        var list = forms[1]!["additionalProperties"]!;
        Assert.Equal(("array", true), (list["type"]!.GetValue<string>(), list["uniqueItems"]!.GetValue<bool>()));
        Assert.Equal(forms[0]!.ToJsonString(), list.ToJsonString());
    }
}

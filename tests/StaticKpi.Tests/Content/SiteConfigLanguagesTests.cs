using StaticKpi.Build;
using StaticKpi.Diagnostics;

namespace StaticKpi.Tests.Content;

/// <summary>
/// <c>languages:</c> in site.config.yaml and the translated text fields (tests/fixtures/bilingual): each mistake is
/// one error at its place, and a missing translation a warning (SKPI039) that <c>--strict</c> makes an error.
/// </summary>
public sealed class SiteConfigLanguagesTests
{
    private const string Config = "site.config.yaml";
    private const string Complaints = "content/indicators/102-complaints.yaml";
    private const string WelshName = "    name: Cymraeg\n";

    /// <summary>Edits one file of the bilingual fixture and expects exactly this error from validate.</summary>
    private static void AssertOnlyError(string file, string oldText, string newText, string ruleId, int line, int column, string message, string fix)
    {
        using var site = TempSite.CopyOf(RepoPaths.Fixture("bilingual"));
        site.Replace(file, oldText, newText);

        var d = Assert.Single(SiteValidation.Run(site.Source).Diagnostics, d => d.Severity == Severity.Error);

        Assert.Equal((ruleId, file, line, column, message, fix), (d.RuleId, d.Location.File, d.Location.Line, d.Location.Column, d.Message, d.Fix));
    }

    [Fact]
    public void A_strict_validate_makes_the_missing_translation_an_error()
    {
        using var site = TempSite.CopyOf(RepoPaths.Fixture("bilingual"));

        var d = Assert.Single(SiteValidation.Run(site.Source, strict: true).Diagnostics);

        Assert.Equal(
            (Severity.Error, RuleIds.MissingTranslation, Complaints, 2, 8,
                "'title' has no Cymraeg (cy) text, so the Cymraeg pages show the English text.",
                "Give 'title' a text for each language, such as 'title: {en: …, cy: …}'."),
            (d.Severity, d.RuleId, d.Location.File, d.Location.Line, d.Location.Column, d.Message, d.Fix));
    }

    [Fact]
    public void An_unknown_code_in_a_text_map_is_an_error_with_a_suggestion() =>
        AssertOnlyError(Complaints, "title: Complaints answered on time", "title: {en: Complaints answered on time, cyy: Cwynion}",
            RuleIds.BadValue, 2, 42, "'cyy' in 'title' is not one of the site's languages (en, cy).", "Did you mean 'cy'?");

    [Fact]
    public void A_text_map_without_the_default_language_is_an_error() =>
        AssertOnlyError(Complaints, "title: Complaints answered on time", "title: {cy: Cwynion}",
            RuleIds.MissingRequired, 2, 8, "'title' has no English text, the site's first language.", "Add 'en: …' to 'title'.");

    [Fact]
    public void A_language_listed_twice_is_an_error() =>
        AssertOnlyError(Config, WelshName, WelshName + "  - code: cy\n    culture: cy-GB\n",
            RuleIds.DuplicateId, 14, 11, "The language code 'cy' is listed twice.", "List each language once.");

    [Fact]
    public void Two_languages_at_one_path_are_an_error() =>
        AssertOnlyError(Config, WelshName, WelshName + "    path: \"\"\n",
            RuleIds.DuplicateId, 14, 11, "The languages 'en' and 'cy' would both be published at the site root.", "Give each language its own path.");

    [Theory]
    [InlineData("key")]
    [InlineData("2024-25-q3")]
    public void A_path_the_site_uses_for_its_own_pages_is_an_error(string path) =>
        AssertOnlyError(Config, WelshName, WelshName + $"    path: {path}\n",
            RuleIds.BadValue, 14, 11, $"The path '{path}' is a folder the site already uses for its own pages.",
            "Choose another path, such as 'cy-site', or leave it out to use 'cy'.");

    [Fact]
    public void A_culture_dotnet_does_not_know_is_an_error() =>
        AssertOnlyError(Config, "culture: cy-GB", "culture: Welsh",
            RuleIds.BadValue, 12, 14, "The culture 'Welsh' is not one .NET knows.", "Use a language and region such as 'en-GB' or 'cy-GB'.");

    [Fact]
    public void A_site_without_languages_reads_a_text_map_in_its_one_language_and_warns_of_nothing()
    {
        using var site = TempSite.FromMinimal();
        site.Replace("content/indicators/101-invoices-paid.yaml", "title: Invoices paid within 30 days", "title: {en: Invoices paid within 30 days}");

        Assert.Empty(SiteValidation.Run(site.Source).Diagnostics);
    }
}

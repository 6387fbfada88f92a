using StaticKpi.Localisation;
using StaticKpi.Model;
using StaticKpi.Render;

namespace StaticKpi.Tests.Localisation;

/// <summary>
/// A language's strings: placeholders filled, periods named in the language, a site's own file laid over the theme's
/// key by key, and every problem reported with the file, line and column to fix.
/// </summary>
public sealed class SiteStringsTests
{
    private static readonly SiteStrings English = SiteStrings.Default("en-GB");
    private static readonly SiteStrings Welsh = SiteStrings.Default("cy-GB");

    [Fact]
    public void Placeholders_are_filled_and_a_count_picks_the_plural_form()
    {
        Assert.Equal("Finance Committee: adroddiad perfformiad Chwarter 3, blwyddyn ariannol 2024/25",
            Welsh.Format("report.title", ("committee", "Finance Committee"), ("period", Welsh.PeriodName(Period.Quarter(2024, 3)))));
        Assert.Equal("1 indicator kept the same rating.", English.Plural("report.unchanged", 1));
        Assert.Equal("4 indicators kept the same rating.", English.Plural("report.unchanged", 4));
        Assert.Equal("Ni chadwodd yr un dangosydd yr un sgôr.", Welsh.Plural("report.unchanged", 0));
        Assert.Equal("Cadwodd 7 dangosydd yr un sgôr.", Welsh.Plural("report.unchanged", 7));
    }

    [Fact]
    public void Periods_are_named_in_the_language_with_ICU_month_names()
    {
        Assert.Equal(
            ["2024/25 Q2", "October 2024", "2023/24"],
            new[] { Period.Quarter(2024, 2), Period.Month(2024, 10), Period.FinancialYear(2023) }.Select(English.PeriodName));
        Assert.Equal(
            ["Chwarter 2, blwyddyn ariannol 2024/25", "Hydref 2024", "2023/24"],
            new[] { Period.Quarter(2024, 2), Period.Month(2024, 10), Period.FinancialYear(2023) }.Select(Welsh.PeriodName));
    }

    [Fact]
    public void A_site_theme_file_overrides_one_key_and_keeps_the_others()
    {
        using var folder = new TempFolder();
        var (theme, _) = SiteThemeWith(folder, "en", "rating:\n  red: \"Off track\"\n");

        var strings = SiteStrings.Load(theme, "en-GB");

        Assert.Equal(["Off track", "Amber"], new[] { "rating.red", "rating.amber" }.Select(strings.Text));
    }

    [Fact]
    public void A_site_file_overriding_a_key_the_theme_lacks_is_an_error_at_its_line_and_column()
    {
        using var folder = new TempFolder();
        var (theme, file) = SiteThemeWith(folder, "en", "rating:\n  red: \"Off track\"\n  redd: \"Off\"\n");

        var problem = Assert.Throws<StringsProblem>(() => SiteStrings.Load(theme, "en-GB"));

        Assert.Equal($"{file}:3:3: the theme has no string 'rating.redd' to override.", problem.Message);
        Assert.Equal("Use a key from the theme's i18n file (check its spelling), or remove this one.", problem.Fix);
    }

    [Fact]
    public void A_malformed_strings_file_is_an_error_naming_its_file_line_and_column()
    {
        var problem = Assert.Throws<StringsProblem>(() => StringsFile.Read("rating:\n  red: \"Red\n  amber: Amber\n", "cy.yaml"));

        Assert.Equal("cy.yaml:2:8: this is not valid YAML.", problem.Message);
    }

    [Fact]
    public void A_placeholder_English_does_not_have_is_an_error_at_the_translation()
    {
        using var folder = new TempFolder();
        var (theme, file) = SiteThemeWith(folder, "cy", "report:\n  previous: \"Adroddiad blaenorol: {adroddiad}\"\n");

        var problem = Assert.Throws<StringsProblem>(() => SiteStrings.Load(theme, "cy-GB"));

        Assert.Equal($"{file}:2:3: 'report.previous' has the placeholder {{adroddiad}}, which the English string does not have.", problem.Message);
        Assert.Equal("Use only the placeholders of the English string: {report}.", problem.Fix);
    }

    [Fact]
    public void A_key_no_file_has_is_an_error_naming_the_file()
    {
        var problem = Assert.Throws<StringsProblem>(() => English.Text("rating.gren"));

        Assert.Equal("There is no string 'rating.gren' in i18n/en.yaml.", problem.Message);
    }

    /// <summary>A site theme folder whose only file is <c>i18n/&lt;language&gt;.yaml</c> with the text given.</summary>
    private static (Theme Theme, string File) SiteThemeWith(TempFolder folder, string language, string text)
    {
        var folderOfTheme = folder.Combine("site", "themes", "default");
        var file = Path.Combine(folderOfTheme, "i18n", language + ".yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
        return (new Theme(folderOfTheme), file);
    }
}

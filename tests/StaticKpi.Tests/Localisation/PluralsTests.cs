using StaticKpi.Localisation;

namespace StaticKpi.Tests.Localisation;

/// <summary>The CLDR plural rules that pick a sentence's form for a count, in Welsh and English.</summary>
public sealed class PluralsTests
{
    [Theory]
    [InlineData(0, "zero")]
    [InlineData(1, "one")]
    [InlineData(2, "two")]
    [InlineData(3, "few")]
    [InlineData(6, "many")]
    [InlineData(7, "other")]
    [InlineData(4, "other")]
    [InlineData(100, "other")]
    public void Welsh_counts_take_the_six_CLDR_forms(long count, string category) =>
        Assert.Equal(category, Plurals.Category("cy", count));

    [Theory]
    [InlineData(0, "other")]
    [InlineData(1, "one")]
    [InlineData(2, "other")]
    [InlineData(6, "other")]
    public void English_counts_take_one_or_other(long count, string category) =>
        Assert.Equal(category, Plurals.Category("en", count));

    [Fact]
    public void A_plural_entry_gives_the_form_of_the_count_and_other_for_a_form_it_lacks()
    {
        var entries = StringsFile.Read(
            "report:\n  kept:\n    zero: \"dim {count}\"\n    one: \"un {count}\"\n    two: \"dau {count}\"\n    few: \"tri {count}\"\n" +
            "    other: \"eraill {count}\"\n", "cy.yaml");
        var kept = entries["report.kept"];

        Assert.Equal(
            ["dim {count}", "un {count}", "dau {count}", "tri {count}", "eraill {count}", "eraill {count}"],
            new long[] { 0, 1, 2, 3, 6, 7 }.Select(n => kept.For("cy", n).Text));
        Assert.Equal(["eraill {count}", "un {count}"], new long[] { 2, 1 }.Select(n => kept.For("en", n).Text));
    }
}

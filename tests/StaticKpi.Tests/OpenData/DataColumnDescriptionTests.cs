using StaticKpi.Localisation;
using StaticKpi.OpenData;

namespace StaticKpi.Tests.OpenData;

/// <summary>
/// The columns of the open data files are described from the string catalogue: in the page's language on the open
/// data page and in the data package, in the language of the site they are published with, with the column names unchanged.
/// </summary>
public sealed class DataColumnDescriptionTests
{
    private static readonly SiteStrings English = SiteStrings.Default();
    private static readonly SiteStrings Welsh = SiteStrings.Default("cy-GB");

    [Fact]
    public void Every_column_of_both_tables_has_a_welsh_description_different_from_its_english_one()
    {
        var untranslated = DataTables.FieldsOf(DataTables.Values, Welsh).Zip(DataTables.FieldsOf(DataTables.Values, English))
            .Concat(DataTables.FieldsOf(DataTables.Report, Welsh).Zip(DataTables.FieldsOf(DataTables.Report, English)))
            .Where(pair => pair.First.Description == pair.Second.Description)
            .Select(pair => pair.First.Name);

        Assert.Empty(untranslated);
    }

    [Fact]
    public void A_column_described_in_welsh_keeps_its_name_and_type()
    {
        var welsh = DataTables.FieldsOf(DataTables.Report, Welsh).Single(f => f.Name == "change");
        var english = DataTables.FieldsOf(DataTables.Report, English).Single(f => f.Name == "change");

        Assert.Equal(new DataField("change", "string", "Newid mewn perfformiad: improving, declining, unchanged neu not_applicable."), welsh);
        Assert.Equal(new DataField("change", "string", "Change in performance: improving, declining, unchanged or not_applicable."), english);
    }

    [Fact]
    public void A_column_shared_by_both_tables_has_one_description_and_one_that_differs_has_one_per_table()
    {
        string Describe<TRow>(IReadOnlyList<DataColumn<TRow>> columns, string name) =>
            DataTables.FieldsOf(columns, English).Single(f => f.Name == name).Description;

        Assert.Equal("The target, when it is a single value.", Describe(DataTables.Values, "target"));
        Assert.Equal("The target, when it is a single value.", Describe(DataTables.Report, "target"));
        Assert.Equal("A footnote to the figure.", Describe(DataTables.Values, "note"));
        Assert.Equal("A footnote to the current figure or the benchmark.", Describe(DataTables.Report, "note"));
    }
}

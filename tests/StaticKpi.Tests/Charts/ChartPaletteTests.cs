using StaticKpi.Charts;
using StaticKpi.Model;

namespace StaticKpi.Tests.Charts;

public class ChartPaletteTests
{
    [Fact]
    public void Every_colour_has_at_least_three_to_one_contrast_against_white()
    {
        Assert.All(ChartPalette.AllSolidColours, colour =>
            Assert.True(ChartPalette.ContrastRatio(colour) >= 3.0, $"{colour} has contrast {ChartPalette.ContrastRatio(colour):F2}"));
    }

    [Fact]
    public void Contrast_ratio_matches_the_wcag_formula()
    {
        Assert.Equal(21.0, ChartPalette.ContrastRatio("#000000"), 3);
        Assert.Equal(1.0, ChartPalette.ContrastRatio("#ffffff"), 3);
        Assert.Equal(5.17, ChartPalette.ContrastRatio(ChartPalette.Actual), 2);
    }

    [Fact]
    public void Each_rating_has_its_own_marker_shape_and_colour()
    {
        Rating[] rated = [Rating.Red, Rating.Amber, Rating.Green, Rating.Blue];

        Assert.Equal(4, rated.Select(ChartPalette.RatingSymbol).Distinct().Count());
        Assert.Equal(4, rated.Select(ChartPalette.RatingColour).Distinct().Count());
        Assert.Equal(["x", "triangle-up", "circle", "star"], rated.Select(ChartPalette.RatingSymbol));
        Assert.Equal("diamond", ChartPalette.RatingSymbol(Rating.Baseline));
    }

    [Fact]
    public void Series_styles_are_distinct_beyond_colour()
    {
        Assert.Equal(ChartPalette.Dashes.Count, ChartPalette.Dashes.Distinct().Count());
        Assert.Equal(ChartPalette.Symbols.Count, ChartPalette.Symbols.Distinct().Count());
        Assert.Equal(3, Enum.GetValues<BenchmarkKind>().Select(k => ChartPalette.BenchmarkStyle(k).Dash).Distinct().Count());
    }
}

using StaticKpi.Shared;

namespace StaticKpi.Tests.Shared;

/// <summary>
/// The shade suggested for a failing colour: same hue and saturation, lightness moved the least. The expected values
/// were worked out independently with Python's colorsys and the WCAG formula.
/// </summary>
public sealed class NearestShadeTests
{
    [Theory]
    [InlineData("#777777", "#ffffff", 4.5, "#767676")] // the well-known lightest grey that passes on white
    [InlineData("#6ca0dc", "#ffffff", 4.5, "#3078ca")]
    [InlineData("#f0b400", "#ffffff", 3.0, "#bc8d00")]
    [InlineData("#1d4f91", "#0b0c0c", 3.0, "#225dab")] // on a dark background the shade is lighter
    public void A_failing_colour_gets_the_nearest_passing_shade_of_its_hue(string colour, string backdrop, double minimum, string expected)
    {
        var shade = NearestShade.Passing(Rgb.FromHex(colour), Rgb.FromHex(backdrop), minimum)!.Value;

        Assert.Equal(expected, shade.ToString());
        Assert.True(Contrast.Ratio(shade, Rgb.FromHex(backdrop)) >= minimum);
        Assert.Equal(NearestShade.ToHsl(Rgb.FromHex(colour)).Hue, NearestShade.ToHsl(shade).Hue, 0);
    }

    [Fact]
    public void A_colour_that_passes_is_its_own_nearest_shade() =>
        Assert.Equal(Rgb.FromHex("#1d4f91"), NearestShade.Passing(Rgb.FromHex("#1d4f91"), Rgb.FromHex("#ffffff"), 4.5));

    [Fact]
    public void No_shade_passes_a_ratio_above_what_black_or_white_reach() =>
        Assert.Null(NearestShade.Passing(Rgb.FromHex("#777777"), Rgb.FromHex("#777777"), 21));

    [Theory]
    [InlineData("#1d4f91", 214.14, 0.6667, 0.3412)]
    [InlineData("#00857a", 175.04, 1.0, 0.2608)]
    [InlineData("#777777", 0, 0, 0.4667)]
    public void Hsl_matches_css_and_converts_back_to_the_same_colour(string hex, double hue, double saturation, double lightness)
    {
        var (h, s, l) = NearestShade.ToHsl(Rgb.FromHex(hex));

        Assert.Equal((hue, saturation, lightness), (Math.Round(h, 2), Math.Round(s, 4), Math.Round(l, 4)));
        Assert.Equal(hex, NearestShade.FromHsl(h, s, l).ToString());
    }
}

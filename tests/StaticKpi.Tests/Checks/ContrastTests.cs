using StaticKpi.Shared;

namespace StaticKpi.Tests.Checks;

/// <summary>The WCAG relative luminance and contrast ratio formulas, pinned with known values.</summary>
public sealed class ContrastTests
{
    private static readonly Rgb White = Rgb.FromHex("#ffffff");
    private static readonly Rgb Black = Rgb.FromHex("#000000");

    [Fact]
    public void Relative_luminance_of_black_is_0_and_of_white_is_1()
    {
        Assert.Equal(0.0, Contrast.RelativeLuminance(Black));
        Assert.Equal(1.0, Contrast.RelativeLuminance(White), 12);
    }

    [Fact]
    public void Relative_luminance_of_mid_grey_uses_the_linearised_channels() =>
        Assert.Equal(0.18447499, Contrast.RelativeLuminance(Rgb.FromHex("#777777")), 8);

    [Fact]
    public void Black_on_white_is_21_to_1_either_way_round()
    {
        Assert.Equal(21.0, Contrast.Ratio(Black, White), 12);
        Assert.Equal(21.0, Contrast.Ratio(White, Black), 12);
        Assert.Equal("21.00:1", Contrast.Format(Contrast.Ratio(Black, White)));
    }

    [Fact]
    public void A_colour_on_itself_is_1_to_1() =>
        Assert.Equal(1.0, Contrast.Ratio(Rgb.FromHex("#1d4f91"), Rgb.FromHex("#1d4f91")), 12);

    [Theory]
    [InlineData("#777", "#fff", 4.47808945, 8, "4.48:1")]
    [InlineData("#767676", "#ffffff", 4.54222496, 8, "4.54:1")]
    [InlineData("#0b0c0c", "#ffffff", 19.59, 2, "19.59:1")]
    [InlineData("#b3261e", "#fbe9e7", 5.58, 2, "5.58:1")]
    [InlineData("#ffdd00", "#0b0c0c", 14.55, 2, "14.55:1")]
    public void Contrast_ratios_of_known_pairs(string foreground, string background, double expected, int precision, string shown)
    {
        var ratio = Contrast.Ratio(Rgb.FromHex(foreground), Rgb.FromHex(background));

        Assert.Equal(expected, ratio, precision);
        Assert.Equal(shown, Contrast.Format(ratio));
    }

    [Fact]
    public void A_ratio_just_under_the_minimum_is_never_shown_as_meeting_it()
    {
        Assert.Equal("4.49:1", Contrast.Format(4.4999, Contrast.Text));
        Assert.Equal("4.50:1", Contrast.Format(4.4999));
        Assert.Equal("2.99:1", Contrast.Format(2.996, Contrast.NonText));
    }

    [Fact]
    public void A_translucent_foreground_is_painted_over_the_background_first() =>
        Assert.Equal(Contrast.Ratio(Rgb.FromHex("#808080"), White), Contrast.Ratio(new Rgb(0, 0, 0, 0.5), White), 2);

    [Fact]
    public void The_suggested_colour_is_the_nearest_darker_one_that_passes()
    {
        var suggestion = Contrast.Suggest(Rgb.FromHex("#777777"), White, Contrast.Text);

        Assert.Equal("#767676", suggestion.ToString());
        Assert.True(Contrast.Ratio(suggestion, White) >= Contrast.Text);
    }
}

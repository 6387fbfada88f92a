namespace StaticKpi.Shared;

/// <summary>
/// The shade of a colour nearest to it that meets a contrast ratio: the same hue and saturation (HSL), its lightness
/// moved the least, in steps of 0.1%, darker tried before lighter at each step. Suggested when a brand colour fails, so
/// that the council's colour keeps its character rather than being swapped for black or white.
/// </summary>
public static class NearestShade
{
    private const int Steps = 1000;

    /// <summary>
    /// The nearest shade of <paramref name="colour"/> with at least <paramref name="minimum"/> contrast against
    /// <paramref name="other"/>; the colour itself when it already passes, null when no shade of its hue does.
    /// </summary>
    public static Rgb? Passing(Rgb colour, Rgb other, double minimum)
    {
        if (Contrast.Ratio(colour, other) >= minimum)
        {
            return colour;
        }

        var (hue, saturation, lightness) = ToHsl(colour);
        var start = (int)Math.Round(lightness * Steps);
        for (var step = 1; step <= Steps; step++)
        {
            foreach (var candidate in new[] { start - step, start + step })
            {
                if (candidate is < 0 or > Steps)
                {
                    continue;
                }

                var shade = FromHsl(hue, saturation, candidate / (double)Steps);
                if (Contrast.Ratio(shade, other) >= minimum)
                {
                    return shade;
                }
            }
        }

        return null;
    }

    /// <summary>Hue in degrees (0 to 360), saturation and lightness from 0 to 1, as CSS's hsl() has them.</summary>
    public static (double Hue, double Saturation, double Lightness) ToHsl(Rgb colour)
    {
        double r = colour.R / 255.0, g = colour.G / 255.0, b = colour.B / 255.0;
        var max = Math.Max(r, Math.Max(g, b));
        var min = Math.Min(r, Math.Min(g, b));
        var lightness = (max + min) / 2;
        var chroma = max - min;
        if (chroma == 0)
        {
            return (0, 0, lightness);
        }

        var saturation = chroma / (1 - Math.Abs((2 * lightness) - 1));
        var hue = max == r ? ((g - b) / chroma) + (g < b ? 6 : 0)
            : max == g ? ((b - r) / chroma) + 2
            : ((r - g) / chroma) + 4;
        return (hue * 60, saturation, lightness);
    }

    /// <summary>The sRGB colour of a hue, saturation and lightness, each channel rounded to 8 bits.</summary>
    public static Rgb FromHsl(double hue, double saturation, double lightness)
    {
        var chroma = (1 - Math.Abs((2 * lightness) - 1)) * saturation;
        var sector = hue / 60;
        var x = chroma * (1 - Math.Abs((sector % 2) - 1));
        var (r, g, b) = sector switch
        {
            < 1 => (chroma, x, 0.0),
            < 2 => (x, chroma, 0.0),
            < 3 => (0.0, chroma, x),
            < 4 => (0.0, x, chroma),
            < 5 => (x, 0.0, chroma),
            _ => (chroma, 0.0, x),
        };
        var m = lightness - (chroma / 2);
        byte Channel(double value) => (byte)Math.Round(Math.Clamp(value + m, 0, 1) * 255, MidpointRounding.AwayFromZero);
        return new Rgb(Channel(r), Channel(g), Channel(b));
    }
}

using System.Globalization;

namespace StaticKpi.Shared;

/// <summary>An sRGB colour with 8-bit channels and an alpha between 0 and 1.</summary>
public readonly record struct Rgb(byte R, byte G, byte B, double Alpha = 1)
{
    /// <summary>Parses <c>#rgb</c>, <c>#rrggbb</c> (with or without '#'); for test data and messages.</summary>
    public static Rgb FromHex(string hex)
    {
        hex = hex.TrimStart('#');
        if (hex.Length == 3)
        {
            hex = string.Concat(hex.Select(c => new string(c, 2)));
        }

        if (hex.Length != 6)
        {
            throw new FormatException($"'{hex}' is not a #rgb or #rrggbb colour.");
        }

        var value = int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return new Rgb((byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }

    /// <summary>Lower-case <c>#rrggbb</c>, with the alpha as a percentage when the colour is translucent.</summary>
    public override string ToString()
    {
        var hex = $"#{R:x2}{G:x2}{B:x2}";
        return Alpha >= 1 ? hex : $"{hex} at {(Alpha * 100).ToString("0.#", CultureInfo.InvariantCulture)}% opacity";
    }

    /// <summary>This colour painted over an opaque backdrop.</summary>
    public Rgb Over(Rgb backdrop)
    {
        if (Alpha >= 1)
        {
            return this;
        }

        var alpha = Alpha;
        byte Mix(byte top, byte bottom) => (byte)Math.Round((top * alpha) + (bottom * (1 - alpha)));
        return new Rgb(Mix(R, backdrop.R), Mix(G, backdrop.G), Mix(B, backdrop.B));
    }
}

/// <summary>
/// WCAG 2.2 relative luminance and contrast ratio (see "relative luminance" and "contrast ratio" in the
/// WCAG 2.2 glossary), for opaque sRGB colours: the one implementation, used by the checks of the written pages and by
/// the chart palette's own test. The linear segment ends at 0.04045, as in the current WCAG text and the sRGB standard
/// (older WCAG text said 0.03928; no 8-bit channel value lies between the two, so the results are the same).
/// </summary>
public static class Contrast
{
    public const double Text = 4.5;
    public const double NonText = 3.0;

    private static readonly Rgb White = new(255, 255, 255);

    /// <summary>0 for black to 1 for white: 0.2126 R + 0.7152 G + 0.0722 B of the linearised channels.</summary>
    public static double RelativeLuminance(Rgb colour) =>
        (0.2126 * Linear(colour.R)) + (0.7152 * Linear(colour.G)) + (0.0722 * Linear(colour.B));

    /// <summary>
    /// (L1 + 0.05) / (L2 + 0.05) with L1 the lighter colour, from 1 to 21. A translucent foreground is painted
    /// over the background first, and a translucent background over white (the page).
    /// </summary>
    public static double Ratio(Rgb foreground, Rgb background)
    {
        var back = background.Over(White);
        var front = foreground.Over(back);
        var a = RelativeLuminance(front);
        var b = RelativeLuminance(back);
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    /// <summary>
    /// The ratio to two decimals, as "4.48:1". WCAG forbids rounding a failing ratio up to the threshold, so a
    /// ratio just below <paramref name="minimum"/> is cut rather than rounded (4.4999 shows as 4.49, not 4.50).
    /// </summary>
    public static string Format(double ratio, double minimum = 0)
    {
        var shown = Math.Round(ratio, 2, MidpointRounding.AwayFromZero);
        if (ratio < minimum && shown >= minimum)
        {
            shown = Math.Floor(ratio * 100) / 100;
        }

        return shown.ToString("0.00", CultureInfo.InvariantCulture) + ":1";
    }

    /// <summary>
    /// The colour closest to <paramref name="foreground"/> on the way to black (or to white, on a dark
    /// background) that meets <paramref name="minimum"/> against <paramref name="background"/>.
    /// </summary>
    public static Rgb Suggest(Rgb foreground, Rgb background, double minimum)
    {
        var back = background.Over(White);
        var front = foreground.Over(back);
        var target = RelativeLuminance(back) > 0.18 ? new Rgb(0, 0, 0) : White;
        for (var step = 1; step <= 100; step++)
        {
            var amount = step / 100.0;
            byte Mix(byte from, byte to) => (byte)Math.Round(from + ((to - from) * amount));
            var candidate = new Rgb(Mix(front.R, target.R), Mix(front.G, target.G), Mix(front.B, target.B));
            if (Ratio(candidate, back) >= minimum)
            {
                return candidate;
            }
        }

        return target;
    }

    private static double Linear(byte channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}

using StaticKpi.Model;
using StaticKpi.Shared;

namespace StaticKpi.Charts;

/// <summary>
/// Colours, dash patterns and marker shapes of every chart. Each colour has at least 3:1 contrast against the
/// white background (WCAG 1.4.11), and no series relies on colour alone: lines differ in dash pattern, points in
/// marker shape, bars in fill pattern, and every series is named in the legend and the hover text.
/// </summary>
public static class ChartPalette
{
    public const string Background = "#ffffff";
    public const string Text = "#0b0c0c";
    public const string FontFamily = "system-ui, -apple-system, \"Segoe UI\", Roboto, Arial, sans-serif";

    public const string Actual = "#1d70b8";
    public const string Target = "#0b0c0c";
    public const string TargetBand = "rgba(0, 112, 60, 0.12)";
    public const string Projection = "#912b88";

    /// <summary>The baseline's reference line (long dash and dot, unlike any benchmark).</summary>
    public const string Baseline = "#594d00";

    /// <summary>Colours of the series of extra charts, in order.</summary>
    public static readonly IReadOnlyList<string> Series = ["#1d70b8", "#912b88", "#00685e", "#7a4a00", "#4c2c92", "#505a5f"];

    /// <summary>Dash patterns of line series and reference lines, in order.</summary>
    public static readonly IReadOnlyList<string> Dashes = ["solid", "dash", "dot", "dashdot", "longdash", "longdashdot"];

    /// <summary>Marker shapes of line series, in order.</summary>
    public static readonly IReadOnlyList<string> Symbols = ["circle", "square", "diamond", "triangle-up", "star", "x"];

    /// <summary>Fill patterns of bar series after the first, in order (plotly.js pattern shapes).</summary>
    public static readonly IReadOnlyList<string> BarPatterns = ["", "/", "x", ".", "\\", "+"];

    /// <summary>Colours of reference lines (benchmarks), in order.</summary>
    public static readonly IReadOnlyList<string> ReferenceLines = ["#0b0c0c", "#4c2c92", "#00685e", "#7a4a00"];

    /// <summary>Every solid colour above, for the contrast test.</summary>
    public static IEnumerable<string> AllSolidColours =>
        new[] { Text, Actual, Target, Projection, Baseline }
            .Concat(Series)
            .Concat(ReferenceLines)
            .Concat(Enum.GetValues<Rating>().Select(RatingColour))
            .Concat(Enum.GetValues<BenchmarkKind>().Select(b => BenchmarkStyle(b).Colour))
            .Distinct();

    public static string RatingColour(Rating rating) => rating switch
    {
        Rating.Red => "#d4351c",
        Rating.Amber => "#b45309",
        Rating.Green => "#00703c",
        Rating.Blue => "#003078",
        Rating.NoData => "#6f777b",
        _ => "#505a5f",
    };

    /// <summary>The marker shape of a rating, matching the symbols printed beside ratings on the pages.</summary>
    public static string RatingSymbol(Rating rating) => rating switch
    {
        Rating.Red => "x",
        Rating.Amber => "triangle-up",
        Rating.Green => "circle",
        Rating.Blue => "star",
        _ => "diamond",
    };

    /// <summary>
    /// The marker shape of a rating, hollow (the "-open" shape) for a provisional value, so a figure not yet validated
    /// looks unfinished whatever its rating.
    /// </summary>
    public static string RatingSymbol(Rating rating, bool provisional) =>
        provisional ? RatingSymbol(rating) + "-open" : RatingSymbol(rating);

    public static (string Colour, string Dash) BenchmarkStyle(BenchmarkKind kind) => kind switch
    {
        BenchmarkKind.StatisticalNeighbours => ("#4c2c92", "dashdot"),
        BenchmarkKind.England => ("#00685e", "dot"),
        _ => ("#7a4a00", "longdash"),
    };

    public static string Cycle(IReadOnlyList<string> values, int index) => values[index % values.Count];

    /// <summary>The WCAG contrast ratio of two <c>#rrggbb</c> colours, by the same function the checks use.</summary>
    public static double ContrastRatio(string foreground, string background = Background) =>
        Contrast.Ratio(Rgb.FromHex(foreground), Rgb.FromHex(background));
}

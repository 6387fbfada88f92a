using StaticKpi.Formatting;
using StaticKpi.Localisation;
using StaticKpi.Model;

namespace StaticKpi.Charts;

/// <summary>A period on a trend chart's time axis and the series entry for it, if any.</summary>
internal sealed record Slot(Period Period, DataPoint? Point)
{
    public bool HasValue => Point?.Value is not null;
}

/// <summary>
/// One drawn line of a trend chart: slots <see cref="First"/> to <see cref="Last"/> (inclusive). A year-to-date
/// series starts again each financial year, so each year is its own line; any other series is one line.
/// </summary>
internal sealed record SeriesLine(string Name, int First, int Last);

/// <summary>
/// Slots <see cref="First"/> to <see cref="Last"/> of one line have no figure. <see cref="Bridged"/> when the line has
/// a figure on both sides, so a dotted connector can explain the break; otherwise an annotation does.
/// </summary>
internal sealed record SeriesGap(int First, int Last, bool Bridged, string Label, string Explanation);

/// <summary>How a trend chart's slots are split into lines, and where each line has no figures.</summary>
internal static class TrendSeries
{
    /// <summary>A series with gaps is drawn with its missing periods only up to this many periods in all.</summary>
    private const int MaxSlots = 400;

    /// <summary>
    /// The periods along the time axis: when every point is the same kind of period, every period from the first to
    /// the last, so a missing quarter is a visible gap rather than two quarters drawn side by side.
    /// </summary>
    public static IReadOnlyList<Slot> Slots(IReadOnlyList<DataPoint> points)
    {
        var direct = points.Select(p => new Slot(p.Period, p)).ToList();
        if (points.Count < 2 || points.Any(p => p.Period.Kind != points[0].Period.Kind))
        {
            return direct;
        }

        var span = PeriodSteps.Index(points[0].Period, points[^1].Period)!.Value + 1;
        if (span > MaxSlots)
        {
            return direct;
        }

        var byPeriod = points.ToDictionary(p => p.Period);
        var slots = new List<Slot>(span);
        for (var period = points[0].Period; period.CompareTo(points[^1].Period) <= 0; period = period.Next())
        {
            slots.Add(new Slot(period, byPeriod.GetValueOrDefault(period)));
        }

        return slots;
    }

    /// <summary>The lines of the chart, named in the language of <paramref name="strings"/> ("Actual").</summary>
    public static IReadOnlyList<SeriesLine> Lines(Indicator indicator, IReadOnlyList<Slot> slots, SiteStrings strings)
    {
        if (slots.Count == 0)
        {
            return [];
        }

        if (!indicator.IsYearToDate)
        {
            return [new SeriesLine(strings.Text("chart.trend.actual"), 0, slots.Count - 1)];
        }

        var lines = new List<SeriesLine>();
        var first = 0;
        for (var i = 1; i <= slots.Count; i++)
        {
            if (i == slots.Count || slots[i].Period.FinancialYearOf != slots[first].Period.FinancialYearOf)
            {
                lines.Add(new SeriesLine(YearToDateName(slots[first].Period, strings), first, i - 1));
                first = i;
            }
        }

        return lines;
    }

    /// <summary>"2023/24 (year to date)": the legend name of one financial year of a year-to-date series.</summary>
    public static string YearToDateName(Period period, SiteStrings strings) =>
        strings.Format("chart.trend.year_to_date",
            ("year", strings.PeriodName(Period.FinancialYear(period.FinancialYearOf, period.FinancialYearStartMonth))));

    /// <summary>Each run of slots without a figure within each line, in order.</summary>
    public static IReadOnlyList<SeriesGap> Gaps(IReadOnlyList<Slot> slots, IReadOnlyList<SeriesLine> lines, SiteStrings strings)
    {
        var gaps = new List<SeriesGap>();
        foreach (var line in lines)
        {
            for (var i = line.First; i <= line.Last; i++)
            {
                if (slots[i].HasValue)
                {
                    continue;
                }

                var last = i;
                while (last < line.Last && !slots[last + 1].HasValue)
                {
                    last++;
                }

                var bridged = i > line.First && last < line.Last;
                var label = strings.Format("chart.trend.gap_label", ("periods", Span(slots, i, last, strings)));
                var notes = Enumerable.Range(i, last - i + 1)
                    .Select(k => slots[k].Point?.Note)
                    .OfType<string>()
                    .Distinct()
                    .ToList();
                gaps.Add(new SeriesGap(i, last, bridged, label, notes.Count == 0
                    ? label
                    : strings.Format("chart.trend.gap_notes", ("label", label), ("notes", string.Join(" ", notes)))));
                i = last;
            }
        }

        return gaps;
    }

    /// <summary>
    /// The runs of periods without a figure across the whole chart, for the summary ("2023/24 Q2 to 2024/25 Q1"),
    /// leaving out the latest period, which the summary speaks of on its own.
    /// </summary>
    public static IReadOnlyList<string> MissingSpans(IReadOnlyList<Slot> slots, SiteStrings strings)
    {
        var spans = new List<string>();
        for (var i = 0; i < slots.Count - 1; i++)
        {
            if (slots[i].HasValue)
            {
                continue;
            }

            var last = i;
            while (last < slots.Count - 2 && !slots[last + 1].HasValue)
            {
                last++;
            }

            spans.Add(Span(slots, i, last, strings));
            i = last;
        }

        return spans;
    }

    /// <summary>How many periods <see cref="MissingSpans"/> covers.</summary>
    public static int MissingCount(IReadOnlyList<Slot> slots) => slots.Take(slots.Count - 1).Count(s => !s.HasValue);

    private static string Span(IReadOnlyList<Slot> slots, int first, int last, SiteStrings strings) =>
        Labels.PeriodSpan(strings, slots[first].Period, slots[last].Period);
}

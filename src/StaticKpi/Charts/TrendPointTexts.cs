using StaticKpi.Formatting;
using StaticKpi.Model;

namespace StaticKpi.Charts;

/// <summary>
/// What a trend chart says about each point: its row of the chart's table and its hover text, which say the same
/// things. An indicator's chart in each later report repeats the points of the earlier ones, so they are made once per
/// build (in the build's <see cref="ChartCaches"/>) and the row shared (the templates then render it once too).
/// </summary>
internal sealed class TrendPointTexts(ChartCaches caches, ValueFormatter formatter)
{
    /// <summary>The legend entry of the hollow rings around provisional values, in English (chart.trend.provisional).</summary>
    public const string ProvisionalName = "Provisional (not yet validated)";

    /// <summary>A point's table row and hover text, for the rating it is shown with.</summary>
    public ChartCaches.PointTexts Of(Indicator indicator, DataPoint point, (Rating Rating, bool Overridden) rating) =>
        caches.Points.GetOrAdd((point, rating.Rating, rating.Overridden), key =>
        {
            var value = formatter.Value(point.Value, indicator.Unit, indicator.Precision);
            var target = TargetText(indicator, indicator.TargetFor(point), indicator.StatusFor(point));
            var strings = formatter.Strings;
            var ratingText = key.Overridden
                ? strings.Format("chart.trend.point_overridden", ("rating", Labels.Rating(strings, key.Rating)))
                : Labels.Rating(strings, key.Rating);
            var name = strings.PeriodName(point.Period);
            var period = point.Label is null ? name : strings.Format("chart.trend.point_period", ("period", name), ("label", point.Label));
            var provisional = point.Provisional && point.Value is not null;
            var shown = provisional ? strings.Format("chart.trend.point_provisional", ("value", value)) : value;
            string[] lines =
            [
                strings.Format("chart.trend.point_value", ("period", point.Label ?? name), ("value", shown)),
                .. provisional ? [strings.Text("chart.trend.provisional")] : Array.Empty<string>(),
                strings.Format("chart.trend.point_rating", ("rating", ratingText)),
                strings.Format("chart.trend.point_target", ("target", target)),
            ];
            return new ChartCaches.PointTexts(new SharedRow([period, shown, target, ratingText]), PlotlyText.Lines(lines));
        });

    /// <summary>
    /// The chart's table: a row per series entry, in order, and one row for each run of periods the series has no entry
    /// for ("2021/22 Q1 to 2022/23 Q4", "No data"), so the table shows the same gaps as the chart. A label that fell back
    /// to the default language is marked in its row (<see cref="ChartTable.Marks"/>).
    /// </summary>
    public ChartTable Table(string caption, IReadOnlyList<string> columns,
        Indicator indicator, IReadOnlyList<Slot> slots, Func<DataPoint, (Rating Rating, bool Overridden)> ratingOf)
    {
        var rows = new List<IReadOnlyList<string>>();
        var marks = new List<ChartTableMark>();
        for (var i = 0; i < slots.Count; i++)
        {
            if (slots[i].Point is { } point)
            {
                if (point is { Label: { } label, LabelLanguage: { } language })
                {
                    marks.Add(new ChartTableMark(rows.Count, label, language));
                }

                rows.Add(Of(indicator, point, ratingOf(point)).Row);
                continue;
            }

            var last = i;
            while (last + 1 < slots.Count && slots[last + 1].Point is null)
            {
                last++;
            }

            var span = Labels.PeriodSpan(formatter.Strings, slots[i].Period, slots[last].Period);
            rows.Add([span, formatter.NoData, "", Labels.Rating(formatter.Strings, Rating.NoData)]);
            i = last;
        }

        return new ChartTable(caption, columns, rows) { Marks = marks };
    }

    /// <summary>The target as the chart's table and hover say it: "No target" for a period before any target was set.</summary>
    private string TargetText(Indicator indicator, Target? target, IndicatorStatus? status) =>
        target is null && status is null && indicator.Status is null
            ? Labels.Rating(formatter.Strings, Rating.NoTarget)
            : formatter.Target(target, status, indicator.Unit, indicator.Precision);
}

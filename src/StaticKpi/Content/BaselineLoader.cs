using StaticKpi.Diagnostics;
using StaticKpi.Model;

namespace StaticKpi.Content;

/// <summary>Reads an indicator's <c>baseline:</c>: the figure it is tracked against and when that was taken.</summary>
public static class BaselineLoader
{
    public static Baseline? Read(YamlMap indicator, int financialYearStartMonth, bool cumulativeByDefault, IReadOnlyList<SiteLanguage> languages)
    {
        var map = indicator.Map("baseline", IndicatorLoader.BaselineKeys);
        if (map is null)
        {
            return null;
        }

        var value = map.Decimal("value", required: true);
        var period = map.Period("period", financialYearStartMonth);
        var from = map.Period("from", financialYearStartMonth);
        var to = map.Period("to", financialYearStartMonth);
        if (period is not null && (map.Has("from") || map.Has("to")))
        {
            map.Diagnostics.Error(RuleIds.BadValue, map.LocationOf("period"),
                "The baseline has both 'period' (one period) and 'from'/'to' (a span of periods).",
                "Write 'period' when the baseline was taken from one period, or 'from' and 'to' for a span, not both.");
            return null;
        }

        if (map.Has("from") != map.Has("to"))
        {
            map.Diagnostics.Error(RuleIds.MissingRequired, map.Location,
                "The baseline's span needs both 'from' and 'to'.",
                "Add the missing end of the span, or write 'period' for a single period.");
            return null;
        }

        if (from is not null && to is not null && from.CompareTo(to) > 0)
        {
            map.Diagnostics.Error(RuleIds.BadValue, map.LocationOf("to"),
                $"The baseline's span ends ({to}) before it starts ({from}).",
                "Swap 'from' and 'to'.");
            return null;
        }

        var texts = new TranslatableField(languages);
        var note = texts.Read(map, "note");
        var cumulative = map.Bool("cumulative") ?? cumulativeByDefault;
        return value is null ? null : new Baseline(value.Value, period ?? from, period ?? to, cumulative, note) { Translations = texts.Translations };
    }
}

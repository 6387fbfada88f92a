using StaticKpi.Diagnostics;
using StaticKpi.Model;
using YamlDotNet.RepresentationModel;

namespace StaticKpi.Content;

/// <summary>
/// Reads an indicator's <c>targets:</c>, each in force from a period until the next. A value is rated against the
/// target of its own period; a period before the first has no target.
/// </summary>
public static class TargetsLoader
{
    public static readonly string[] FromKeys = ["from", "target"];
    public static readonly string[] RangeKeys = ["min", "max"];

    public static IReadOnlyList<TargetFrom> Read(YamlMap indicator, int financialYearStartMonth)
    {
        var targets = new List<TargetFrom>();
        var nodes = indicator.Sequence("targets");
        foreach (var node in nodes)
        {
            var item = indicator.MapOf(node, "targets", FromKeys);
            if (item is null)
            {
                continue;
            }

            var from = item.Period("from", financialYearStartMonth, required: true);
            var targetNode = item.Node("target", required: true);
            var target = targetNode is null ? null : ReadTarget(item, "target", targetNode);
            if (from is null || target is null)
            {
                continue;
            }

            var same = targets.Find(t => t.From.Start == from.Start);
            if (same is not null)
            {
                item.Diagnostics.Error(RuleIds.DuplicatePeriod, item.LocationOf("from"),
                    $"Two targets start at {from} (the other on line {same.Location.Line}).",
                    "Keep one target per starting period.");
                continue;
            }

            targets.Add(new TargetFrom(from, target, item.Location));
        }

        if (indicator.Has("targets") && nodes.Count == 0)
        {
            indicator.Diagnostics.Error(RuleIds.BadValue, indicator.LocationOf("targets"), "'targets' is empty.",
                "List each target with the period it applies from, for example '- {from: 2024/25 Q1, target: 90}', or remove 'targets'.");
        }

        // Sorted once so the target in force is found by walking forward.
        return [.. targets.OrderBy(t => t.From)];
    }

    /// <summary>One target: a number, a range <c>{min, max}</c> or <c>TBC</c>; null when absent or broken (reported).</summary>
    internal static Target? ReadTarget(YamlMap map, string key, YamlNode? node)
    {
        switch (node)
        {
            case null:
                return null;
            case YamlScalarNode { Value: { } text } when text.Trim().Equals("TBC", StringComparison.OrdinalIgnoreCase):
                return new Target.ToBeConfirmed();
            case YamlMappingNode:
                var range = map.MapOf(node, key, RangeKeys);
                var min = range?.Decimal("min", required: true);
                var max = range?.Decimal("max", required: true);
                if (min is null || max is null)
                {
                    return null;
                }

                if (min > max)
                {
                    map.Diagnostics.Error(RuleIds.BadValue, map.LocationOf(node), $"The target range has min {min} above max {max}.",
                        "Swap the two numbers.");
                    return null;
                }

                return new Target.Range(min.Value, max.Value);
            default:
                var amount = map.DecimalOf(node, key);
                return amount is null ? null : new Target.Value(amount.Value);
        }
    }
}

using System.Reflection;
using System.Text.RegularExpressions;
using StaticKpi.Diagnostics;

namespace StaticKpi.Tests.Content;

/// <summary>docs/editing.md explains every rule id editors can see, and no rule that does not exist.</summary>
public sealed partial class EditingGuideTests
{
    [Fact]
    public void The_editing_guide_s_table_has_exactly_one_row_per_rule_id_in_order_with_a_meaning_and_a_fix()
    {
        var ruleIds = typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal)
            .ToList();
        var rows = File.ReadLines(Path.Combine(RepoPaths.Root, "docs", "editing.md"))
            .Select(line => Row().Match(line))
            .Where(m => m.Success)
            .ToList();

        Assert.Equal(ruleIds, rows.Select(r => r.Groups["id"].Value).ToList());
        Assert.All(rows, row =>
        {
            Assert.Matches("^(error|warning|error or warning)$", row.Groups["severity"].Value);
            Assert.True(row.Groups["meaning"].Value.Trim().Length > 20, $"{row.Groups["id"].Value} needs a meaning.");
            Assert.True(row.Groups["fix"].Value.Trim().Length > 10, $"{row.Groups["id"].Value} needs a fix.");
        });
    }

    [Fact]
    public void Rule_ids_are_unique_and_numbered_without_gaps()
    {
        var ids = typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        Assert.Equal(Enumerable.Range(1, ids.Count).Select(n => $"SKPI{n:D3}"), ids);
    }

    [GeneratedRegex(@"^\| (?<id>SKPI\d{3}) \| (?<severity>[^|]+?) \| (?<meaning>[^|]+) \| (?<fix>[^|]+) \|$")]
    private static partial Regex Row();
}

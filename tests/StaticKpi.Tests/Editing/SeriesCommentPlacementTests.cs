using StaticKpi.Editing;
using StaticKpi.Import;
using StaticKpi.Model;
using Records = StaticKpi.Tests.Scoring.Build;

namespace StaticKpi.Tests.Editing;

/// <summary>
/// <c>statickpi new period</c> (<see cref="SeriesAppender"/>) and <c>statickpi import</c> (<see cref="SeriesFileEditor"/>)
/// splice a new period into the same place of the same file: one table, run through both. "{v}" in the expected
/// text is the value each writes: nothing for a new period, " 5" for an import of 5.
/// </summary>
public sealed class SeriesCommentPlacementTests
{
    private static readonly Period Q1 = Period.TryParse("2025/26 Q1", 4, out _)!;

    public static TheoryData<string, string, string> Cases => new()
    {
        {
            "a comment indented like the entry's keys, directly after it, stays with it",
            "series:\n  - period: 2024/25 Q3\n    value: 1\n    # checked by finance\nid: 1\n",
            "series:\n  - period: 2024/25 Q3\n    value: 1\n    # checked by finance\n  - period: 2025/26 Q1\n    value:{v}\nid: 1\n"
        },
        {
            "an entry's own comment stays with it in the middle of the series too",
            "series:\n  - period: 2024/25 Q3\n    value: 1\n    # estimated\n  - period: 2025/26 Q2\n    value: 2\n",
            "series:\n  - period: 2024/25 Q3\n    value: 1\n    # estimated\n  - period: 2025/26 Q1\n    value:{v}\n  - period: 2025/26 Q2\n" +
            "    value: 2\n"
        },
        {
            "a comment at the dashes' column is not the entry's: the new entry goes above it",
            "series:\n  - period: 2024/25 Q3\n    value: 1\n  # next figures due in July\nid: 1\n",
            "series:\n  - period: 2024/25 Q3\n    value: 1\n  - period: 2025/26 Q1\n    value:{v}\n  # next figures due in July\nid: 1\n"
        },
        {
            "a comment after a blank line is not the entry's either",
            "series:\n  - period: 2024/25 Q3\n    value: 1\n\n    # spare\nid: 1\n",
            "series:\n  - period: 2024/25 Q3\n    value: 1\n  - period: 2025/26 Q1\n    value:{v}\n\n    # spare\nid: 1\n"
        },
        {
            "a comment at the end of the entry's line stays on that line",
            "series:\n  - period: 2024/25 Q3\n    value: 85.0   # provisional\n",
            "series:\n  - period: 2024/25 Q3\n    value: 85.0   # provisional\n  - period: 2025/26 Q1\n    value:{v}\n"
        },
        {
            "a last entry with an empty value ends at its key",
            "series:\n- period: 2024/25 Q4\n  value:\n  # to come\ntitle: T\n",
            "series:\n- period: 2024/25 Q4\n  value:\n  # to come\n- period: 2025/26 Q1\n  value:{v}\ntitle: T\n"
        },
        {
            "windows line ends are kept",
            "series:\r\n  - period: 2024/25 Q3\r\n    value: 1\r\n    # checked\r\n",
            "series:\r\n  - period: 2024/25 Q3\r\n    value: 1\r\n    # checked\r\n  - period: 2025/26 Q1\r\n    value:{v}\r\n"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void New_period_places_the_entry(string rule, string text, string expected)
    {
        var updated = SeriesAppender.Append(text, Records.Indicator(1, null), Q1, 4, out var error);

        Assert.True(updated is not null, $"{rule}: {error}");
        Assert.Equal(expected.Replace("{v}", "", StringComparison.Ordinal), updated);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Import_places_the_entry_in_the_same_place(string rule, string text, string expected)
    {
        var edit = SeriesFileEditor.Apply(text, "content/indicators/1-x.yaml", Records.Indicator(1, null), 4, [new SeriesUpdate(2, Q1, 5m, null)]);

        Assert.True(edit.Problem is null, rule);
        Assert.Equal(expected.Replace("{v}", " 5", StringComparison.Ordinal), edit.NewText);
    }
}

using StaticKpi.Editing;
using StaticKpi.Model;
using Records = StaticKpi.Tests.Scoring.Build;

namespace StaticKpi.Tests.Editing;

/// <summary>Adding a period to a series inserts two lines at the end of the list and changes nothing else in the file.</summary>
public sealed class SeriesAppenderTests
{
    private static readonly Period Q1 = Period.TryParse("2025/26 Q1", 4, out _)!;

    private static string? Append(string text, out string? error) => SeriesAppender.Append(text, Records.Indicator(1, null), Q1, 4, out error);

    private static string Append(string text)
    {
        var updated = Append(text, out var error);
        Assert.True(updated is not null, error);
        return updated!;
    }

    [Fact]
    public void The_entry_goes_after_the_last_entry_and_before_the_next_field_keeping_comments()
    {
        const string text = "id: 1   # the id\nseries:\n  # oldest first\n  - period: 2024/25 Q3\n    value: 85.0   # provisional\n\n" +
            "# extra charts\ncharts: []\n";

        Assert.Equal(
            "id: 1   # the id\nseries:\n  # oldest first\n  - period: 2024/25 Q3\n    value: 85.0   # provisional\n  - period: 2025/26 Q1\n" +
            "    value:\n\n# extra charts\ncharts: []\n",
            Append(text));
    }

    [Fact]
    public void Comments_indented_under_the_last_entry_stay_with_it()
    {
        const string text = "series:\n  - period: 2024/25 Q3\n    value: 1\n    # checked by finance\nid: 1\n";

        Assert.Equal("series:\n  - period: 2024/25 Q3\n    value: 1\n    # checked by finance\n  - period: 2025/26 Q1\n    value:\nid: 1\n",
            Append(text));
    }

    [Fact]
    public void The_indentation_of_the_existing_entries_is_followed()
    {
        const string text = "series:\n- period: 2024/25 Q3\n  value: 1\n- period: 2024/25 Q4\n  value:\n";

        Assert.Equal("series:\n- period: 2024/25 Q3\n  value: 1\n- period: 2024/25 Q4\n  value:\n- period: 2025/26 Q1\n  value:\n", Append(text));
    }

    [Fact]
    public void A_last_entry_ending_in_a_nested_field_or_a_block_of_text_is_kept_whole()
    {
        const string text = "series:\n  - period: 2024/25 Q3\n    rag_override:\n      rating: amber\n      reason: |\n" +
            "        Agreed by the committee.\n\n        Twice.\ntitle: T\n";

        Assert.Equal(
            "series:\n  - period: 2024/25 Q3\n    rag_override:\n      rating: amber\n      reason: |\n        Agreed by the committee.\n\n" +
            "        Twice.\n" +
            "  - period: 2025/26 Q1\n    value:\ntitle: T\n", Append(text));
    }

    [Fact]
    public void An_empty_series_gets_its_first_entry_under_the_key()
    {
        Assert.Equal("id: 1\nseries:    # one entry per period\n  - period: 2025/26 Q1\n    value:\ntitle: T\n",
            Append("id: 1\nseries:    # one entry per period\ntitle: T\n"));
    }

    [Fact]
    public void A_file_without_a_series_gets_one_at_the_end_keeping_its_lack_of_a_final_line_break()
    {
        Assert.Equal("id: 1\ntitle: T\nseries:\n  - period: 2025/26 Q1\n    value:", Append("id: 1\ntitle: T"));
    }

    [Fact]
    public void A_file_with_windows_line_ends_keeps_them()
    {
        Assert.Equal("series:\r\n  - period: 2024/25 Q3\r\n    value: 1\r\n  - period: 2025/26 Q1\r\n    value:\r\n",
            Append("series:\r\n  - period: 2024/25 Q3\r\n    value: 1\r\n"));
    }

    [Fact]
    public void A_last_entry_without_a_final_line_break_is_followed_by_the_new_one_without_one_either()
    {
        Assert.Equal("series:\n  - period: 2024/25 Q3\n    value: 1\n  - period: 2025/26 Q1\n    value:",
            Append("series:\n  - period: 2024/25 Q3\n    value: 1"));
    }

    [Fact]
    public void A_series_written_as_null_is_refused_with_what_to_write_instead()
    {
        var updated = Append("id: 1\nseries: ~\n", out var error);

        Assert.Null(updated);
        Assert.Equal("its 'series' is written as '~'; leave it empty ('series:' with nothing after it) or list the entries", error);
    }

    [Fact]
    public void A_series_written_on_one_line_is_refused_rather_than_rewritten()
    {
        var updated = Append("series: [{period: 2024/25 Q3, value: 1}]\n", out var error);

        Assert.Null(updated);
        Assert.Equal("its 'series' is not written as a list of '- period:' entries, one per line", error);
    }
}

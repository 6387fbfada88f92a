using StaticKpi.Pages;

namespace StaticKpi.Tests.Pages;

/// <summary>Names another stage wrote into a sentence, marked with their language where they fell back to it.</summary>
public sealed class MarkedTextTests
{
    [Fact]
    public void Every_whole_word_occurrence_of_each_name_is_marked_and_the_rest_escaped()
    {
        var html = MarkedText.Naming("Mae Collected ar ei uchaf ar gyfer Online (5.3) & Collected <i>", [("Collected", "en"), ("Online", "en")]);

        Assert.Equal(
            "Mae <span lang=\"en\">Collected</span> ar ei uchaf ar gyfer <span lang=\"en\">Online</span> (5.3) &amp; " +
            "<span lang=\"en\">Collected</span> &lt;i&gt;",
            html?.Value);
    }

    [Fact]
    public void A_name_inside_a_longer_word_is_not_marked()
    {
        Assert.Null(MarkedText.Naming("Mae Bae Abertawe yn uwch na BA2", [("A", "en"), ("B", "en"), ("Bae Aber", "en")]));
    }

    [Fact]
    public void The_longest_name_starting_at_a_place_is_marked_there()
    {
        var html = MarkedText.Naming("Town hall (4.2), Town (3.1)", [("Town", "en"), ("Town hall", "en")]);

        Assert.Equal("<span lang=\"en\">Town hall</span> (4.2), <span lang=\"en\">Town</span> (3.1)", html?.Value);
    }

    [Fact]
    public void A_name_without_a_letter_reads_the_same_in_every_language_and_is_not_marked()
    {
        Assert.Null(MarkedText.Naming("Ar ei uchaf ar gyfer 11/2024 (9.4)", [("11/2024", "en"), ("", "en")]));
    }

    [Fact]
    public void A_name_with_markup_is_escaped_inside_its_span()
    {
        var html = MarkedText.Naming("Uchaf: <b>Ward</b>.", [("<b>Ward</b>", "en")]);

        Assert.Equal("Uchaf: <span lang=\"en\">&lt;b&gt;Ward&lt;/b&gt;</span>.", html?.Value);
    }
}

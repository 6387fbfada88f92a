using AngleSharp.Html.Parser;
using StaticKpi.Content;
using StaticKpi.Diagnostics;

namespace StaticKpi.Tests.Content;

/// <summary>
/// The search index takes each commentary's words from the parsed Markdown: they must be the words a reader sees on
/// the rendered page, in the same order, whatever the Markdown holds.
/// </summary>
public sealed class MarkdownWordsTests
{
    public static TheoryData<string, string> Examples => new()
    {
        { "Paid within **30 days** of receipt.", "Paid within 30 days of receipt." },
        { "un*usually*good", "unusuallygood" },
        { "First line\nsecond line  \nthird line", "First line second line third line" },
        { "One paragraph.\n\nAnother.", "One paragraph. Another." },
        { "- a\n- b\n  - c\n\n1. d", "a b c d" },
        { "**Invoices by month**\n\n| Month | Paid |\n| --- | --- |\n| April | 91% |\n| May | 93% |",
            "Invoices by month Month Paid April 91% May 93%" },
        { "Use `npm run` now.", "Use npm run now." },
        { "```\nline one\nline two\n```", "line one line two" },
        { "AT&amp;T &copy; 2024", "AT&T © 2024" },
        { "See [the plan](https://example.org/plan) and <https://example.org/a>.", "See the plan and https://example.org/a." },
        { "Chart: ![a bar chart](chart.png) above.", "Chart: above." },
        { "<b>not bold</b>", "<b>not bold</b>" },
        { "### A heading\nText under it.", "A heading Text under it." },
        { "> Quoted *words*.", "Quoted words." },
        { "~~old~~ new", "old new" },
        { "Before\n\n---\n\nAfter", "Before After" },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_words_are_those_of_the_Markdown_as_written(string markdown, string expected)
    {
        var (_, words) = MarkdownRenderer.Shared.RenderWithWords(markdown, new SourceLocation("x.md", 1, 1), new DiagnosticBag());

        Assert.Equal(expected, words);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_words_are_those_a_reader_sees_on_the_rendered_page(string markdown, string _)
    {
        var (html, words) = MarkdownRenderer.Shared.RenderWithWords(markdown, new SourceLocation("x.md", 1, 1), new DiagnosticBag());

        var parser = new HtmlParser();
        var body = parser.ParseDocument("<!doctype html><body>" + html).Body!;
        var seen = string.Join(' ', body.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(seen, words);
    }
}

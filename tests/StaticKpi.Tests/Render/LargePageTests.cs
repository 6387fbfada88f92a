using StaticKpi.Pages;
using StaticKpi.Tests.Support;

namespace StaticKpi.Tests.Render;

/// <summary>
/// A page is written whole however long it is: the open data page of a national-size site lists thousands of
/// indicators, and a printable report hundreds of indicator pages (several million characters).
/// </summary>
public sealed class LargePageTests
{
    [Theory]
    [InlineData(10)]
    [InlineData(60_000)]
    public void Every_row_of_a_page_is_written_however_long_the_page(int rows)
    {
        using var folder = new TempFolder();
        var renderer = ThemeRenderer.Of(folder,
            ("layouts/base.html", "<main>{{ content }}</main>"),
            ("layouts/key.html", "{{ for row in page.rows }}<p>{{ row.name }}: {{ include \"row\" row }}</p>\n{{ end }}end"),
            ("partials/row.html", "<b>{{ $1.name }}</b>\n"));
        var page = new RowsPage([.. Enumerable.Range(1, rows).Select(n => new Row($"Row {n:D6}"))]);

        var html = renderer.Render(page);

        var expected = "<main>" + string.Concat(Enumerable.Range(1, rows).Select(n => $"<p>Row {n:D6}: <b>Row {n:D6}</b></p>\n")) + "end</main>";
        Assert.Equal(expected.Length, html.Length);
        Assert.Equal(expected, html);
    }

    [Fact]
    public void A_value_of_more_than_a_million_characters_is_printed_whole()
    {
        using var folder = new TempFolder();
        var renderer = ThemeRenderer.Of(folder, ("layouts/base.html", "{{ content }}"), ("layouts/key.html", "{{ page.rows[0].name }}|"));
        var name = string.Concat(Enumerable.Repeat("a&b ", 300_000));

        var html = renderer.Render(new RowsPage([new Row(name)]));

        Assert.Equal(string.Concat(Enumerable.Repeat("a&amp;b ", 300_000)) + "|", html);
    }

    public sealed record RowsPage(IReadOnlyList<Row> Rows) : PageModel("key/index.html", "key", "Rows", "../", []);

    public sealed record Row(string Name);
}

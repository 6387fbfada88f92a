using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using StaticKpi.Content;
using StaticKpi.Diagnostics;

namespace StaticKpi.Tests.Content;

/// <summary>
/// Editors' Markdown must not be able to put script into a page: links are limited to safe schemes (anything else
/// is an error at the link's position), placeholder links are a warning, and raw HTML is shown as text.
/// </summary>
public sealed class MarkdownSafetyTests
{
    private const string Invoices = "content/indicators/101-invoices-paid.yaml";
    private const string Commentary = "content/commentary/101/2024-25-q3.md";
    private const string DescriptionLine = "  The share of undisputed invoices paid within **30 days** of receipt.";

    /// <summary>Commentary whose line 5 is "Payment times improved {link} today.", so the link starts at column 24.</summary>
    private static string CommentaryWithLink(string link) =>
        $"---\nindicator: 101\n---\n## Commentary\nPayment times improved {link} today.\n\n## Actions\n- Chase approvers after 10 days.\n";

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("[x](<java\tscript:alert(1)>)")]
    [InlineData("[x](java&#9;script:alert(1))")]
    [InlineData("[x](javascript&#58;alert(1))")]
    [InlineData("[x]( JAVASCRIPT:alert(1))")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("[x](vbscript:msgbox(1))")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)")]
    public void An_unsafe_link_in_commentary_is_an_error_at_the_link(string link)
    {
        using var site = TempSite.FromMinimal();
        site.Write(Commentary, CommentaryWithLink(link));

        var result = site.Build();

        Assert.False(result.Succeeded);
        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, RuleIds.UnsafeLink, Severity.Error, Commentary, 5, 24);
        Assert.Contains("not allowed", diagnostic.Message, StringComparison.Ordinal);
        DiagnosticAssert.ErrorsAre(result.Diagnostics, (RuleIds.UnsafeLink, Commentary, 5, 24));
    }

    [Fact]
    public void Unsafe_links_on_several_lines_are_each_reported_at_their_own_line_and_column()
    {
        using var site = TempSite.FromMinimal();
        site.Write(Commentary, """
            ---
            indicator: 101
            ---
            ## Commentary
            Payment times improved [click](javascript:alert(1)) today.

            ## Actions
            - Chase approvers [x](JaVaScRiPt:alert(1)) after 10 days.
            - Escalate [y](<java	script:alert(1)>) if needed.
            """);

        var result = site.Build();

        DiagnosticAssert.ErrorsAre(result.Diagnostics,
            (RuleIds.UnsafeLink, Commentary, 5, 24),
            (RuleIds.UnsafeLink, Commentary, 8, 19),
            (RuleIds.UnsafeLink, Commentary, 9, 12));
    }

    [Fact]
    public void An_unsafe_reference_style_link_is_an_error_at_the_link()
    {
        using var site = TempSite.FromMinimal();
        site.Write(Commentary, "---\nindicator: 101\n---\n## Commentary\nPayment times improved [click][evil] today.\n\n" +
            "[evil]: javascript:alert(1)\n");

        var result = site.Build();

        DiagnosticAssert.ErrorsAre(result.Diagnostics, (RuleIds.UnsafeLink, Commentary, 5, 24));
    }

    [Fact]
    public void An_angle_bracket_autolink_with_a_javascript_scheme_is_an_error_at_the_link()
    {
        // CommonMark turns <scheme:...> into a link (Markdig's AutolinkInline, not a LinkInline).
        using var site = TempSite.FromMinimal();
        site.Write(Commentary, CommentaryWithLink("<javascript:alert(1)>"));

        var result = site.Build();

        var pages = result.Succeeded ? ScriptLinksIn(site.Output) : [];
        Assert.True(!result.Succeeded, "The build succeeded and wrote: " + string.Join("; ", pages));
        DiagnosticAssert.Single(result.Diagnostics, RuleIds.UnsafeLink, Severity.Error, Commentary, 5, 24);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[x](<java\tscript:alert(1)>)")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    public void An_unsafe_link_is_rendered_as_plain_text(string link)
    {
        var diagnostics = new DiagnosticBag();

        var html = MarkdownRenderer.Shared.Render($"Before {link} after.", new SourceLocation("x.md", 1, 1), diagnostics);

        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("a, img"));
        // The address may remain visible as text (an autolink's text is its address) but never as an attribute.
        Assert.DoesNotContain(document.All,
            e => e.Attributes.Any(a => a.Value.Replace("\t", "", StringComparison.Ordinal)
                .Contains("javascript:", StringComparison.OrdinalIgnoreCase)));
        Assert.Contains(diagnostics.ToSortedList(), d => d.RuleId == RuleIds.UnsafeLink);
    }

    [Fact]
    public void An_unsafe_link_in_a_one_line_description_is_an_error_at_the_link()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Invoices, "description: |\n" + DescriptionLine, "description: See [x](javascript:alert(1)) here."); // line 10

        var result = site.Build();

        DiagnosticAssert.ErrorsAre(result.Diagnostics, (RuleIds.UnsafeLink, Invoices, 10, 18));
    }

    [Theory]
    [InlineData("  See [x](javascript:alert(1)) here.", 11, 7)]
    [InlineData(DescriptionLine + "\n  More at [y](javascript:alert(2)).", 12, 11)]
    public void An_unsafe_link_in_a_block_description_is_an_error_at_the_link(string description, int line, int column)
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Invoices, DescriptionLine, description);

        var result = site.Build();

        DiagnosticAssert.ErrorsAre(result.Diagnostics, (RuleIds.UnsafeLink, Invoices, line, column));
    }

    [Fact]
    public void An_unsafe_address_in_an_indicator_link_is_an_error_at_the_url()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Invoices, "url: https://www.gov.uk/", "url: JavaScript:alert(1)"); // line 19

        var result = site.Build();

        DiagnosticAssert.ErrorsAre(result.Diagnostics, (RuleIds.UnsafeLink, Invoices, 19, 10));
    }

    [Fact]
    public void Raw_html_in_commentary_and_description_is_shown_as_text()
    {
        using var site = TempSite.FromMinimal();
        site.Write(Commentary, """
            ---
            indicator: 101
            ---
            ## Commentary
            <script>alert(1)</script>

            Payment times improved <img src=x onerror=alert(1)> today.

            ## Actions
            <img src=x onerror=alert(1)>
            """);
        site.Replace(Invoices, DescriptionLine, "  <script>alert(1)</script>\n\n  <img src=x onerror=alert(1)>");

        var result = site.Build();

        Assert.True(result.Succeeded, DiagnosticAssert.Describe(result.Diagnostics));
        var page = Parse(IndicatorPage(site));
        var main = page.QuerySelector("main");
        Assert.NotNull(main);
        Assert.DoesNotContain(main.QuerySelectorAll("script"), s => s.GetAttribute("type") != "application/json");
        StaticKpi.Tests.Support.ScriptAssert.OnlyThemeScriptsAndJsonData(page);
        Assert.Empty(page.QuerySelectorAll("[onerror]"));
        Assert.Empty(main.QuerySelectorAll("img"));

        var commentary = Section(page, "commentary");
        Assert.Contains("<script>alert(1)</script>", commentary.TextContent, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=alert(1)>", commentary.TextContent, StringComparison.Ordinal);
        var description = Section(page, "description");
        Assert.Contains("<script>alert(1)</script>", description.TextContent, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=alert(1)>", description.TextContent, StringComparison.Ordinal);
        Assert.Contains("<script>alert(1)</script>", main.TextContent, StringComparison.Ordinal);

        // No page anywhere in the site gets an event handler or a script link from the content.
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var document = Parse(file);
            Assert.Empty(document.QuerySelectorAll("[onerror]"));
            Assert.DoesNotContain(document.QuerySelector("main")!.QuerySelectorAll("script"), s => s.GetAttribute("type") != "application/json");
            StaticKpi.Tests.Support.ScriptAssert.OnlyThemeScriptsAndJsonData(document);
        }
    }

    [Theory]
    [InlineData("[placeholder](#)")]
    [InlineData("[placeholder]()")]
    [InlineData("[placeholder]( # )")]
    public void A_placeholder_link_in_commentary_is_a_warning_and_is_shown_as_plain_text(string link)
    {
        using var site = TempSite.FromMinimal();
        site.Write(Commentary, CommentaryWithLink(link));

        var result = site.Build();

        Assert.True(result.Succeeded, DiagnosticAssert.Describe(result.Diagnostics));
        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, RuleIds.PlaceholderLink, Severity.Warning, Commentary, 5, 24);
        Assert.Contains("placeholder", diagnostic.Message, StringComparison.Ordinal);

        var page = Parse(IndicatorPage(site));
        Assert.Empty(page.QuerySelectorAll("a[href='#'], a[href='']"));
        var commentary = Section(page, "commentary");
        Assert.Contains("Payment times improved placeholder today.", commentary.TextContent, StringComparison.Ordinal);
        Assert.Empty(commentary.QuerySelectorAll("a"));
    }

    [Fact]
    public void A_placeholder_address_in_an_indicator_link_is_a_warning_and_the_link_is_left_out()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Invoices, "url: https://www.gov.uk/", "url: \"#\""); // line 19

        var result = site.Build();

        Assert.True(result.Succeeded, DiagnosticAssert.Describe(result.Diagnostics));
        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, RuleIds.PlaceholderLink, Severity.Warning, Invoices, 19, 10);
        Assert.Contains("Prompt payment guidance", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(Parse(IndicatorPage(site)).QuerySelectorAll("a[href='#']"));
    }

    /// <summary>The page for indicator 101 in the quarter 3 finance report.</summary>
    internal static string IndicatorPage(TempSite site)
    {
        var folder = Directory.GetDirectories(Path.Combine(site.Output, "2024-25-q3", "finance"), "101-*");
        Assert.Single(folder);
        return Path.Combine(folder[0], "index.html");
    }

    internal static IHtmlDocument Parse(string file) => new HtmlParser().ParseDocument(File.ReadAllText(file));

    private static IElement Section(IHtmlDocument page, string id)
    {
        var section = page.QuerySelector($"main section[aria-labelledby='{id}']");
        Assert.True(section is not null, $"The page has no '{id}' section.");
        return section!;
    }

    private static List<string> ScriptLinksIn(string output) =>
        [.. Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
            .SelectMany(file => Parse(file).QuerySelectorAll("[href], [src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? "")
                .Where(url => url.Trim().StartsWith("javascript", StringComparison.OrdinalIgnoreCase))
                .Select(url => $"{Path.GetRelativePath(output, file)}: href=\"{url}\""))];
}

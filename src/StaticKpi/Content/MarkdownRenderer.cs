using AngleSharp.Html.Parser;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticKpi.Diagnostics;
using StaticKpi.Model;

namespace StaticKpi.Content;

/// <summary>
/// Turns editors' Markdown into safe HTML. Raw HTML is disabled (shown as text), links are limited to safe
/// schemes, and tables get captions, header scopes and a scrollable wrapper so they stay accessible.
/// One pipeline is built once and shared: Markdig pipelines are thread-safe for rendering.
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly string[] SafeSchemes = ["http:", "https:", "mailto:", "tel:"];

    private readonly MarkdownPipeline _pipeline = BuildPipeline();

    public static MarkdownRenderer Shared { get; } = new();

    /// <summary>Parses Markdown that is known to be within the limits; <see cref="TryParse"/> checks them.</summary>
    public MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, _pipeline);

    /// <summary>
    /// Parses Markdown found at <paramref name="origin"/>, or returns null after reporting (at the line concerned)
    /// that it is longer than <see cref="MarkdownLimits.MaximumLength"/>, has a paragraph or table longer than
    /// <see cref="MarkdownLimits.MaximumParagraphLength"/> or nests more than <see cref="MarkdownLimits.MaximumDepth"/> deep.
    /// </summary>
    /// <param name="indent">How far every line after the first is indented in the source file (block scalars in YAML).</param>
    public MarkdownDocument? TryParse(string markdown, SourceLocation origin, DiagnosticBag diagnostics, int indent = 0)
    {
        if (markdown.Length > MarkdownLimits.MaximumLength)
        {
            diagnostics.Error(RuleIds.FileTooLarge, origin, MarkdownLimits.TooLongMessage(markdown.Length), MarkdownLimits.TooLongFix);
            return null;
        }

        MarkdownDocument document;
        try
        {
            document = Parse(markdown);
        }
        catch (ArgumentException)
        {
            // Markdig refuses to nest deeper than the pipeline's MaximumNestingDepth, without saying where.
            diagnostics.Error(RuleIds.TooDeep, MarkdownLimits.At(origin, MarkdownLimits.FirstTooDeepLine(markdown, Parse), indent),
                MarkdownLimits.TooDeepMessage, MarkdownLimits.TooDeepFix);
            return null;
        }

        if (MarkdownLimits.LongParagraphLine(document) is { } line)
        {
            diagnostics.Error(RuleIds.FileTooLarge, MarkdownLimits.At(origin, line, indent), MarkdownLimits.LongParagraphMessage,
                MarkdownLimits.LongParagraphFix);
            return null;
        }

        if (MarkdownLimits.TooDeepLine(document) is { } deepLine)
        {
            diagnostics.Error(RuleIds.TooDeep, MarkdownLimits.At(origin, deepLine, indent), MarkdownLimits.TooDeepMessage, MarkdownLimits.TooDeepFix);
            return null;
        }

        return document;
    }

    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder()
            .UseYamlFrontMatter()
            .UsePipeTables()
            .UseEmphasisExtras()
            .UseListExtras()
            .UseAutoLinks()
            .DisableHtml();
        MarkdownLimits.Apply(builder);
        return builder.Build();
    }

    /// <summary>Renders a Markdown string found at <paramref name="origin"/> (for diagnostics).</summary>
    /// <param name="indent">How far every line after the first is indented in the source file (block scalars in YAML).</param>
    /// <param name="siteLinks">When given, receives every link within the site (no scheme) with its position, for checking later.</param>
    public string Render(string markdown, SourceLocation origin, DiagnosticBag diagnostics, int indent = 0,
        ICollection<MarkdownLink>? siteLinks = null) =>
        RenderWithWords(markdown, origin, diagnostics, indent, siteLinks).Html;

    /// <summary>As <see cref="Render"/>, with the words a reader sees (<see cref="MarkdownWords"/>) for the search index.</summary>
    public (string Html, string Words) RenderWithWords(string markdown, SourceLocation origin, DiagnosticBag diagnostics, int indent = 0,
        ICollection<MarkdownLink>? siteLinks = null)
    {
        if (TryParse(markdown, origin, diagnostics, indent) is not { } document)
        {
            return ("", "");
        }

        var html = RenderBlocks(document, origin, diagnostics, indent, siteLinks);
        return (html, MarkdownWords.Of(document));
    }

    /// <summary>Renders a document (or a section detached into its own document) to safe HTML.</summary>
    public string RenderBlocks(MarkdownDocument document, SourceLocation origin, DiagnosticBag diagnostics, int indent = 0,
        ICollection<MarkdownLink>? siteLinks = null)
    {
        RemoveUnsafeLinks(document, origin, diagnostics, indent, siteLinks);
        PlaceholderCheck.Run(document, origin, diagnostics, indent);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return AccessibleTables.Improve(writer.ToString());
    }

    /// <summary>
    /// A link whose target could run script (<c>javascript:</c>, <c>data:</c>…) is an error; one that goes
    /// nowhere (<c>#</c> or empty) is a warning. Either way the link is replaced by its text. A plain <c>http:</c>
    /// link is a warning (kept as it is); links within the site are collected into <paramref name="siteLinks"/>.
    /// </summary>
    private static void RemoveUnsafeLinks(MarkdownDocument document, SourceLocation origin, DiagnosticBag diagnostics, int indent,
        ICollection<MarkdownLink>? siteLinks)
    {
        // Inline links, images and reference links are LinkInline; "<scheme:…>" autolinks are AutolinkInline.
        foreach (var inline in document.Descendants<Inline>().Where(i => i is LinkInline or AutolinkInline).ToList())
        {
            var (url, text) = inline switch
            {
                LinkInline link => (link.Url?.Trim() ?? "", TextOf(link)),
                AutolinkInline autolink => (autolink.Url.Trim(), autolink.Url),
                _ => ("", ""),
            };
            var location = origin with
            {
                Line = origin.Line + inline.Line,
                Column = (inline.Line == 0 ? origin.Column - 1 : indent) + inline.Column + 1,
            };
            if (url is "" or "#")
            {
                diagnostics.Warning(RuleIds.PlaceholderLink, location,
                    $"The link '{QuotedValue.Cut(text)}' points to '{url}', which goes nowhere; it is shown as plain text.",
                    "Put the real address in the brackets, or remove the link.");
                inline.ReplaceBy(new LiteralInline(text), copyChildren: false);
            }
            else if (!IsSafe(url))
            {
                diagnostics.Error(RuleIds.UnsafeLink, location,
                    $"The link '{QuotedValue.Cut(text)}' uses an address that is not allowed ('{Truncate(url)}').",
                    "Use an http, https, mailto or tel address, or a path within the site.");
                inline.ReplaceBy(new LiteralInline(text), copyChildren: false);
            }
            else if (IsInsecure(url))
            {
                diagnostics.Warning(RuleIds.InsecureLink, location,
                    $"The link '{QuotedValue.Cut(text)}' uses http:, which is not encrypted ('{Truncate(url)}').",
                    $"Use '{QuotedValue.Cut(HttpsOf(url))}' if the site offers it (most do).");
            }
            else if (siteLinks is not null && inline is LinkInline { IsImage: false } && IsWithinSite(url))
            {
                siteLinks.Add(new MarkdownLink(url, location));
            }
        }
    }

    /// <summary>An <c>http:</c> address: readers' browsers warn about it and it can be tampered with on the way.</summary>
    public static bool IsInsecure(string url) => url.TrimStart().StartsWith("http:", StringComparison.OrdinalIgnoreCase);

    public static string HttpsOf(string url)
    {
        var trimmed = url.TrimStart();
        return "https:" + trimmed["http:".Length..];
    }

    /// <summary>A link with no scheme and no host: a page of this site, such as <c>../183-subject-access-requests/</c>.</summary>
    public static bool IsWithinSite(string url)
    {
        var colon = url.IndexOf(':');
        var slash = url.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon >= 0 && (slash < 0 || colon < slash);
        return !hasScheme && !url.StartsWith("//", StringComparison.Ordinal);
    }

    public static bool IsSafe(string url)
    {
        var colon = url.IndexOf(':');
        var slash = url.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (slash >= 0 && slash < colon))
        {
            return true; // relative: no scheme before the first path, query or fragment character
        }

        // Browsers ignore tabs, newlines and leading spaces inside schemes, so normalise before comparing.
        var scheme = new string([.. url[..(colon + 1)].Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))])
            .ToLowerInvariant();
        return SafeSchemes.Contains(scheme);
    }

    public static string TextOf(ContainerInline container) =>
        string.Concat(container.Descendants<LiteralInline>().Select(l => l.Content.ToString())) +
        string.Concat(container.Descendants<CodeInline>().Select(c => c.Content));

    /// <summary>A link's address in a message: short, since the link's text already says which link it is.</summary>
    private static string Truncate(string url) => QuotedValue.Cut(url, 41);
}

/// <summary>Post-processes rendered Markdown tables for screen readers and narrow screens.</summary>
internal static class AccessibleTables
{
    private static readonly HtmlParser Parser = new();

    public static string Improve(string html)
    {
        if (!html.Contains("<table", StringComparison.Ordinal))
        {
            return html;
        }

        var document = Parser.ParseDocument("<!doctype html><body>" + html);
        var body = document.Body!;
        foreach (var table in body.QuerySelectorAll("table").ToList())
        {
            foreach (var header in table.QuerySelectorAll("thead th"))
            {
                header.SetAttribute("scope", "col");
            }

            // A paragraph of only bold text just before a table is its title: make it the caption.
            var previous = table.PreviousElementSibling;
            string? captionText = null;
            if (previous is { LocalName: "p" } && previous.Children.Length == 1 &&
                previous.FirstElementChild is { LocalName: "strong" } strong &&
                previous.TextContent.Trim() == strong.TextContent.Trim())
            {
                captionText = strong.TextContent.Trim();
                var caption = document.CreateElement("caption");
                caption.TextContent = captionText;
                table.Prepend(caption);
                previous.Remove();
            }

            // Wide tables scroll inside their own region instead of making the whole page scroll.
            var wrapper = document.CreateElement("div");
            wrapper.ClassName = "table-scroll";
            wrapper.SetAttribute("role", "region");
            wrapper.SetAttribute("tabindex", "0");
            wrapper.SetAttribute("aria-label", captionText ?? "Table");
            table.Replace(wrapper);
            wrapper.AppendChild(table);
        }

        return body.InnerHtml;
    }
}

using Scriban;
using Scriban.Parsing;
using StaticKpi.Pages;

namespace StaticKpi.Render;

/// <summary>
/// A Scriban context that HTML-escapes every value a template prints, except <see cref="HtmlString"/>
/// (already safe markup). Templates therefore cannot forget to escape editors' text.
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    /// <summary>The page being rendered, for functions such as <c>asset</c> that depend on where the page is.</summary>
    public PageModel? Page { get; set; }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is HtmlString html)
        {
            Write(html.Value);
            return this;
        }

        var text = ObjectToString(textAsObject);
        if (!string.IsNullOrEmpty(text))
        {
            Write(HtmlText.Escape(text));
        }

        return this;
    }
}

public static class HtmlText
{
    /// <summary>Escapes the five characters that matter in HTML text and quoted attributes; leaves the rest as UTF-8.</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        return text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("'", "&#39;", StringComparison.Ordinal);
    }
}

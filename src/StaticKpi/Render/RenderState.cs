using Scriban.Runtime;

namespace StaticKpi.Render;

/// <summary>
/// What each rendering thread keeps from page to page, in the build's <see cref="RenderCaches"/>: a template context
/// (a new one copies Scriban's built-in functions and learns every model type's members again, which cost more than
/// rendering a page), the buffers the layout and the page are written into, and the page's UTF-8 bytes. Everything
/// that belongs to one page is pushed as globals for its render and popped after it.
/// </summary>
internal sealed class RenderState
{
    // No loop, string or output limits: Scriban's defaults (1,048,576 characters) would cut a national-size open
    // data page or printable report short without an error. The templates are the site's own theme, not
    // untrusted input, and the pages are as long as the content makes them.
    public HtmlTemplateContext Context { get; } = new() { StrictVariables = true, LoopLimit = 0, LimitToString = 0, OutputLimit = 0 };

    public ScriptObject PageGlobals { get; } = [];

    public BufferedOutput Body { get; set; } = new();

    public BufferedOutput Page { get; set; } = new();

    public char[] Chars { get; set; } = new char[64 * 1024];

    public byte[] Bytes { get; set; } = new byte[192 * 1024];
}

using System.Text;
using Scriban.Runtime;
using Scriban.Syntax;
using StaticKpi.Pages;

namespace StaticKpi.Render;

/// <summary>
/// Renders page models through the theme's Scriban layouts: <c>layouts/&lt;page layout&gt;.html</c> for the
/// page's main content, then <c>layouts/base.html</c> around it. Templates see <c>site</c>, <c>page</c> and
/// <c>content</c> (in the base layout), with members in snake_case (<c>page.produced_on</c>).
/// </summary>
public sealed class PageRenderer
{
    /// <summary>
    /// What each rendering thread keeps from page to page: a template context (a new one copies Scriban's built-in
    /// functions and learns every model type's members again, which cost more than rendering a page), the buffers
    /// the layout and the page are written into, and the page's UTF-8 bytes. Everything that belongs to one page is
    /// pushed as globals for its render and popped after it.
    /// </summary>
    [ThreadStatic]
    private static RenderState? t_state;

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly TemplateCache _templates;
    private readonly IReadOnlyDictionary<string, string> _assets;
    private readonly ScriptObject _siteGlobals;

    /// <param name="assets">Asset paths as the theme names them ("assets/site.css") to the path they are written at.</param>
    public PageRenderer(Theme theme, SiteView site, IReadOnlyDictionary<string, string> assets)
    {
        _templates = new TemplateCache(theme);
        _assets = assets;
        _siteGlobals = new ScriptObject
        {
            ["site"] = site,
            ["include"] = new IncludeHtmlFunction(_templates),
        };
        // asset "site.css" gives the page-relative address of a theme asset.
        _siteGlobals.Import("asset", new Func<Scriban.TemplateContext, string, string>((context, name) =>
            ((HtmlTemplateContext)context).Page!.Root + AssetPath(name)));
    }

    /// <summary>Parses every layout a build will need up front, so template errors surface before any page is rendered.</summary>
    public void Prepare(IEnumerable<string> layouts)
    {
        foreach (var layout in layouts.Append("base").Distinct())
        {
            _templates.Get($"layouts/{layout}.html");
        }
    }

    public string Render(PageModel page) => RenderPage(page).ToString();

    /// <summary>The page as UTF-8, in a buffer of this thread's that the next render on the same thread reuses.</summary>
    public ReadOnlyMemory<byte> RenderUtf8(PageModel page)
    {
        var html = RenderPage(page);
        var state = t_state!;
        var chars = html.Length;
        if (state.Chars.Length < chars)
        {
            state.Chars = new char[Math.Max(chars, state.Chars.Length * 2)];
        }

        html.CopyTo(0, state.Chars, chars);
        var size = Utf8NoBom.GetMaxByteCount(chars);
        if (state.Bytes.Length < size)
        {
            state.Bytes = new byte[Math.Max(size, state.Bytes.Length * 2)];
        }

        var length = Utf8NoBom.GetBytes(state.Chars, 0, chars, state.Bytes, 0);
        return state.Bytes.AsMemory(0, length);
    }

    /// <summary>Renders the layout, then the base layout around it, into this thread's page buffer.</summary>
    private StringBuilder RenderPage(PageModel page)
    {
        // Taken for the render: a render that fails leaves the state unused, since the context's state is unknown.
        var state = t_state ?? new RenderState();
        t_state = null;
        var body = state.Body.Builder;
        var html = state.Page.Builder;
        body.Clear();
        html.Clear();
        RenderTemplate(state, $"layouts/{page.Layout}.html", page, null, state.Body);
        RenderTemplate(state, "layouts/base.html", page, new RenderedHtml(body), state.Page);
        t_state = state;
        return html;
    }

    private void RenderTemplate(RenderState state, string path, PageModel page, RenderedHtml? content, BufferedOutput output)
    {
        var template = _templates.Get(path);
        var context = state.Context;
        context.Page = page;
        state.PageGlobals["page"] = page;
        state.PageGlobals["content"] = content;
        context.PushGlobal(_siteGlobals);
        context.PushGlobal(state.PageGlobals);
        context.PushOutput(output);
        try
        {
            template.Render(context);
        }
        catch (ScriptRuntimeException ex)
        {
            throw new TemplateProblem($"{path} could not render {page.OutputPath}: {ex.Message}",
                "Check the variable and member names used in the template (members are snake_case, e.g. page.produced_on).");
        }

        context.PopOutput();
        context.PopGlobal();
        context.PopGlobal();
        context.Page = null;
    }

    private string AssetPath(string name) =>
        _assets.TryGetValue("assets/" + name, out var written)
            ? written
            : throw new TemplateProblem($"The theme has no asset '{name}'.", $"Add assets/{name} to the theme, or fix the name.");

    private sealed class RenderState
    {
        // No loop, string or output limits: Scriban's defaults (1,048,576 characters) would cut a national-size open
        // data page or printable report short without an error. The templates are the site's own theme, not
        // untrusted input, and the pages are as long as the content makes them.
        public HtmlTemplateContext Context { get; } = new() { StrictVariables = true, LoopLimit = 0, LimitToString = 0, OutputLimit = 0 };

        public ScriptObject PageGlobals { get; } = [];

        public BufferedOutput Body { get; } = new();

        public BufferedOutput Page { get; } = new();

        public char[] Chars { get; set; } = new char[64 * 1024];

        public byte[] Bytes { get; set; } = new byte[192 * 1024];
    }
}

using System.Text;
using Scriban.Runtime;
using Scriban.Syntax;
using StaticKpi.Localisation;
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
    /// A thread keeps page buffers of up to this many characters for its next page. A larger page (a national-size
    /// open data page, say) gets buffers of its own, let go after it, so that no thread holds buffers the size of the
    /// largest page it ever rendered.
    /// </summary>
    internal const int RetainedChars = 1024 * 1024;

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly int RetainedBytes = Utf8NoBom.GetMaxByteCount(RetainedChars);

    private readonly TemplateCache _templates;
    private readonly SiteView _site;
    private readonly IReadOnlyDictionary<string, string> _assets;
    private readonly RenderCaches _caches;
    private readonly ScriptObject _siteGlobals;
    private readonly StringCatalogue _strings;

    /// <param name="assets">Asset paths as the theme names them ("assets/site.css") to the path they are written at.</param>
    /// <param name="caches">The build's caches; a new one when not given (a renderer used on its own).</param>
    /// <param name="strings">The words of each language a page is rendered in; the theme's own when not given.</param>
    public PageRenderer(Theme theme, SiteView site, IReadOnlyDictionary<string, string> assets, RenderCaches? caches = null,
        StringCatalogue? strings = null)
        : this(new TemplateCache(theme), site, assets, caches ?? new RenderCaches(), strings ?? new StringCatalogue(theme))
    {
    }

    private PageRenderer(TemplateCache templates, SiteView site, IReadOnlyDictionary<string, string> assets, RenderCaches caches,
        StringCatalogue strings)
    {
        _strings = strings;
        _templates = templates;
        _site = site;
        _assets = assets;
        _caches = caches;
        _siteGlobals = new ScriptObject
        {
            ["site"] = site,
            ["include"] = new IncludeHtmlFunction(_templates, caches),
            ["t"] = new TranslateFunction(),
        };
        // asset "site.css" gives the page-relative address of a theme asset.
        _siteGlobals.Import("asset", new Func<Scriban.TemplateContext, string, string>((context, name) =>
            ((HtmlTemplateContext)context).Page!.Root + AssetPath(name)));
    }

    /// <summary>
    /// The same renderer with another build's caches, for an incremental update: the parsed templates are kept (they
    /// are immutable, and a changed theme needs a whole build), what was remembered while rendering is not.
    /// </summary>
    internal PageRenderer WithCaches(RenderCaches caches) => new(_templates, _site, _assets, caches, _strings);

    /// <summary>The words of each language, loaded once for the renderer and the page models it renders.</summary>
    internal StringCatalogue Strings => _strings;

    /// <summary>Parses every layout a build will need up front, so template errors surface before any page is rendered.</summary>
    public void Prepare(IEnumerable<string> layouts)
    {
        foreach (var layout in layouts.Append("base").Distinct())
        {
            _templates.Get($"layouts/{layout}.html");
        }
    }

    public string Render(PageModel page)
    {
        var state = RenderPage(page);
        var html = state.Page.Builder.ToString();
        LetGoOfLargeBuffers(state);
        return html;
    }

    /// <summary>The page as UTF-8, in a buffer of this thread's that the next render on the same thread reuses.</summary>
    public ReadOnlyMemory<byte> RenderUtf8(PageModel page)
    {
        var state = RenderPage(page);
        var html = state.Page.Builder;
        var chars = html.Length;
        var charBuffer = state.Chars.Length >= chars ? state.Chars : Grown<char>(state.Chars.Length, chars, RetainedChars);
        if (charBuffer.Length <= RetainedChars)
        {
            state.Chars = charBuffer;
        }

        html.CopyTo(0, charBuffer, chars);
        var size = Utf8NoBom.GetMaxByteCount(chars);
        var byteBuffer = state.Bytes.Length >= size ? state.Bytes : Grown<byte>(state.Bytes.Length, size, RetainedBytes);
        if (byteBuffer.Length <= RetainedBytes)
        {
            state.Bytes = byteBuffer;
        }

        var length = Utf8NoBom.GetBytes(charBuffer, 0, chars, byteBuffer, 0);
        LetGoOfLargeBuffers(state);
        return byteBuffer.AsMemory(0, length);
    }

    /// <summary>A larger buffer: doubled up to the size a thread keeps, or exactly the size asked for beyond it.</summary>
    private static T[] Grown<T>(int current, int size, int retained) =>
        new T[size > retained ? size : Math.Min(Math.Max(size, current * 2), retained)];

    /// <summary>Swaps a page buffer that grew past what a thread keeps for a new one (a StringBuilder never shrinks).</summary>
    private static void LetGoOfLargeBuffers(RenderState state)
    {
        if (state.Body.Builder.Capacity > RetainedChars)
        {
            state.Body = new BufferedOutput();
        }

        if (state.Page.Builder.Capacity > RetainedChars)
        {
            state.Page = new BufferedOutput();
        }
    }

    /// <summary>Renders the layout, then the base layout around it, into this thread's page buffer.</summary>
    private RenderState RenderPage(PageModel page)
    {
        // Taken for the render: a render that fails leaves the state unused, since the context's state is unknown.
        var states = _caches.States;
        var state = states.Value ?? new RenderState();
        states.Value = null;
        var body = state.Body.Builder;
        body.Clear();
        state.Page.Builder.Clear();
        RenderTemplate(state, $"layouts/{page.Layout}.html", page, null, state.Body);
        RenderTemplate(state, "layouts/base.html", page, new RenderedHtml(body), state.Page);
        states.Value = state;
        return state;
    }

    private void RenderTemplate(RenderState state, string path, PageModel page, RenderedHtml? content, BufferedOutput output)
    {
        var template = _templates.Get(path);
        var context = state.Context;
        context.Page = page;
        context.Strings = _strings.For(page.Language);
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
}

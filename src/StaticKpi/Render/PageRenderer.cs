using Scriban;
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
    /// One template context per thread, reused from page to page: a new context copies Scriban's built-in functions
    /// and learns every model type's members again, which cost more than rendering a page. Everything that belongs
    /// to one renderer or one page is pushed as globals for that render and popped after it.
    /// </summary>
    [ThreadStatic]
    private static HtmlTemplateContext? t_context;

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
        _siteGlobals.Import("asset", new Func<TemplateContext, string, string>((context, name) =>
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

    public string Render(PageModel page)
    {
        var body = RenderTemplate($"layouts/{page.Layout}.html", page, null);
        return RenderTemplate("layouts/base.html", page, new HtmlString(body));
    }

    private string RenderTemplate(string path, PageModel page, HtmlString? content)
    {
        var template = _templates.Get(path);
        var context = t_context ?? new HtmlTemplateContext { StrictVariables = true, LoopLimit = 0 };
        t_context = null; // taken: a render that fails leaves it unused, since its state is unknown
        context.Page = page;
        context.PushGlobal(_siteGlobals);
        context.PushGlobal(new ScriptObject { ["page"] = page, ["content"] = content });
        string html;
        try
        {
            html = template.Render(context);
        }
        catch (ScriptRuntimeException ex)
        {
            throw new TemplateProblem($"{path} could not render {page.OutputPath}: {ex.Message}",
                "Check the variable and member names used in the template (members are snake_case, e.g. page.produced_on).");
        }

        context.PopGlobal();
        context.PopGlobal();
        context.Page = null;
        t_context = context;
        return html;
    }

    private string AssetPath(string name) =>
        _assets.TryGetValue("assets/" + name, out var written)
            ? written
            : throw new TemplateProblem($"The theme has no asset '{name}'.", $"Add assets/{name} to the theme, or fix the name.");
}

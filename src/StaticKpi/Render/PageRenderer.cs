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
    private readonly TemplateCache _templates;
    private readonly SiteView _site;
    private readonly IReadOnlyDictionary<string, string> _assets;

    /// <param name="assets">Asset paths as the theme names them ("assets/site.css") to the path they are written at.</param>
    public PageRenderer(Theme theme, SiteView site, IReadOnlyDictionary<string, string> assets)
    {
        _templates = new TemplateCache(theme);
        _site = site;
        _assets = assets;
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
        var globals = new ScriptObject
        {
            ["site"] = _site,
            ["page"] = page,
            ["content"] = content,
            ["include"] = new IncludeHtmlFunction(_templates),
        };
        // asset "site.css" gives the page-relative address of a theme asset.
        globals.Import("asset", new Func<string, string>(name => page.Root + AssetPath(name)));

        var context = new HtmlTemplateContext { StrictVariables = true, LoopLimit = 0 };
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException ex)
        {
            throw new TemplateProblem($"{path} could not render {page.OutputPath}: {ex.Message}",
                "Check the variable and member names used in the template (members are snake_case, e.g. page.produced_on).");
        }
    }

    private string AssetPath(string name) =>
        _assets.TryGetValue("assets/" + name, out var written)
            ? written
            : throw new TemplateProblem($"The theme has no asset '{name}'.", $"Add assets/{name} to the theme, or fix the name.");
}

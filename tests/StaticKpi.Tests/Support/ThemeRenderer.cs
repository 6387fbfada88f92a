using StaticKpi.Pages;
using StaticKpi.Render;

namespace StaticKpi.Tests.Support;

/// <summary>A page renderer over a theme made of the given files (paths relative to the theme, such as <c>layouts/base.html</c>).</summary>
public static class ThemeRenderer
{
    public static PageRenderer Of(TempFolder folder, params (string Path, string Text)[] files)
    {
        var theme = folder.Combine("theme");
        foreach (var (path, text) in files)
        {
            var file = Path.Combine(theme, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text);
        }

        return new PageRenderer(new Theme(theme), new SiteView("Site", "Council", "en-GB", null, "/"), new Dictionary<string, string>());
    }
}

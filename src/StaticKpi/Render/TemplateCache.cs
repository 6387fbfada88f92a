using System.Collections.Concurrent;
using Scriban;

namespace StaticKpi.Render;

/// <summary>Theme templates parsed once per build and shared by every page (Scriban templates are immutable once parsed).</summary>
internal sealed class TemplateCache(Theme theme)
{
    private readonly ConcurrentDictionary<string, Template> _templates = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Partial> _partials = new(StringComparer.Ordinal);

    public Template Get(string relativePath) => _templates.GetOrAdd(relativePath, Parse);

    /// <summary>
    /// A partial by the name templates include it by (<c>include "rating"</c>), found and parsed once: every include
    /// on every page looks it up, so by name rather than by a path made for each call.
    /// </summary>
    public Partial PartialNamed(string name) => _partials.GetOrAdd(name, n => new Partial(Get(PartialPath(n)),
        template => PartialPurity.IsPure(template, included => theme.ReadText(PartialPath(included)) is null ? null : Get(PartialPath(included)))));

    private static string PartialPath(string name) => $"partials/{name}.html";

    private Template Parse(string relativePath)
    {
        var text = theme.ReadText(relativePath) ?? throw new TemplateProblem(
            $"The theme has no template '{relativePath}'.",
            $"Add themes/<theme>/{relativePath} to your site, or check the name in the template that uses it.");
        var template = Template.Parse(text, theme.Describe(relativePath));
        if (template.HasErrors)
        {
            throw new TemplateProblem(
                $"The template {theme.Describe(relativePath)} has errors: {string.Join("; ", template.Messages)}",
                "Fix the template syntax (see the Scriban documentation).");
        }

        return template;
    }
}

/// <summary>
/// A parsed partial, and whether its output depends only on its arguments (<see cref="PartialPurity"/>), worked out
/// when first asked.
/// </summary>
internal sealed class Partial(Template template, Func<Template, bool> isPure)
{
    private readonly Lazy<bool> _isPure = new(() => isPure(template));

    public Template Template => template;

    public bool IsPure => _isPure.Value;
}

/// <summary>A theme problem reported to the user as a diagnostic rather than a stack trace.</summary>
public sealed class TemplateProblem(string message, string fix) : Exception(message)
{
    public string Fix { get; } = fix;
}

using System.Collections.Concurrent;
using Scriban;

namespace StaticKpi.Render;

/// <summary>Theme templates parsed once per build and shared by every page (Scriban templates are immutable once parsed).</summary>
internal sealed class TemplateCache(Theme theme)
{
    private readonly ConcurrentDictionary<string, Template> _templates = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _pure = new(StringComparer.Ordinal);

    public Template Get(string relativePath) => _templates.GetOrAdd(relativePath, Parse);

    public static string PartialPath(string name) => $"partials/{name}.html";

    /// <summary>Whether the partial's output depends only on its arguments (see <see cref="PartialPurity"/>), worked out once.</summary>
    public bool IsPure(string partialName) => _pure.GetOrAdd(partialName, name =>
        PartialPurity.IsPure(Get(PartialPath(name)), included => theme.ReadText(PartialPath(included)) is null ? null : Get(PartialPath(included))));

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

/// <summary>A theme problem reported to the user as a diagnostic rather than a stack trace.</summary>
public sealed class TemplateProblem(string message, string fix) : Exception(message)
{
    public string Fix { get; } = fix;
}

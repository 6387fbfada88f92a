using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using StaticKpi.Formatting;
using StaticKpi.Pages;

namespace StaticKpi.Render;

/// <summary>
/// Replaces Scriban's <c>include</c>: partials come from the shared, pre-parsed template cache (so no page
/// parses a template again), and what they produce is markup the escaping context must not escape. An include that
/// is a statement of its own (<c>{{ include "rating" row.rating }}</c>, the usual case) writes straight into the
/// including template's output, with no copy of the partial's text; one used inside an expression (assigned, piped
/// or passed on) returns its text as an <see cref="HtmlString"/>. A pure partial (see <see cref="PartialPurity"/>)
/// given a shared view (<see cref="ISharedView"/>) as its only argument is rendered once for that view and its text
/// reused for every later page that shows the same view of the same build (the text is kept in the build's
/// <see cref="RenderCaches"/>, which the build drops with it).
/// </summary>
internal sealed class IncludeHtmlFunction(TemplateCache cache, RenderCaches caches) : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 16;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(HtmlString);

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "name") : new ScriptParameterInfo(typeof(object), "arg" + index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var name = context.ObjectToString(arguments[0]) ?? "";
        var partial = cache.PartialNamed(name);
        var template = partial.Template;
        var inline = callerContext?.Parent is ScriptExpressionStatement;
        if (inline && arguments.Count == 2 && arguments[1] is ISharedView shared && partial.IsPure)
        {
            // The same view on many pages: render it once, then write what was kept.
            var kept = caches.PartialTexts.GetOrAdd((shared, template, ((HtmlTemplateContext)context).Strings), _ =>
                Render(context, callerContext, arguments, template, new StringBuilderOutput()).TrimEnd('\n'));
            context.Output.Write(kept, 0, kept.Length);
            return null;
        }

        // A partial file's final newline is an editor convention, not content: dropping it keeps inline partials
        // inline (PartialOutput drops it when writing straight through).
        if (inline)
        {
            Render(context, callerContext, arguments, template, new PartialOutput(context.Output));
            return null;
        }

        return new HtmlString(Render(context, callerContext, arguments, template, new StringBuilderOutput()).TrimEnd('\n'));
    }

    /// <returns>What <see cref="Template.Render(TemplateContext)"/> returns: the text when <paramref name="output"/> is
    /// a <see cref="StringBuilderOutput"/>.</returns>
    private static string Render(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, Template template, IScriptOutput output)
    {
        // As Scriban's own include: the partial sees its arguments as $1, $2… and the caller's are restored after.
        context.EnterRecursive(callerContext);
        context.PushOutput(output);
        var strict = context.StrictVariables;
        context.StrictVariables = false; // "no arguments yet" is not an error here
        var previousArguments = context.GetValue(ScriptVariable.Arguments);
        context.StrictVariables = strict;
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, true, true);
            return template.Render(context);
        }
        finally
        {
            context.PopOutput();
            context.ExitRecursive(callerContext);
            context.DeleteValue(ScriptVariable.Arguments);
            if (previousArguments is not null)
            {
                context.SetValue(ScriptVariable.Arguments, previousArguments, true);
            }
        }
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments,
        ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}

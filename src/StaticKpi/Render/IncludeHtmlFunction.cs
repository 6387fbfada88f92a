using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using StaticKpi.Pages;

namespace StaticKpi.Render;

/// <summary>
/// Replaces Scriban's <c>include</c>: partials come from the shared, pre-parsed template cache (so no page
/// parses a template again), and what they produce is markup the escaping context must not escape. An include that
/// is a statement of its own (<c>{{ include "rating" row.rating }}</c>, the usual case) writes straight into the
/// including template's output, with no copy of the partial's text; one used inside an expression (assigned, piped
/// or passed on) returns its text as an <see cref="HtmlString"/>.
/// </summary>
internal sealed class IncludeHtmlFunction(TemplateCache cache) : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 16;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(HtmlString);

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "name") : new ScriptParameterInfo(typeof(object), "arg" + index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var name = context.ObjectToString(arguments[0]);
        var template = cache.Get($"partials/{name}.html");

        // As Scriban's own include: the partial sees its arguments as $1, $2… and the caller's are restored after.
        var inline = callerContext?.Parent is ScriptExpressionStatement;
        context.EnterRecursive(callerContext);
        if (inline)
        {
            context.PushOutput(new PartialOutput(context.Output));
        }
        else
        {
            context.PushOutput();
        }

        var strict = context.StrictVariables;
        context.StrictVariables = false; // "no arguments yet" is not an error here
        var previousArguments = context.GetValue(ScriptVariable.Arguments);
        context.StrictVariables = strict;
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, true, true);
            var text = template.Render(context);
            // A partial file's final newline is an editor convention, not content: dropping it keeps inline partials
            // inline (PartialOutput drops it when writing straight through).
            return inline ? null : new HtmlString(text.TrimEnd('\n'));
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

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}

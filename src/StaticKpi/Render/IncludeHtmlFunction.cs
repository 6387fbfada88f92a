using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using StaticKpi.Pages;

namespace StaticKpi.Render;

/// <summary>
/// Replaces Scriban's <c>include</c>: partials come from the shared, pre-parsed template cache (so no page
/// parses a template again) and their output is returned as <see cref="HtmlString"/>, so the escaping
/// context does not escape markup the partial produced.
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
        context.EnterRecursive(callerContext);
        context.PushOutput();
        var strict = context.StrictVariables;
        context.StrictVariables = false; // "no arguments yet" is not an error here
        var previousArguments = context.GetValue(ScriptVariable.Arguments);
        context.StrictVariables = strict;
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, true, true);
            // A partial file's final newline is an editor convention, not content: dropping it keeps inline partials inline.
            return new HtmlString(template.Render(context).TrimEnd('\n'));
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

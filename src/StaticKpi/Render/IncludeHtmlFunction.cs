using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
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
/// or passed on) returns its text as an <see cref="HtmlString"/>. A pure partial (see <see cref="PartialPurity"/>)
/// included again with the same argument object writes what it wrote the first time instead of rendering again.
/// </summary>
internal sealed class IncludeHtmlFunction(TemplateCache cache) : IScriptCustomFunction
{
    /// <summary>By argument object: the text of each pure partial rendered with it (null: seen once, not yet kept).</summary>
    private readonly ConditionalWeakTable<object, ConcurrentDictionary<Template, string?>> _kept = [];

    public int RequiredParameterCount => 1;

    public int ParameterCount => 16;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(HtmlString);

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "name") : new ScriptParameterInfo(typeof(object), "arg" + index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var name = context.ObjectToString(arguments[0]) ?? "";
        var template = cache.Get(TemplateCache.PartialPath(name));
        var inline = callerContext?.Parent is ScriptExpressionStatement;
        if (inline && Remembered(name, arguments) is { } memo)
        {
            // Seen before with this very argument: render it once more to keep, then reuse what was kept.
            if (memo.TryGetValue(template, out var kept))
            {
                kept ??= memo[template] = Render(context, callerContext, arguments, template, new StringBuilderOutput()).TrimEnd('\n');
                context.Output.Write(kept, 0, kept.Length);
                return null;
            }

            // The first time: most arguments are shown once, and keeping their partials' text would only fill memory.
            memo.TryAdd(template, null);
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

    /// <summary>
    /// What was rendered from a pure partial given this argument object, when the partial has just that one argument
    /// and it is an object the page models share (not a string or number): kept while the argument lives.
    /// </summary>
    private ConcurrentDictionary<Template, string?>? Remembered(string name, ScriptArray arguments) =>
        arguments.Count == 2 && arguments[1] is { } argument && argument is not string && !argument.GetType().IsValueType && cache.IsPure(name)
            ? _kept.GetValue(argument, _ => new ConcurrentDictionary<Template, string?>(ReferenceEqualityComparer.Instance))
            : null;

    /// <returns>What <see cref="Template.Render(TemplateContext)"/> returns: the text when <paramref name="output"/> is a <see cref="StringBuilderOutput"/>.</returns>
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

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}

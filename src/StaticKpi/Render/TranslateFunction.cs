using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using StaticKpi.Content;
using StaticKpi.Localisation;
using StaticKpi.Pages;
using StaticKpi.Shared;

namespace StaticKpi.Render;

/// <summary>
/// The templates' <c>t</c>: a string of the page's language by key, with placeholders given as name and value pairs:
/// <c>{{ t "report.unchanged" "count" page.unchanged_count }}</c>. A <c>count</c> also picks the plural form. Written
/// as a statement of its own, it writes the words as template text (with its values escaped) straight into the page;
/// used inside an expression (<c>(t "report.summary.caption" "period" page.period)</c>) it gives plain text, which
/// whatever prints it escapes.
/// </summary>
internal sealed class TranslateFunction : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 17;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "key") : new ScriptParameterInfo(typeof(object), "arg" + index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var strings = ((HtmlTemplateContext)context).Strings;
        var key = arguments[0] as string ?? context.ObjectToString(arguments[0]) ?? "";
        if (arguments.Count % 2 == 0)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? default,
                $"t \"{key}\" needs its placeholders as pairs of a name and a value, such as t \"{key}\" \"count\" page.count.");
        }

        StringEntry entry;
        try
        {
            entry = strings.Entry(key);
        }
        catch (StringsProblem problem)
        {
            var close = Suggestions.Closest(key, strings.Keys);
            throw new ScriptRuntimeException(callerContext?.Span ?? default,
                problem.Message + (close is null ? "" : $" Did you mean '{close}'?"));
        }

        var template = entry.IsPlural ? entry.For(strings.PrimaryLanguage, CountOf(context, callerContext, arguments, key)) : entry.Text;
        if (callerContext?.Parent is ScriptExpressionStatement)
        {
            Write(context, callerContext, arguments, template, key);
            return null;
        }

        return template.IsPlain ? template.Text : Filled(context, callerContext, arguments, template, key);
    }

    private static void Write(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, TextTemplate template, string key)
    {
        var literals = template.HtmlLiterals;
        var output = context.Output;
        for (var i = 0; i < template.Placeholders.Count; i++)
        {
            output.Write(literals[i]);
            // A value that is markup already (an included partial: a rating badge) goes in as it is.
            var value = ArgumentOf(callerContext, arguments, template.Placeholders[i], key);
            output.Write(value is HtmlString html ? html.Value : HtmlText.Escape(context.ObjectToString(value) ?? ""));
        }

        output.Write(literals[^1]);
    }

    private static string Filled(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, TextTemplate template, string key)
    {
        var builder = new System.Text.StringBuilder();
        var literals = template.Literals;
        for (var i = 0; i < template.Placeholders.Count; i++)
        {
            builder.Append(literals[i]).Append(ValueOf(context, callerContext, arguments, template.Placeholders[i], key));
        }

        return builder.Append(literals[^1]).ToString();
    }

    private static string ValueOf(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, string name, string key) =>
        context.ObjectToString(ArgumentOf(callerContext, arguments, name, key)) ?? "";

    private static object? ArgumentOf(ScriptNode? callerContext, ScriptArray arguments, string name, string key)
    {
        for (var i = 1; i + 1 < arguments.Count; i += 2)
        {
            if (arguments[i] is string given && given == name)
            {
                return arguments[i + 1];
            }
        }

        throw new ScriptRuntimeException(callerContext?.Span ?? default,
            $"The string '{key}' has a placeholder {{{name}}}, but t \"{key}\" gives it no value: add \"{name}\" and its value.");
    }

    private static long CountOf(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, string key)
    {
        for (var i = 1; i + 1 < arguments.Count; i += 2)
        {
            if (arguments[i] is "count" && arguments[i + 1] is IConvertible number)
            {
                return number.ToInt64(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        throw new ScriptRuntimeException(callerContext?.Span ?? default,
            $"The string '{key}' has plural forms, so t \"{key}\" needs a count: add \"count\" and the number.");
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments,
        ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}

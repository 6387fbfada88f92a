using Scriban;
using Scriban.Syntax;

namespace StaticKpi.Render;

/// <summary>
/// Decides whether a partial's output depends on nothing but its arguments (and the build's constant <c>site</c>), so
/// that it can be rendered once per argument and reused: an indicator's history row, say, appears unchanged on its
/// page in every later report. The check is a conservative reading of the partial's syntax tree: text, output
/// expressions, <c>if</c>/<c>else</c>, <c>for</c> loops over values it can see, member and index access, literals,
/// operators, <c>$</c>/<c>$1</c>…, its own loop variables, <c>site</c>, and <c>include</c> of partials that are pure
/// themselves. Anything else (the page, assignments, pipes, any other function, a variable it did not declare) makes
/// it impure, and it is then rendered on every call as before.
/// </summary>
internal static class PartialPurity
{
    /// <summary>Node types that neither read state nor have effects of their own (their children are still checked).</summary>
    private static readonly HashSet<Type> Inert =
    [
        typeof(ScriptPage), typeof(ScriptBlockStatement), typeof(ScriptRawStatement), typeof(ScriptEscapeStatement),
        typeof(ScriptExpressionStatement), typeof(ScriptIfStatement), typeof(ScriptElseStatement), typeof(ScriptEndStatement),
        typeof(ScriptLiteral), typeof(ScriptToken), typeof(ScriptKeyword), typeof(ScriptNestedExpression),
        typeof(ScriptBinaryExpression), typeof(ScriptUnaryExpression), typeof(ScriptIndexerExpression),
        typeof(ScriptArrayInitializerExpression),
    ];

    /// <param name="partialNamed">The parsed partial of a name used in <c>include "name"</c>, or null if there is none.</param>
    public static bool IsPure(Template template, Func<string, Template?> partialNamed) =>
        IsPure(template, partialNamed, new HashSet<Template>(ReferenceEqualityComparer.Instance));

    /// <param name="including">The partials on the way to this one: a partial that includes itself is not pure.</param>
    private static bool IsPure(Template template, Func<string, Template?> partialNamed, HashSet<Template> including)
    {
        if (template.Page is null || !including.Add(template))
        {
            return false;
        }

        var pure = new Reader(partialNamed, including).IsPure(template.Page);
        including.Remove(template);
        return pure;
    }

    private sealed class Reader(Func<string, Template?> partialNamed, HashSet<Template> including)
    {
        /// <summary>The loop variables in scope, innermost last.</summary>
        private readonly List<string> _loopVariables = [];

        public bool IsPure(ScriptNode? node) => node switch
        {
            null => true,
            ScriptForStatement loop => IsPure(loop),
            ScriptMemberExpression member => IsPure(member.Target), // the member's name is not a variable
            ScriptVariableLocal local => local.Name == "$", // the include's arguments; other locals are the caller's
            ScriptVariableGlobal global => global.Name == "site" ||
                _loopVariables.Contains(global.Name, StringComparer.Ordinal) ||
                (global.Name == "for" && _loopVariables.Count > 0),
            ScriptFunctionCall call => IsPureTranslation(call) || IsPureInclude(call),
            _ when node.GetType().IsGenericType && node.GetType().GetGenericTypeDefinition() == typeof(ScriptList<>) => ChildrenArePure(node),
            _ => Inert.Contains(node.GetType()) && ChildrenArePure(node),
        };

        private bool IsPure(ScriptForStatement loop)
        {
            if (loop.Variable is not ScriptVariableGlobal variable || (loop.NamedArguments?.Count ?? 0) > 0 || !IsPure(loop.Iterator))
            {
                return false;
            }

            _loopVariables.Add(variable.Name);
            var pure = IsPure(loop.Body) && IsPure(loop.Else);
            _loopVariables.RemoveAt(_loopVariables.Count - 1);
            return pure;
        }

        /// <summary>
        /// <c>t "key" args…</c> with pure arguments: its words depend on them and on the page's language, which the
        /// kept texts are keyed by too (<see cref="RenderCaches.PartialTexts"/>).
        /// </summary>
        private bool IsPureTranslation(ScriptFunctionCall call) =>
            call.Target is ScriptVariableGlobal { Name: "t" } && call.Arguments is { Count: > 0 } arguments &&
            arguments[0] is ScriptLiteral { Value: string } && arguments.Skip(1).All(IsPure);

        /// <summary><c>include "name" args…</c> of a partial that is pure itself, with pure arguments.</summary>
        private bool IsPureInclude(ScriptFunctionCall call)
        {
            if (call.Target is not ScriptVariableGlobal { Name: "include" } || call.Arguments is not { Count: > 0 } arguments ||
                arguments[0] is not ScriptLiteral { Value: string name })
            {
                return false;
            }

            for (var i = 1; i < arguments.Count; i++)
            {
                if (!IsPure(arguments[i]))
                {
                    return false;
                }
            }

            return partialNamed(name) is { } partial && PartialPurity.IsPure(partial, partialNamed, including);
        }

        private bool ChildrenArePure(ScriptNode node)
        {
            for (var i = 0; i < node.ChildrenCount; i++)
            {
                if (!IsPure(node.GetChildren(i)))
                {
                    return false;
                }
            }

            return true;
        }
    }
}

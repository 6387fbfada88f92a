using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace StaticKpi.Render;

/// <summary>
/// Reads the page models' properties for templates through compiled getters. Scriban's own accessor for .NET objects
/// reads each property by reflection, every time a template prints it: a few hundred times per page, thousands of
/// pages per build. This one exposes exactly the members Scriban's would (same names, same precedence down the type
/// hierarchy, <see cref="ScriptMemberIgnoreAttribute"/> honoured) and leaves everything else to it.
/// </summary>
internal sealed class CompiledMemberAccessor : IObjectAccessor
{
    /// <summary>
    /// Kept for the process, not the build: one entry per model type of this library (a fixed set), whose getters hold
    /// no content, so it neither grows with edits nor keeps a build's data.
    /// </summary>
    private static readonly ConcurrentDictionary<(Type Type, MemberRenamerDelegate? Renamer, MemberFilterDelegate? Filter), CompiledMemberAccessor>
        ByType = new();

    private readonly IObjectAccessor _scribans;
    private readonly Dictionary<string, Func<object, object?>> _getters;

    private CompiledMemberAccessor(IObjectAccessor scribans, Dictionary<string, Func<object, object?>> getters)
    {
        _scribans = scribans;
        _getters = getters;
    }

    /// <summary>One accessor per type, shared by every thread's context (the getters hold no state).</summary>
    public static IObjectAccessor For(Type type, IObjectAccessor scribans, MemberRenamerDelegate? renamer, MemberFilterDelegate? filter) =>
        ByType.GetOrAdd((type, renamer, filter), key =>
            new CompiledMemberAccessor(scribans, Getters(key.Type, key.Renamer ?? StandardMemberRenamer.Default, key.Filter)));

    public bool HasIndexer => _scribans.HasIndexer;

    public Type? IndexType => _scribans.IndexType;

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (_getters.TryGetValue(member, out var getter))
        {
            value = getter(target);
            return true;
        }

        return _scribans.TryGetValue(context, span, target, member, out value);
    }

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => _scribans.GetMemberCount(context, span, target);

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => _scribans.GetMembers(context, span, target);

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) =>
        _scribans.HasMember(context, span, target, member);

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) =>
        _scribans.TrySetValue(context, span, target, member, value);

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value) =>
        _scribans.TryGetItem(context, span, target, index, out value);

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) =>
        _scribans.TrySetItem(context, span, target, index, value);

    /// <summary>
    /// The public instance fields and properties as Scriban names them, the most derived type's first: a name already
    /// taken by a derived type's member is not taken again by a base type's.
    /// </summary>
    private static Dictionary<string, Func<object, object?>> Getters(Type type, MemberRenamerDelegate renamer, MemberFilterDelegate? filter)
    {
        var getters = new Dictionary<string, Func<object, object?>>(StringComparer.Ordinal);
        void Add(MemberInfo member, Func<Expression, Expression> read)
        {
            var name = renamer(member);
            if (string.IsNullOrEmpty(name))
            {
                name = member.Name;
            }

            getters.TryAdd(name, Compile(member.DeclaringType!, read));
        }

        const BindingFlags Declared = BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly;
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var field in current.GetFields(Declared))
            {
                if (!field.IsLiteral && field.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is null && (filter is null || filter(field)))
                {
                    Add(field, instance => Expression.Field(instance, field));
                }
            }

            foreach (var property in current.GetProperties(Declared))
            {
                if (property is { CanRead: true, GetMethod.IsPublic: true } && property.GetIndexParameters().Length == 0 &&
                    property.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is null && (filter is null || filter(property)))
                {
                    Add(property, instance => Expression.Property(instance, property));
                }
            }

            if (current.BaseType == typeof(object))
            {
                break;
            }
        }

        return getters;
    }

    private static Func<object, object?> Compile(Type declaringType, Func<Expression, Expression> read)
    {
        var target = Expression.Parameter(typeof(object), "target");
        var value = read(Expression.Convert(target, declaringType));
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(value, typeof(object)), target).Compile();
    }
}

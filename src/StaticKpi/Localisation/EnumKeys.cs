using System.Collections.Frozen;
using StaticKpi.Shared;

namespace StaticKpi.Localisation;

/// <summary>
/// The strings-file key of each value of an enum (<c>rating.in_development</c>), made once per enum so a lookup on
/// every table row and chart point allocates nothing.
/// </summary>
public static class EnumKeys<T>
    where T : struct, Enum
{
    private static readonly FrozenDictionary<T, string> Names =
        Enum.GetValues<T>().Distinct().ToFrozenDictionary(v => v, EnumNames.Of);

    /// <summary><paramref name="group"/> and the value's snake_case name: <c>rating.in_development</c>.</summary>
    public static string Of(string group, T value) => Keys(group)[value];

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, FrozenDictionary<T, string>> ByGroup = new();

    private static FrozenDictionary<T, string> Keys(string group) =>
        ByGroup.GetOrAdd(group, g => Names.ToFrozenDictionary(p => p.Key, p => $"{g}.{p.Value}"));
}

using System.Text;

namespace StaticKpi.Shared;

/// <summary>The snake_case names editors write for enum values: <c>InDevelopment</c> is <c>in_development</c>.</summary>
public static class EnumNames
{
    public static string ToSnakeCase(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            var startsWord = i > 0 && (char.IsUpper(c) || (char.IsDigit(c) && !char.IsDigit(pascal[i - 1])));
            var endsNumber = i > 0 && char.IsDigit(pascal[i - 1]) && !char.IsDigit(c);
            if (startsWord || endsNumber)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    public static string Of<T>(T value)
        where T : struct, Enum => ToSnakeCase(value.ToString());

    public static IReadOnlyList<string> All<T>()
        where T : struct, Enum => [.. Enum.GetValues<T>().Select(v => ToSnakeCase(v.ToString()))];

    /// <summary>Accepts "in_development", "In Development" and "in-development" alike.</summary>
    public static T? TryParse<T>(string text)
        where T : struct, Enum
    {
        var normalised = text.Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_');
        foreach (var value in Enum.GetValues<T>())
        {
            if (ToSnakeCase(value.ToString()) == normalised)
            {
                return value;
            }
        }

        return null;
    }
}

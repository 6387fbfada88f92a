using System.Text;

namespace StaticKpi.Shared;

/// <summary>URL-safe names made from titles: "Staff turnover (rolling 12 months)" becomes "staff-turnover-rolling-12-months".</summary>
public static class Slugs
{
    public static string From(string text, int maxLength = 60)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        if (slug.Length > maxLength)
        {
            var cut = slug.LastIndexOf('-', maxLength);
            slug = slug[..(cut > 0 ? cut : maxLength)];
        }

        return slug;
    }

    public static bool IsSlug(string text) => text.Length > 0 && From(text, int.MaxValue) == text;
}

using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace StaticKpi.Checks;

/// <summary>
/// Builds a CSS selector for an element that a developer can paste into the browser's console: the path from
/// the nearest ancestor with a unique id (or the only <c>main</c>, or <c>body</c>), with <c>:nth-of-type</c>
/// wherever siblings share a tag, e.g. <c>#main &gt; section:nth-of-type(2) &gt; p &gt; a:nth-of-type(1)</c>.
/// </summary>
internal static partial class Selectors
{
    [GeneratedRegex("^-?[A-Za-z_][A-Za-z0-9_-]*$")]
    private static partial Regex PlainIdentifier();

    public static string For(IElement element, CheckedPage page)
    {
        var parts = new List<string>();
        var onlyMain = page.Document.QuerySelectorAll("main").Length == 1;
        for (var current = element; current is not null; current = current.ParentElement)
        {
            var id = current.Id;
            if (!string.IsNullOrEmpty(id) && page.CountOfId(id) == 1)
            {
                parts.Add(IdSelector(id));
                break;
            }

            var tag = current.LocalName;
            var parent = current.ParentElement;
            if (parent is null || tag is "body" or "head" || (tag == "main" && onlyMain))
            {
                parts.Add(tag);
                break;
            }

            var sameTag = parent.Children.Where(c => c.LocalName == tag).ToList();
            parts.Add(sameTag.Count > 1 ? $"{tag}:nth-of-type({sameTag.IndexOf(current) + 1})" : tag);
        }

        parts.Reverse();
        return string.Join(" > ", parts);
    }

    /// <summary><c>#id</c> when the id is a plain CSS identifier, otherwise the attribute form <c>[id="…"]</c>.</summary>
    public static string IdSelector(string id) =>
        PlainIdentifier().IsMatch(id) && !id.StartsWith("--", StringComparison.Ordinal)
            ? "#" + id
            : "[id=\"" + id.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"]";
}

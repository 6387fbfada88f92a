using AngleSharp.Dom;

namespace StaticKpi.Checks;

/// <summary>
/// A static approximation of the accessible name computation (accname 1.2) good enough to find names that
/// are missing or empty: aria-labelledby, aria-label, the native label (alt, label element, caption), the
/// element's own text with hidden parts left out, and title last.
/// </summary>
internal static class AccessibleName
{
    private static readonly HashSet<string> Phrasing = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s", "samp",
        "small", "span", "strong", "sub", "sup", "time", "u", "var",
    };

    public static string Of(IElement element) => Normalise(Compute(element, followReferences: true));

    /// <summary>The text of the elements an id-list attribute (aria-labelledby) points at, or null if none exist.</summary>
    public static string? OfReferences(IElement element, string attribute)
    {
        var ids = element.GetAttribute(attribute);
        if (string.IsNullOrWhiteSpace(ids))
        {
            return null;
        }

        var document = element.Owner!;
        var targets = ids.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(document.GetElementById)
            .OfType<IElement>()
            .ToList();
        return targets.Count == 0 ? null : Normalise(string.Join(' ', targets.Select(t => Compute(t, followReferences: false, viaReference: true))));
    }

    /// <summary>
    /// The name given by attributes only (aria-labelledby, aria-label, title), for roles such as img that are not
    /// named by their content.
    /// </summary>
    public static string FromAttributes(IElement element)
    {
        if (OfReferences(element, "aria-labelledby") is { Length: > 0 } labelledBy)
        {
            return labelledBy;
        }

        var label = element.GetAttribute("aria-label");
        return Normalise(string.IsNullOrWhiteSpace(label) ? element.GetAttribute("title") ?? "" : label);
    }

    public static bool IsHidden(IElement element)
    {
        for (var current = element; current is not null; current = current.ParentElement)
        {
            if (current.HasAttribute("hidden") || AttributeIs(current, "aria-hidden", "true"))
            {
                return true;
            }
        }

        return false;
    }

    public static bool AttributeIs(IElement element, string attribute, string value) =>
        string.Equals(element.GetAttribute(attribute)?.Trim(), value, StringComparison.OrdinalIgnoreCase);

    public static string Normalise(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Compute(IElement element, bool followReferences, bool viaReference = false)
    {
        if (!viaReference && (element.HasAttribute("hidden") || AttributeIs(element, "aria-hidden", "true")))
        {
            return "";
        }

        if (followReferences && OfReferences(element, "aria-labelledby") is { Length: > 0 } labelledBy)
        {
            return labelledBy;
        }

        var label = element.GetAttribute("aria-label");
        if (!string.IsNullOrWhiteSpace(label))
        {
            return label;
        }

        switch (element.LocalName)
        {
            case "img" or "area":
                return element.GetAttribute("alt") ?? element.GetAttribute("title") ?? "";
            case "input" when element.GetAttribute("type")?.ToLowerInvariant() == "image":
                return element.GetAttribute("alt") ?? element.GetAttribute("title") ?? "";
            case "svg":
                var title = element.Children.FirstOrDefault(c => c.LocalName == "title")?.TextContent;
                return title ?? "";
        }

        var text = string.Concat(element.ChildNodes.Select(node => node switch
        {
            IElement child when Phrasing.Contains(child.LocalName) => Compute(child, followReferences: false),
            IElement child => " " + Compute(child, followReferences: false) + " ",
            IText textNode => textNode.Data,
            _ => "",
        }));
        return string.IsNullOrWhiteSpace(text) && !viaReference ? element.GetAttribute("title") ?? "" : text;
    }
}

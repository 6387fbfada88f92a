namespace StaticKpi.Checks.Rules;

/// <summary>
/// A11Y010: link text says where the link goes. Text such as "click here" or "more" means nothing in a list
/// of links, which is how many screen reader users move through a page.
/// </summary>
public sealed class AmbiguousLinkTextRule() : PageRule("A11Y010", "Ambiguous link text")
{
    /// <summary>Link names that do not say where a link goes, after lower-casing and trimming punctuation.</summary>
    public static IReadOnlySet<string> Ambiguous { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "click here", "here", "click", "more", "read more", "more info", "more information", "learn more",
        "find out more", "useful links", "return to index", "link", "this link", "this page", "go", "details",
    };

    public override IEnumerable<Finding> Check(CheckedPage page)
    {
        foreach (var link in page.Links.Where(l => l.LocalName == "a"))
        {
            if (AccessibleName.IsHidden(link))
            {
                continue;
            }

            var name = AccessibleName.Of(link);
            var key = name.ToLowerInvariant().Trim(' ', '.', ',', ':', ';', '!', '…', '»', '›', '→', '>', '-');
            if (Ambiguous.Contains(key))
            {
                yield return page.Finding(link, Id, SuccessCriteria.LinkPurpose,
                    $"The link text \"{name}\" does not say where the link goes, which matters when links are read out of context as a list.",
                    "Write link text that names the destination, e.g. \"Freedom of Information Act 2000\" instead of \"click here\".");
            }
        }
    }
}

namespace StaticKpi.Checks.Rules;

/// <summary>
/// A11Y017: attributes that point at other elements by id (aria-labelledby, aria-describedby, aria-controls,
/// label for=, td headers=, …) point at ids that exist on the page. A name that points nowhere fails
/// 4.1.2 Name, Role, Value; a description or other relationship that points nowhere fails 1.3.1.
/// </summary>
public sealed class IdReferenceRule() : PageRule("A11Y017", "References to ids")
{
    private static readonly (string Attribute, string Criterion, string Lost)[] References =
    [
        ("aria-labelledby", SuccessCriteria.NameRoleValue, "the element's name"),
        ("aria-controls", SuccessCriteria.NameRoleValue, "what the control controls"),
        ("aria-activedescendant", SuccessCriteria.NameRoleValue, "which option is active"),
        ("aria-describedby", SuccessCriteria.InfoAndRelationships, "the element's description"),
        ("aria-details", SuccessCriteria.InfoAndRelationships, "the element's details"),
        ("aria-errormessage", SuccessCriteria.InfoAndRelationships, "the element's error message"),
        ("aria-owns", SuccessCriteria.InfoAndRelationships, "the elements it owns"),
        ("aria-flowto", SuccessCriteria.InfoAndRelationships, "the reading order it sets"),
        ("for", SuccessCriteria.InfoAndRelationships, "which control the label labels"),
        ("headers", SuccessCriteria.InfoAndRelationships, "which headers the cell belongs to"),
    ];

    private static readonly Dictionary<string, (string Criterion, string Lost)> ByAttribute =
        References.ToDictionary(r => r.Attribute, r => (r.Criterion, r.Lost), StringComparer.Ordinal);

    public override IEnumerable<Finding> Check(CheckedPage page)
    {
        // One walk over the page, reading each element's attributes once, rather than a query per attribute.
        foreach (var element in page.Elements)
        {
            foreach (var attr in element.Attributes)
            {
                if (!ByAttribute.TryGetValue(attr.Name, out var reference) || !AppliesTo(attr.Name, element))
                {
                    continue;
                }

                var (criterion, lost) = reference;
                var ids = attr.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                foreach (var id in ids.Where(id => page.CountOfId(id) == 0).Distinct(StringComparer.Ordinal))
                {
                    yield return page.Finding(element, Id, criterion,
                        $"{attr.Name}=\"{id}\" points at an id that is not on the page, so assistive technology loses {lost}.",
                        $"Give the intended element id=\"{id}\", or correct {attr.Name} to an id that exists.");
                }
            }
        }
    }

    /// <summary><c>for</c> means a reference only on labels and outputs, <c>headers</c> only on table cells; ARIA attributes anywhere.</summary>
    private static bool AppliesTo(string attribute, AngleSharp.Dom.IElement element) => attribute switch
    {
        "for" => element.LocalName is "label" or "output",
        "headers" => element.LocalName is "td" or "th",
        _ => true,
    };
}

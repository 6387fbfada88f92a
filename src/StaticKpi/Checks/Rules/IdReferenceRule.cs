namespace StaticKpi.Checks.Rules;

/// <summary>
/// A11Y017: attributes that point at other elements by id (aria-labelledby, aria-describedby, aria-controls,
/// label for=, td headers=, …) point at ids that exist on the page. A name that points nowhere fails
/// 4.1.2 Name, Role, Value; a description or other relationship that points nowhere fails 1.3.1.
/// </summary>
public sealed class IdReferenceRule : ICheckRule
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

    public string Id => "A11Y017";

    public string Title => "References to ids";

    public IEnumerable<Finding> Check(CheckedPage page)
    {
        foreach (var (attribute, criterion, lost) in References)
        {
            var selector = attribute switch
            {
                "for" => "label[for], output[for]",
                "headers" => "td[headers], th[headers]",
                _ => $"[{attribute}]",
            };
            foreach (var element in page.Document.QuerySelectorAll(selector))
            {
                var ids = element.GetAttribute(attribute)!.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                foreach (var id in ids.Where(id => page.CountOfId(id) == 0).Distinct(StringComparer.Ordinal))
                {
                    yield return page.Finding(element, Id, criterion,
                        $"{attribute}=\"{id}\" points at an id that is not on the page, so assistive technology loses {lost}.",
                        $"Give the intended element id=\"{id}\", or correct {attribute} to an id that exists.");
                }
            }
        }
    }
}

namespace StaticKpi.Checks.Rules;

/// <summary>
/// A11Y012: ids are unique on the page. WCAG 2.2 removed 4.1.1 Parsing, so a duplicate id is reported under
/// the criterion it breaks: a name (label for= or aria-labelledby) taken from the wrong element
/// fails 4.1.2 Name, Role, Value; any other duplicate breaks relationships (aria-describedby, table headers,
/// in-page links and the skip link reach only the first element), 1.3.1 Info and Relationships.
/// </summary>
public sealed class DuplicateIdRule() : PageRule("A11Y012", "Duplicate ids")
{
    public override IEnumerable<Finding> Check(CheckedPage page)
    {
        var duplicates = page.Elements
            .Where(e => e.Id is { Length: > 0 })
            .GroupBy(e => e.Id!, StringComparer.Ordinal)
            .Where(g => g.Count() > 1);
        foreach (var group in duplicates)
        {
            var id = group.Key;
            var names = page.Elements
                .Where(e => (e.LocalName == "label" && e.HasAttribute("for")) || e.HasAttribute("aria-labelledby"))
                .Any(e => e.GetAttribute("for") == id ||
                    (e.GetAttribute("aria-labelledby") ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                        .Contains(id, StringComparer.Ordinal));
            var criterion = names ? SuccessCriteria.NameRoleValue : SuccessCriteria.InfoAndRelationships;
            var why = names
                ? "a label or aria-labelledby that points at it names a control from the first of them only"
                : "links, aria references and table headers that point at it reach only the first of them";
            foreach (var extra in group.Skip(1))
            {
                yield return page.Finding(extra, Id, criterion,
                    $"id=\"{id}\" is used {group.Count()} times on the page; {why}. (WCAG 2.2 dropped 4.1.1 Parsing, so it is reported under " +
                    $"{criterion}.)",
                    $"Give each element its own id, e.g. by adding a suffix, and update whatever points at \"{id}\".");
            }
        }
    }
}

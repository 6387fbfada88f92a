namespace StaticKpi.Checks;

/// <summary>
/// The base of every page rule: the rule's id and title are given once, in the class line, so a new rule is one
/// small class with its <see cref="Check"/> (and an entry in <see cref="CheckRules.PageRules"/>).
/// </summary>
/// <param name="id">The rule id every finding carries, such as <c>A11Y001</c>.</param>
/// <param name="title">What the rule checks, in a few words.</param>
public abstract class PageRule(string id, string title) : ICheckRule
{
    public string Id => id;

    public string Title => title;

    public abstract IEnumerable<Finding> Check(CheckedPage page);
}

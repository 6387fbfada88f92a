namespace StaticKpi.Checks;

/// <summary>A check that looks at one page at a time (and may ask the site which files and ids exist).</summary>
public interface ICheckRule
{
    /// <summary>The rule id every finding of this rule carries, such as <c>A11Y001</c>.</summary>
    string Id { get; }

    /// <summary>What the rule checks, in a few words.</summary>
    string Title { get; }

    IEnumerable<Finding> Check(CheckedPage page);
}

/// <summary>A check that looks at the site as a whole, such as the colour tokens of its stylesheets.</summary>
public interface ISiteCheckRule
{
    /// <inheritdoc cref="ICheckRule.Id"/>
    string Id { get; }

    /// <inheritdoc cref="ICheckRule.Title"/>
    string Title { get; }

    IEnumerable<Finding> Check(CheckedSite site);
}

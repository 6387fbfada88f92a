namespace StaticKpi.Checks.Rules;

/// <summary>A11Y004: headings go down one level at a time (an h2 is followed by an h3, not an h4).</summary>
public sealed class HeadingLevelsRule() : PageRule("A11Y004", "Heading levels")
{
    public override IEnumerable<Finding> Check(CheckedPage page)
    {
        var previous = 0;
        foreach (var heading in page.Named("h1", "h2", "h3", "h4", "h5", "h6"))
        {
            var level = heading.LocalName[1] - '0';
            if (previous > 0 && level > previous + 1)
            {
                yield return page.Finding(heading, Id, SuccessCriteria.InfoAndRelationships,
                    $"This <h{level}> follows an <h{previous}>, skipping level {previous + 1}, so the page's outline has a gap that screen reader " +
                    "users hear as missing content.",
                    $"Make it an <h{previous + 1}>, or add the missing <h{previous + 1}> above it; style headings with CSS, not by their level.");
            }

            previous = level;
        }
    }
}
